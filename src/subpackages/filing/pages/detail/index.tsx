import { route } from '@/domain/routes'
import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { FILING_CATEGORY_LABELS, FILING_GROUP_LABELS, MATERIAL_KIND_LABELS } from '@/domain'
import { Alert } from '@/components/alert'
import { KeyValue } from '@/components/key-value'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { Timeline } from '@/features/filing/components/timeline'
import { FilingQualifications } from '@/features/chronic/components/filing-qualifications'
import { filings, usePolicy } from '@/features/filing/filing-store'
import { COVERAGE } from '@/domain/coverage'
import { CATEGORY_INFO } from '@/features/filing/category-guide'
import { placeLabel, STATUS_TONE, statusLabel, validityText } from '@/features/filing/display'
import { actionsFor } from '@/features/filing/progress'
import { settlementRoute, stayStatusText } from '@/features/filing/stays'
import { todayInChina } from '@/features/filing/use-draft'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

/** While a review runs, look again every few seconds: the result may arrive while the page is open. */
const POLL_MS = 3000

export default function FilingDetailPage() {
  const id = routeParams().id ?? ''
  const { data: filing, error } = filings.byId.useEntry([id])
  const { data: policy } = usePolicy(filing?.personId ?? null)
  const loadOne = filings.loadOne
  const [busy, setBusy] = useState(false)

  useDidShow(() => void loadOne(id))
  usePullDownRefresh(async () => {
    await loadOne(id)
    stopPullDownRefresh()
  })
  const reviewing = filing?.status === 'reviewing' || filing?.status === 'submitted'
  // …and while a stay is open: the discharge settlement (and the end of the cancel lock) may arrive too.
  const waiting = reviewing || !!filing?.hasUnsettledStay
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => void loadOne(id), POLL_MS)
    return () => clearInterval(timer)
  }, [waiting, id, loadOne])

  const today = todayInChina()
  const actions = filing ? actionsFor(filing, today) : null
  const active = filing && (filing.status === 'approved' || reviewing)

  const onCancel = async () => {
    if (!filing || !actions) return
    if (actions.cancel) {
      await confirm({ title: '暂时不能撤销', content: actions.cancel.message, confirmText: '知道了' })
      return
    }
    const ok = await confirm({
      title: reviewing ? '撤回备案申请' : '撤销备案',
      content: `撤销后，${filing.personName}在${placeLabel(filing.destination)}就医将不能直接结算，需要时要重新备案。确定撤销吗？`,
      confirmText: '确定撤销',
      danger: true,
    })
    if (!ok) return
    setBusy(true)
    try {
      await filings.cancel(filing.id)
      toast('已撤销', 'success')
    } catch (e) {
      await confirm({ title: '撤销未成功', content: (e as Error).message, confirmText: '知道了' })
    } finally {
      setBusy(false)
    }
  }

  const onChange = async () => {
    if (!filing || !actions) return
    if (actions.change) {
      await confirm({ title: '暂时不能变更', content: actions.change.message, confirmText: '知道了' })
      return
    }
    openRoute(route('filingChange', { id: filing.id }))
  }

  return (
    <PageShell>
      <AsyncView loading={!filing} error={filing ? null : error} onRetry={() => void loadOne(id)}>
        {filing && (
          <>
            <View className='card detail-head'>
              <View className='row' style={{ justifyContent: 'space-between' }}>
                <Text className='detail-head__title'>{placeLabel(filing.destination)}</Text>
                <Text className={`tag ${STATUS_TONE[filing.status] === 'info' ? '' : STATUS_TONE[filing.status]}`}>
                  {statusLabel(filing.status)}
                </Text>
              </View>
              <Text className='muted'>
                {FILING_GROUP_LABELS[filing.group]} · {FILING_CATEGORY_LABELS[filing.category]}
              </Text>
              <KeyValue label='备案人'>{filing.personName}</KeyValue>
              <KeyValue label='有效期'>{validityText(filing)}</KeyValue>
              <KeyValue label='参保地'>{placeLabel(filing.insuredRegion)}</KeyValue>
              <KeyValue label='联系电话'>{filing.phoneMasked}</KeyValue>
              <KeyValue label='就医地地址'>{filing.address}</KeyValue>
              {filing.referringHospital && <KeyValue label='转出医院'>{filing.referringHospital}</KeyValue>}
              <KeyValue label='材料'>
                {filing.usePledge
                  ? '个人承诺书（承诺制）'
                  : filing.materials.map((m) => `${MATERIAL_KIND_LABELS[m.kind]} ${m.files.length}张`).join('；') || '无需其他材料'}
              </KeyValue>
              <KeyValue label='备案号'>{filing.id}</KeyValue>
            </View>

            {filing.status === 'rejected' && (
              <Alert tone='danger'>
                <Text>未通过原因：{filing.rejectReason}</Text>
                <Text className='link' onClick={() => openRoute(route('filingStart', { personId: filing.personId }))}>
                  {'\n'}重新申请 ›
                </Text>
              </Alert>
            )}
            {filing.hasUnsettledStay && (
              <Alert tone='warn'>
                <Text>该备案下有一次住院还没有出院结算，结算后才能撤销或变更。</Text>
              </Alert>
            )}
            {filing.stays && filing.stays.length > 0 && (
              <>
                <Text className='section-title'>住院与结算</Text>
                <View className='card list-block'>
                  {filing.stays.map((stay) => {
                    const route = settlementRoute(filing, stay)
                    return (
                      <View key={stay.id} className='stay'>
                        <Text className='list-block__title'>{stay.hospital}</Text>
                        <Text className='list-block__item'>{stayStatusText(stay)}</Text>
                        {route && (
                          <Text className='link' onClick={() => openRoute(route)}>
                            查看结算单 {stay.settlementId} ›
                          </Text>
                        )}
                      </View>
                    )
                  })}
                </View>
              </>
            )}

            {filing.status === 'approved' && (
              <>
                <Text className='section-title'>在就医地能直接结算什么</Text>
                <FilingQualifications personId={filing.personId} destination={filing.destination} />
              </>
            )}

            <Text className='section-title'>办理进度</Text>
            <View className='card'>
              <Timeline filing={filing} />
            </View>

            <Text className='section-title'>备案后怎么报销</Text>
            <View className='card list-block'>
              <Text className='list-block__title'>可以直接结算</Text>
              {COVERAGE.direct.map((line) => (
                <Text key={line} className='list-block__item'>
                  ✓ {line}
                </Text>
              ))}
              <Text className='list-block__title'>医保不直接支付</Text>
              {COVERAGE.notDirect.map((line) => (
                <Text key={line} className='list-block__item'>
                  ✗ {line}
                </Text>
              ))}
              {COVERAGE.notes.map((line) => (
                <Text key={line} className='list-block__item'>
                  · {line}
                </Text>
              ))}
              {policy && <Text className='list-block__item'>报销待遇：{CATEGORY_INFO[filing.category].payment(policy)}</Text>}
              <Text className='muted'>{COVERAGE.rule}</Text>
              <Text className='muted'>依据：{COVERAGE.source}</Text>
              {policy && (
                <Text className='muted'>
                  备案问题咨询：{policy.hotline}，{policy.hotlineNote}
                </Text>
              )}
              <Text
                className='link'
                onClick={() =>
                  openRoute(
                    route('pointsList', { cityCode: filing.destination.cityCode || filing.destination.provinceCode, crossProvince: '1' }),
                  )
                }
              >
                查看{placeLabel(filing.destination)}能直接结算的医院 ›
              </Text>
            </View>

            {active && (
              <View className='page-actions'>
                {filing.status === 'approved' && (
                  <Button className='btn secondary' onClick={() => void onChange()}>
                    变更备案
                  </Button>
                )}
                <Button className='btn danger' loading={busy} disabled={busy || undefined} onClick={() => void onCancel()}>
                  {reviewing ? '撤回申请' : '撤销备案'}
                </Button>
                {actions?.cancel?.availableAt && <Text className='muted'>{actions.cancel.message}</Text>}
              </View>
            )}
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
