import { useMemo, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { INSURANCE_TYPE_LABELS } from '@/domain'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { formatPeriod, statementText, yearOf, yearSummaries } from '@/features/records/model'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { toIsoDate } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { copyText } from '@/platform/clipboard'
import { toast } from '@/platform/feedback'
import { routeParams } from '@/platform/navigation'
import '@/features/records/components/records.scss'
import './index.scss'
import { regionLabel } from '@/domain/region-label'

/** A year's contributions as a clean statement card: screenshot it, or copy the text version to send. */
export default function StatementPage() {
  const [year] = useState(() => Number(routeParams().year ?? new Date().getFullYear()))
  const contributions = useRecordSection('contributions')
  const insurance = useRecordSection('insurance')
  const rows = useMemo(
    () => (contributions.data ?? []).filter((c) => yearOf(c.period) === year).sort((a, b) => (a.period < b.period ? -1 : 1)),
    [contributions.data, year],
  )
  const summary = yearSummaries(rows)[0]
  const info = insurance.data

  const copy = async () => {
    if (!info) return
    const text = statementText(
      {
        name: info.name,
        idNumberMasked: info.idNumberMasked,
        insuranceTypeLabel: INSURANCE_TYPE_LABELS[info.insuranceType],
        regionLabel: regionLabel(info.insuredRegion),
      },
      rows,
      year,
      toIsoDate(Date.now()),
    )
    toast((await copyText(text)) ? '已复制，可粘贴到微信发送' : '复制失败，请截屏保存')
  }

  const loading = contributions.loading || insurance.loading || !contributions.data || !info
  return (
    <PageShell actingFor>
      <AsyncView
        loading={loading && !contributions.error && !insurance.error}
        error={contributions.error ?? insurance.error}
        onRetry={() => void Promise.all([contributions.reload(), insurance.reload()])}
        empty={!info || rows.length === 0}
        emptyText={`${year}年没有缴费记录`}
        staleNote={contributions.staleNote ?? insurance.staleNote}
      >
        {info && summary && (
          <View className='card statement'>
            <Text className='statement__title'>{year}年度医保缴费明细</Text>
            <Text className='rec-para'>
              {info.name} · {info.idNumberMasked}
            </Text>
            <Text className='rec-para'>
              {INSURANCE_TYPE_LABELS[info.insuranceType]} · {info.insuredRegion.provinceName}
              {info.insuredRegion.cityName}
            </Text>
            <View className='statement__table'>
              {rows.map((c) => (
                <View key={c.id} className={`statement__row ${c.status === 'arrears' ? 'statement__row--arrears' : ''}`}>
                  <Text className='statement__period'>{formatPeriod(c.period)}</Text>
                  <Text className='statement__amount'>{formatYuan(c.totalFen)}</Text>
                  <Text className='statement__status'>
                    {c.status === 'arrears' ? '欠缴' : c.status === 'back-paid' ? '补缴' : '已到账'}
                  </Text>
                </View>
              ))}
            </View>
            <View className='statement__total'>
              <Text>已缴合计</Text>
              <Text className='statement__total-amount'>{formatYuan(summary.totalFen)}</Text>
            </View>
            {summary.arrears > 0 && <Text className='rec-entry__meta--danger'>欠缴 {summary.arrears} 期</Text>}
            <Text className='rec-para'>{updatedText(contributions.loadedAt)} · 仅供参考，以参保地医保经办机构记录为准</Text>
          </View>
        )}
        <View className='statement__actions'>
          <Button className='btn' onClick={() => void copy()}>
            复制文字版
          </Button>
          <Text className='rec-para'>也可以直接截屏保存这张明细，发给家人或单位。</Text>
        </View>
      </AsyncView>
    </PageShell>
  )
}
