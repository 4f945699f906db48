import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { CLAIM_BASIS_LABELS } from '@/domain'
import { claimInProgress } from '@/domain/claims/rules'
import { regionLabel } from '@/domain/region-label'
import { route } from '@/domain/routes'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import { ClaimTimeline } from '@/features/claims/components/claim-timeline'
import { claims } from '@/features/claims/claims-store'
import { assessmentLines, CLAIM_TONE, claimStatusLabel, dateCn } from '@/features/claims/model'
import { formatInstantCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/claims/components/claims.scss'

/** While the claim moves, look again every few seconds: the next step may arrive while the page is open. */
const POLL_MS = 3000

export default function ClaimDetailPage() {
  const id = routeParams().id ?? ''
  const { data: claim, error, loading } = claims.byId.useEntry([id])
  const load = () => claims.byId.load(id)

  useDidShow(() => void load())
  usePullDownRefresh(async () => {
    await load()
    stopPullDownRefresh()
  })
  const moving = !!claim && claimInProgress(claim.status)
  useEffect(() => {
    if (!moving) return
    const timer = setInterval(() => void claims.byId.load(id), POLL_MS)
    return () => clearInterval(timer)
  }, [moving, id])

  const tone = claim ? CLAIM_TONE[claim.status] : 'info'
  return (
    <PageShell>
      <AsyncView loading={loading && !claim} error={claim ? null : error} onRetry={() => void load()}>
        {claim && (
          <>
            <View className='card claim-card'>
              <View className='row claim-card__head'>
                <Text className='claim-card__person'>{claim.personName}</Text>
                <Text className={`tag ${tone === 'info' ? '' : tone}`}>{claimStatusLabel(claim.status)}</Text>
              </View>
              <Text className='claim-card__hospital'>{claim.hospital}</Text>
              <Text className='muted'>申请号 {claim.id}</Text>
            </View>
            {claim.status === 'rejected' && (
              <Alert tone='danger' title='报销申请未通过'>
                <Text>{claim.rejectReason}</Text>
              </Alert>
            )}
            {claim.payout && (
              <Alert tone='ok' title={`已支付 ${formatYuan(claim.payout.amountFen)}`}>
                <Text>
                  {formatInstantCn(claim.payout.paidAt)} 支付到{claim.payout.accountMasked}
                </Text>
              </Alert>
            )}
            <Text className='section-title'>办理进度</Text>
            <View className='card'>
              <ClaimTimeline claim={claim} />
            </View>
            {claim.assessment && (
              <>
                <Text className='section-title'>核定结果</Text>
                <View className='card'>
                  {assessmentLines(claim).map((line) => (
                    <View key={line.label}>
                      <KeyValue label={line.label}>{line.value}</KeyValue>
                      {line.explain && <Text className='muted'>{line.explain}</Text>}
                    </View>
                  ))}
                  <Text className='muted'>
                    {'\n'}依据：就医地目录、参保地政策；临时外出就医的报销比例按参保地规定降低（起付线和比例为演示数值）。
                  </Text>
                </View>
              </>
            )}
            <Text className='section-title'>申请内容</Text>
            <View className='card'>
              <KeyValue label='就医地'>{regionLabel(claim.destination)}</KeyValue>
              <KeyValue label='住院'>
                {dateCn(claim.admissionDate)} 至 {dateCn(claim.dischargeDate)}
              </KeyValue>
              <KeyValue label='备案情况'>{CLAIM_BASIS_LABELS[claim.basis]}</KeyValue>
              <KeyValue label='申请金额'>{formatYuan(claim.amountFen)}</KeyValue>
              {claim.invoices.map((invoice, i) => (
                <KeyValue key={invoice.number} label={`票据${i + 1}`}>
                  {invoice.number} · {formatYuan(invoice.amountFen)}
                </KeyValue>
              ))}
              <KeyValue label='照片'>
                票据 {claim.materials.find((m) => m.kind === 'invoice')?.files.length ?? 0} 张，费用清单{' '}
                {claim.materials.find((m) => m.kind === 'cost-list')?.files.length ?? 0} 张
              </KeyValue>
            </View>
            <View className='claim-actions'>
              {claim.payout && (
                <Button
                  className='btn'
                  onClick={() => openRoute(route('recordsSettlement', { id: claim.payout!.settlementId, personId: claim.personId }))}
                >
                  查看结算记录
                </Button>
              )}
              {claim.status === 'rejected' && (
                <Button className='btn' onClick={() => openRoute(route('claimsForm', { personId: claim.personId, basis: claim.basis }))}>
                  重新申请
                </Button>
              )}
              <Button className='btn secondary' onClick={() => openRoute(route('claimsList', { personId: claim.personId }))}>
                我的报销申请
              </Button>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
