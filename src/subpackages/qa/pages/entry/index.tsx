import { useMemo } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { makePhoneCall } from '@/platform/device'
import { toast } from '@/platform/feedback'
import { openRoute, redirectRoute, routeParams } from '@/platform/navigation'
import { AnswerBody } from '@/features/policy-qa/components/answer-body'
import { Highlighted } from '@/features/policy-qa/components/highlighted'
import { actionsFor, QA_ROUTES, type Action } from '@/features/policy-qa/model'
import { usePolicyQa } from '@/features/policy-qa/policy-qa-store'
import { isTag, TAG_LABELS } from '@/features/policy-qa/tags'
import './index.scss'

function runAction(action: Action) {
  if ('to' in action) openRoute(action.to)
  else makePhoneCall(action.call).catch(() => toast(`请拨打 ${action.call}`))
}

/** Route params may arrive encoded or not; a stray % must not break the page. */
function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

function Feedback({ id }: { id: string }) {
  const vote = usePolicyQa((s) => s.votes[id])
  const send = usePolicyQa((s) => s.vote)
  const sending = vote?.status === 'sending'
  return (
    <View className='card qa-feedback'>
      <Text className='qa-feedback__title'>这条有帮助吗？</Text>
      <View className='qa-feedback__buttons'>
        {[true, false].map((helpful) => (
          <Button
            key={String(helpful)}
            className={`btn ${vote?.helpful === helpful && vote.status !== 'error' ? '' : 'secondary'} qa-feedback__btn`}
            disabled={sending}
            onClick={() => void send(id, helpful)}
          >
            {helpful ? '有帮助' : '没帮助'}
          </Button>
        ))}
      </View>
      {vote?.status === 'sending' && <Text className='muted'>正在提交…</Text>}
      {vote?.status === 'sent' && (
        <View role='status'>
          <Text className='qa-feedback__done'>
            {vote.helpful ? '感谢您的反馈！' : '感谢反馈，我们会改进这条解答。也可以拨打12393咨询。'}
          </Text>
        </View>
      )}
      {vote?.status === 'error' && (
        <View role='alert'>
          <Text className='qa-feedback__error'>{vote.message ?? '提交失败'}，请点按钮重试</Text>
        </View>
      )}
    </View>
  )
}

export default function Page() {
  const params = routeParams()
  const id = params.id ?? ''
  const query = safeDecode(params.q ?? '')
  const entry = usePolicyQa((s) => s.byId[id])
  const byId = usePolicyQa((s) => s.byId)
  const search = usePolicyQa((s) => s.search)
  // The same words the result list marked, when the reader came from a search.
  const terms = useMemo(() => (query ? (search.search(query, 100).find((h) => h.id === id)?.terms ?? []) : []), [search, query, id])

  if (!entry) {
    return (
      <PageShell publicPage className='qa-entry'>
        <View className='card qa-entry__missing' role='status'>
          <Text className='qa-entry__question'>没有找到这个问题</Text>
          <Text className='muted'>它可能已经更新或下线了。可以回到政策问答重新搜索。</Text>
          <Button className='btn' onClick={() => redirectRoute(QA_ROUTES.index)}>
            去政策问答
          </Button>
        </View>
      </PageShell>
    )
  }

  const actions = actionsFor(entry)
  const related = entry.related.map((r) => byId[r]).filter(Boolean)

  return (
    <PageShell publicPage className='qa-entry'>
      <View className='card qa-entry__head'>
        <Text className='qa-entry__question'>{entry.question}</Text>
        <View className='qa-entry__short'>
          <Text className='qa-entry__label'>简要回答</Text>
          <Highlighted className='qa-entry__short-text' text={entry.short} terms={terms} />
        </View>
        <View className='qa-entry__tags'>
          {entry.tags.filter(isTag).map((t) => (
            <Text key={t} className='tag' onClick={() => openRoute(`${QA_ROUTES.index}?tag=${t}`)}>
              {TAG_LABELS[t]}
            </Text>
          ))}
        </View>
      </View>

      {actions.length > 0 && (
        <View className='qa-entry__actions'>
          {actions.map((a, i) => (
            <Button key={a.label} className={`btn ${i === 0 ? '' : 'secondary'} qa-entry__action`} onClick={() => runAction(a)}>
              {a.label}
            </Button>
          ))}
        </View>
      )}

      <Text className='section-title'>详细解答</Text>
      <View className='card'>
        <AnswerBody text={entry.full} terms={terms} />
      </View>

      <View className='card qa-entry__source'>
        <Text className='qa-entry__source-text'>依据：{entry.source}</Text>
        <Text className='qa-entry__source-text'>最近审核：{formatDate(entry.reviewedAt)}</Text>
        <Text className='qa-entry__source-text'>各地具体标准以参保地医保部门规定为准。</Text>
      </View>

      <Feedback id={entry.id} />

      {related.length > 0 && (
        <>
          <Text className='section-title'>相关问题</Text>
          <View className='card qa-entry__related'>
            {related.map((r) => (
              <View
                key={r.id}
                className='qa-entry__related-row'
                hoverClass='qa-entry__related-row--pressed'
                onClick={() => openRoute(QA_ROUTES.entry(r.id))}
              >
                <Text className='qa-entry__related-text'>{r.question}</Text>
                <Text className='qa-entry__chevron'>›</Text>
              </View>
            ))}
          </View>
        </>
      )}
    </PageShell>
  )
}
