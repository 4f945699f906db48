import { route } from '@/domain/routes'
import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { formatDateCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/records/components/records.scss'

export default function SettlementsPage() {
  const { data, loading, error, reload, staleNote, loadedAt } = useRecordSection('settlements')
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))

  return (
    <PageShell actingFor>
      <AsyncView
        loading={loading || (!data && !error)}
        error={error}
        onRetry={() => void reload()}
        empty={!data || data.length === 0}
        emptyText='暂无异地就医结算记录。在备案地的联网医院住院并直接结算后，会显示在这里。'
        staleNote={staleNote}
      >
        <Text className='rec-updated'>{updatedText(loadedAt)} · 下拉可刷新</Text>
        {data?.map((s) => (
          <View
            key={s.id}
            className='card'
            hoverClass='rec-pressed'
            onClick={() => openRoute(route('recordsSettlement', { id: s.id, personId: s.personId }))}
          >
            <View className='rec-settlement__head'>
              <Text className='rec-card-title'>{s.hospital}</Text>
              <Text className='menu-list__chevron'>›</Text>
            </View>
            <Text className='muted'>
              {s.destination.provinceName}
              {s.destination.cityName === s.destination.provinceName ? '' : s.destination.cityName} · {formatDateCn(s.admissionDate)} 入院，
              {formatDateCn(s.dischargeDate)} 出院
            </Text>
            <Text className='rec-big'>总费用 {formatYuan(s.totalFen)}</Text>
            <View className='rec-settlement__parts'>
              <Text>统筹 {formatYuan(s.fundFen)}</Text>
              <Text>个人账户 {formatYuan(s.accountFen)}</Text>
              <Text>现金 {formatYuan(s.cashFen)}</Text>
            </View>
            <Text className='rec-para'>{s.filingId ? `使用备案 ${s.filingId}（${s.filingLabel}）` : s.filingLabel}</Text>
          </View>
        ))}
      </AsyncView>
    </PageShell>
  )
}
