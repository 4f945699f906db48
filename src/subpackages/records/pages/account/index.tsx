import { useMemo, useState } from 'react'
import { Picker, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { ACCOUNT_FLOW_TYPE_LABELS, type AccountFlowType } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { VirtualRows } from '@/components/virtual-rows'
import { PageShell } from '@/components/page-shell'
import { FlowListItem, ROW_DESIGN_PX } from '@/features/records/components/records-rows'
import { filterFlows, flowMonths, flowRows, formatPeriod } from '@/features/records/model'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { formatInstantCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/records/components/records.scss'
import { route } from '@/domain/routes'

const TYPES: (AccountFlowType | null)[] = [null, 'credit', 'spend', 'family-pay']

export default function AccountPage() {
  const { data, loading, error, reload, staleNote, loadedAt, personId } = useRecordSection('account')
  const [filter, setFilter] = useState<{ month: string | null; type: AccountFlowType | null; personId: string | null }>({
    month: null,
    type: null,
    personId: null,
  })
  const month = filter.personId === personId ? filter.month : null
  const type = filter.personId === personId ? filter.type : null
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))

  const flows = data?.flows
  const months = useMemo(() => (flows ? flowMonths(flows) : []), [flows])
  const rows = useMemo(() => (flows ? flowRows(filterFlows(flows, { month, type })) : []), [flows, month, type])
  const monthOptions = ['全部月份', ...months.map(formatPeriod)]
  const summary = data?.summary
  const isSelf = useSession((s) => s.profile?.self.id === personId)

  const header = summary && (
    <View>
      <View className='card'>
        <Text className='muted'>个人账户余额</Text>
        <Text className='rec-big'>{formatYuan(summary.balanceFen)}</Text>
        <Text className='muted'>
          账户最近变动 {formatInstantCn(summary.updatedAt)} · {summary.usable ? '可正常使用' : '暂停使用'}
        </Text>
        {isSelf && summary.usable && (
          <Text className='rec-link' onClick={() => openRoute(route('recordsFamilyPay'))}>
            家庭共济 · 为家人缴医保费、付医疗费 ›
          </Text>
        )}
      </View>
      <Text className='rec-updated'>{updatedText(loadedAt)} · 下拉可刷新</Text>
      <View className='chips'>
        {TYPES.map((t) => (
          <Chip key={t ?? 'all'} kind='radio' on={type === t} onTap={() => setFilter({ month, type: t, personId })}>
            {t ? ACCOUNT_FLOW_TYPE_LABELS[t] : '全部'}
          </Chip>
        ))}
        <Picker
          mode='selector'
          range={monthOptions}
          value={month === null ? 0 : months.indexOf(month) + 1}
          onChange={(e) => {
            const index = Number(e.detail.value)
            setFilter({ month: index === 0 ? null : months[index - 1], type, personId })
          }}
        >
          <Chip on={month !== null}>{month ? formatPeriod(month) : '全部月份'} ▾</Chip>
        </Picker>
      </View>
      <View className='rec-list-gap' />
      {rows.length === 0 && <Text className='rec-updated'>没有符合条件的收支记录</Text>}
    </View>
  )

  return (
    <PageShell actingFor>
      <AsyncView loading={loading || (!data && !error)} error={error} onRetry={() => void reload()} empty={!data} staleNote={staleNote}>
        {summary && !summary.usable && summary.unusableReason && flows?.length === 0 ? (
          <View className='card'>
            <Text className='rec-card-title'>没有个人账户</Text>
            <Text className='rec-para'>{summary.unusableReason}。</Text>
            <Text className='rec-link' onClick={() => openRoute(route('recordsContributions', { personId: personId ?? '' }))}>
              查看每年的缴费 ›
            </Text>
            <Text className='rec-link' onClick={() => openRoute(route('recordsSettlements', { personId: personId ?? '' }))}>
              查看异地就医报销 ›
            </Text>
          </View>
        ) : (
          <>
            {summary && !summary.usable && summary.unusableReason && (
              <Alert tone='danger'>
                <Text>{summary.unusableReason}</Text>
              </Alert>
            )}
            <VirtualRows className='rec-list' item={FlowListItem} rows={rows} rowHeights={ROW_DESIGN_PX} header={header} />
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
