import { useEffect, useMemo, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { makePhoneCall } from '@/platform/device'
import { toast } from '@/platform/feedback'
import { openRoute, routeParams } from '@/platform/navigation'
import { Highlighted } from '@/features/policy-qa/components/highlighted'
import { byTag, HOTLINE, QA_ROUTES } from '@/features/policy-qa/model'
import { TOP_IDS, usePolicyQa } from '@/features/policy-qa/policy-qa-store'
import { isTag, TAG_LABELS, type Tag } from '@/features/policy-qa/tags'
import './index.scss'

function callHotline() {
  makePhoneCall(HOTLINE).catch(() => toast(`请拨打 ${HOTLINE}`))
}

function TopicChips({ onPick }: { onPick: (tag: Tag) => void }) {
  const entries = usePolicyQa((s) => s.entries)
  const groups = useMemo(() => byTag(entries), [entries])
  return (
    <View className='qa-topics'>
      {groups.map((g) => (
        <View key={g.tag} className='qa-topics__chip' hoverClass='qa-topics__chip--pressed' onClick={() => onPick(g.tag)}>
          <Text className='qa-topics__name'>{TAG_LABELS[g.tag]}</Text>
          <Text className='qa-topics__count'>{g.entries.length}条</Text>
        </View>
      ))}
    </View>
  )
}

function QuestionRow({ id, index }: { id: string; index?: number }) {
  const entry = usePolicyQa((s) => s.byId[id])
  if (!entry) return null
  return (
    <View className='qa-row' hoverClass='qa-row--pressed' onClick={() => openRoute(QA_ROUTES.entry(id))}>
      {index !== undefined && <Text className={`qa-row__rank ${index < 3 ? 'qa-row__rank--top' : ''}`}>{index + 1}</Text>}
      <Text className='qa-row__question'>{entry.question}</Text>
      <Text className='qa-row__chevron'>›</Text>
    </View>
  )
}

function Results({ query, onPick }: { query: string; onPick: (tag: Tag) => void }) {
  const search = usePolicyQa((s) => s.search)
  const byId = usePolicyQa((s) => s.byId)
  const hits = useMemo(() => search.search(query, 20), [search, query])
  if (hits.length === 0) {
    return (
      <View className='card qa-empty' role='status'>
        <Text className='qa-empty__title'>没有找到“{query}”相关的问题</Text>
        <Text className='qa-empty__text'>换个说法试试，比如只写关键的几个字（“备案材料”“报销比例”），或从下面的话题里找。</Text>
        <TopicChips onPick={onPick} />
        <View className='qa-empty__hotline'>
          <Text className='qa-empty__text'>还是找不到？可以拨打医保服务热线 {HOTLINE}，人工为您解答。</Text>
          <Button className='btn secondary' onClick={callHotline}>
            拨打 {HOTLINE}
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View className='qa-results'>
      <Text className='section-title'>找到 {hits.length} 个相关问题</Text>
      {hits.map((hit) => {
        const entry = byId[hit.id]
        if (!entry) return null
        return (
          <View
            key={hit.id}
            className='card qa-hit-card'
            hoverClass='qa-row--pressed'
            onClick={() => openRoute(QA_ROUTES.entry(hit.id, query))}
          >
            <Highlighted className='qa-hit-card__question' text={entry.question} terms={hit.terms} />
            <Highlighted className='qa-hit-card__short' text={entry.short} terms={hit.terms} />
            <View className='qa-hit-card__tags'>
              {entry.tags.filter(isTag).map((t) => (
                <Text key={t} className='tag gray'>
                  {TAG_LABELS[t]}
                </Text>
              ))}
            </View>
          </View>
        )
      })}
    </View>
  )
}

function Topic({ tag, onBack }: { tag: Tag; onBack: () => void }) {
  const entries = usePolicyQa((s) => s.entries)
  const list = useMemo(() => entries.filter((e) => e.tags.includes(tag)), [entries, tag])
  return (
    <>
      <View className='qa-topic-head'>
        <Text className='qa-topic-head__title'>{TAG_LABELS[tag]}</Text>
        <Text className='qa-topic-head__back' onClick={onBack}>
          全部话题
        </Text>
      </View>
      <View className='card qa-list'>
        {list.map((e) => (
          <QuestionRow key={e.id} id={e.id} />
        ))}
      </View>
    </>
  )
}

export default function Page() {
  const params = routeParams()
  const [query, setQuery] = useState(params.q ?? '')
  const [topic, setTopic] = useState<Tag | null>(isTag(params.tag) ? params.tag : null)
  const version = usePolicyQa((s) => s.version)
  const checkForUpdate = usePolicyQa((s) => s.checkForUpdate)
  useEffect(() => {
    void checkForUpdate()
  }, [checkForUpdate])

  const trimmed = query.trim()
  const pickTopic = (tag: Tag) => {
    setQuery('')
    setTopic(tag)
  }

  return (
    <PageShell publicPage className='qa-page'>
      <View className='qa-search'>
        <View className='qa-search__box'>
          <Input
            className='qa-search__input'
            value={query}
            placeholder='用自己的话问，如：退休去外地住能报销吗'
            confirmType='search'
            maxlength={60}
            onInput={(e) => setQuery(e.detail.value)}
            aria-label='搜索政策问题'
          />
          {query && (
            <Text className='qa-search__clear' onClick={() => setQuery('')} aria-label='清除'>
              ×
            </Text>
          )}
        </View>
      </View>

      {trimmed ? (
        <Results query={trimmed} onPick={pickTopic} />
      ) : topic ? (
        <Topic tag={topic} onBack={() => setTopic(null)} />
      ) : (
        <>
          <Text className='section-title'>大家常问</Text>
          <View className='card qa-list'>
            {TOP_IDS.map((id, i) => (
              <QuestionRow key={id} id={id} index={i} />
            ))}
          </View>
          <Text className='section-title'>按话题浏览</Text>
          <View className='card'>
            <TopicChips onPick={pickTopic} />
          </View>
        </>
      )}

      <Text className='qa-footnote'>内容版本 {version}，无网络时也可查看。政策以参保地医保部门最新规定为准。</Text>
    </PageShell>
  )
}
