import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { INSURANCE_TYPE_LABELS, SETTLEMENT_CHANNEL_LABELS, SETTLEMENT_KIND_LABELS } from '@/domain'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { partsAddUp, settlementParts } from '@/features/records/model'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { daysBetween, formatDateCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/records/components/records.scss'
import { route } from '@/domain/routes'

const DOT = { fund: 'rec-stack__fund', account: 'rec-stack__account', family: 'rec-stack__family', cash: 'rec-stack__cash' }

export default function SettlementPage() {
  const [id] = useState(() => routeParams().id ?? '')
  const { data, loading, error, reload, staleNote, loadedAt } = useRecordSection('settlements')
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))
  const s = data?.find((x) => x.id === id) ?? null
  const parts = s ? settlementParts(s) : []

  return (
    <PageShell actingFor>
      <AsyncView
        loading={loading || (!data && !error)}
        error={error}
        onRetry={() => void reload()}
        empty={!s}
        emptyText='没有找到该结算记录，可能不属于当前查看的人'
        staleNote={staleNote}
      >
        {s && (
          <>
            <View className='card'>
              <Text className='rec-card-title'>{s.hospital}</Text>
              <Text className='rec-para'>
                就医地 {s.destination.provinceName}
                {s.destination.cityName === s.destination.provinceName ? '' : s.destination.cityName}
              </Text>
              <Text className='rec-para'>
                {s.kind === 'outpatient'
                  ? `${formatDateCn(s.dischargeDate)} 普通门诊`
                  : `${formatDateCn(s.admissionDate)} 入院 — ${formatDateCn(s.dischargeDate)} 出院（住院 ${daysBetween(s.admissionDate, s.dischargeDate)} 天）`}
              </Text>
              <Text className='rec-para'>
                {s.filingId ? `使用备案 ${s.filingId}：${s.filingLabel}` : s.filingLabel} · 按{INSURANCE_TYPE_LABELS[s.insuranceType]}
                参保地政策结算
              </Text>
              {s.filingId && (
                <Text className='rec-link' onClick={() => openRoute(route('filingDetail', { id: s.filingId! }))}>
                  查看备案 {s.filingId} ›
                </Text>
              )}
              {s.claimId && (
                <Text className='rec-link' onClick={() => openRoute(route('claimsDetail', { id: s.claimId! }))}>
                  {SETTLEMENT_CHANNEL_LABELS['manual-claim']}：查看报销申请 {s.claimId} ›
                </Text>
              )}
            </View>
            <View className='card'>
              <Text className='muted'>{SETTLEMENT_KIND_LABELS[s.kind]}总费用</Text>
              <Text className='rec-big settlement-total'>{formatYuan(s.totalFen)}</Text>
              <View className='rec-stack' aria-hidden='true'>
                {parts.map((p) => (
                  <View key={p.key} className={DOT[p.key]} style={{ width: `${(p.fen / (s.totalFen || 1)) * 100}%` }} />
                ))}
              </View>
              {parts.map((p) => (
                <View key={p.key} className={`rec-part settlement-part--${p.key}`}>
                  <View className='rec-part__head'>
                    <View className={`rec-part__dot ${DOT[p.key]}`} />
                    <Text>{p.label}</Text>
                    <Text className='rec-part__amount'>{formatYuan(p.fen)}</Text>
                  </View>
                  <Text className='rec-para'>{p.explain}</Text>
                </View>
              ))}
              {partsAddUp(s) && (
                <Text className='rec-check'>
                  {s.familyAccountFen > 0 ? '四项' : '三项'}合计 {formatYuan(s.fundFen + s.accountFen + s.familyAccountFen + s.cashFen)}
                  ，与总费用一致。个人负担 {formatYuan(s.accountFen + s.familyAccountFen + s.cashFen)}（
                  {s.familyAccountFen > 0 ? '个人账户 + 家庭共济 + 现金' : '个人账户 + 现金'}）。
                </Text>
              )}
            </View>
            <Text className='rec-updated'>{updatedText(loadedAt)}</Text>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
