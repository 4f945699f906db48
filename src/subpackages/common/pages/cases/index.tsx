import { route } from '@/domain/routes'
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { MenuList } from '@/components/menu-list'
import { PageShell } from '@/components/page-shell'
import { PersonFilter } from '@/components/person-filter'
import { cases } from '@/features/cases/cases-store'
import { CASE_KIND_LABELS, CASE_STAGE_LABELS, visibleCases, type CaseStage } from '@/features/cases/model'
import { formatInstantCn } from '@/lib/dates'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import './index.scss'

const STAGES = Object.keys(CASE_STAGE_LABELS) as CaseStage[]

/** 我的办件: filings, qualifications, claims and transfers of everyone the user acts for, newest change first. */
export default function CasesPage() {
  const entry = cases.list.useEntry([])
  const load = cases.list.load
  const [personId, setPersonId] = useState<string | null>(null)
  const [stage, setStage] = useState<CaseStage | null>(null)

  useDidShow(() => void load())
  usePullDownRefresh(async () => {
    await load()
    stopPullDownRefresh()
  })

  const items = entry.data?.items ?? []
  const shown = visibleCases(items, { personId, stage })
  const missing = entry.data?.missing ?? []

  return (
    <PageShell>
      <PersonFilter value={personId} onChange={setPersonId} />
      <View className='chips' role='radiogroup' aria-label='按状态筛选'>
        <Chip kind='radio' on={stage === null} onTap={() => setStage(null)}>
          全部
        </Chip>
        {STAGES.map((s) => (
          <Chip key={s} kind='radio' on={stage === s} onTap={() => setStage(s)}>
            {CASE_STAGE_LABELS[s]}
          </Chip>
        ))}
      </View>
      {missing.length > 0 && (
        <View className='cases-note'>
          <Alert tone='warn' title='部分办件暂时没有加载出来' onClick={() => void load()}>
            <Text>{missing.map((k) => CASE_KIND_LABELS[k]).join('、')}没有加载成功，下拉或轻触此处重试。</Text>
          </Alert>
        </View>
      )}
      <AsyncView
        loading={entry.loading && items.length === 0}
        error={entry.error}
        onRetry={() => void load()}
        staleNote={entry.stale ? '网络不佳，显示的是上次加载的结果' : null}
        empty={shown.length === 0}
        emptyText={items.length === 0 ? '还没有办理过业务' : '没有符合条件的办件'}
      >
        {shown.map((c) => (
          <View key={`${c.kind}:${c.id}`} className='case-card' role='link' onClick={() => openRoute(c.link)}>
            <View className='case-card__top'>
              <Text className='case-card__kind'>{CASE_KIND_LABELS[c.kind]}</Text>
              <Text className={`case-card__status case-card__status--${c.stage}`}>{c.statusLabel}</Text>
            </View>
            <Text className='case-card__title'>{c.title}</Text>
            <Text className='case-card__meta'>
              {c.personName} · 更新于 {formatInstantCn(c.updatedAt)}
            </Text>
          </View>
        ))}
      </AsyncView>
      <Text className='section-title'>办理新业务</Text>
      <MenuList
        items={[
          { title: '异地就医备案', to: route('filingStart') },
          { title: '门诊慢特病认定', to: route('chronicList') },
          { title: '手工报销', to: route('claimsStart') },
          { title: '医保关系转移接续', to: route('transferStart') },
        ]}
      />
    </PageShell>
  )
}
