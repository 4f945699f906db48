import { useEffect, useRef, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { route } from '@/domain/routes'
import { isTransferOpen, transferCancellable, TRANSFER_EMPLOYMENT_LABELS, TRANSFER_FACTS, TRANSFER_STATUS_LABELS } from '@/domain'
import { regionLabel } from '@/domain/region-label'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import { useSession } from '@/app-state/session-store'
import { TransferSteps } from '@/features/transfers/components/transfer-steps'
import { monthCn, TRANSFER_TONE, yearsMonths } from '@/features/transfers/model'
import { transfers } from '@/features/transfers/transfers-store'
import { formatInstantCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/features/transfers/components/transfers.scss'

/** While a step is pending, look again every few seconds: the next step may arrive while the page is open. */
const POLL_MS = 2000

export default function TransferDetailPage() {
  const id = routeParams().id ?? ''
  const { data: transfer, error } = transfers.byId.useEntry([id])
  const [busy, setBusy] = useState(false)
  const seenStatus = useRef<string | null>(null)

  useDidShow(() => void transfers.loadOne(id))
  usePullDownRefresh(async () => {
    await transfers.loadOne(id)
    stopPullDownRefresh()
  })
  const open = !!transfer && isTransferOpen(transfer.status)
  useEffect(() => {
    if (!open) return
    const timer = setInterval(() => void transfers.loadOne(id), POLL_MS)
    return () => clearInterval(timer)
  }, [open, id])
  useEffect(() => {
    // Completion changes the person's 参保地: the profile (acting-for bar, forms) must say so.
    if (transfer?.status === 'completed' && seenStatus.current !== null && seenStatus.current !== 'completed')
      void useSession.getState().refreshProfile()
    if (transfer) seenStatus.current = transfer.status
  }, [transfer])

  const onCancel = async () => {
    if (!transfer || busy) return
    const ok = await confirm({
      title: '撤销转移申请',
      content: `撤销后，${transfer.personName}的医保关系仍留在${regionLabel(transfer.fromRegion)}，需要时要重新申请。确定撤销吗？`,
      confirmText: '确定撤销',
      danger: true,
    })
    if (!ok) return
    setBusy(true)
    try {
      await transfers.cancel(transfer.id)
      toast('已撤销', 'success')
    } catch (e) {
      await confirm({ title: '撤销未成功', content: (e as Error).message, confirmText: '知道了' })
      void transfers.loadOne(transfer.id)
    } finally {
      setBusy(false)
    }
  }

  return (
    <PageShell>
      <AsyncView loading={!transfer && !error} error={transfer ? null : error} onRetry={() => void transfers.loadOne(id)}>
        {transfer && (
          <>
            <View className='card tr-card'>
              <View className='tr-card__head'>
                <Text className='tr-card__title'>
                  {regionLabel(transfer.fromRegion)} → {regionLabel(transfer.toRegion)}
                </Text>
                <Text className={`tag ${TRANSFER_TONE[transfer.status]}`}>{TRANSFER_STATUS_LABELS[transfer.status]}</Text>
              </View>
              <Text className='muted'>职工医保关系跨省转移接续</Text>
              <KeyValue label='办理人'>{transfer.personName}</KeyValue>
              <KeyValue label='转出地'>{regionLabel(transfer.fromRegion)}</KeyValue>
              <KeyValue label='转入地'>{regionLabel(transfer.toRegion)}</KeyValue>
              <KeyValue label='参保方式'>{TRANSFER_EMPLOYMENT_LABELS[transfer.employment]}</KeyValue>
              {transfer.employerName && <KeyValue label='新单位'>{transfer.employerName}</KeyValue>}
              <KeyValue label='新参保地参保起始'>{monthCn(transfer.newSinceMonth)}</KeyValue>
              {transfer.monthsMoved !== undefined && <KeyValue label='转移缴费年限'>{yearsMonths(transfer.monthsMoved)}</KeyValue>}
              {transfer.balanceMovedFen !== undefined && (
                <KeyValue label='转移个人账户余额'>{formatYuan(transfer.balanceMovedFen)}</KeyValue>
              )}
              <KeyValue label='申请编号'>{transfer.id}</KeyValue>
              <KeyValue label='最近更新'>{formatInstantCn(transfer.updatedAt)}</KeyValue>
            </View>

            {transfer.status === 'completed' && (
              <Alert tone='ok' title='转移接续已完成'>
                <Text className='tr-line'>参保地已变更为{regionLabel(transfer.toRegion)}，缴费年限合并计算，缴费记录按月标注参保地。</Text>
                <Text className='tr-link link' onClick={() => openRoute(route('recordsContributions', { personId: transfer.personId }))}>
                  查看合并后的缴费记录 ›
                </Text>
                <Text className='tr-link link' onClick={() => openRoute(route('recordsAccount', { personId: transfer.personId }))}>
                  查看个人账户 ›
                </Text>
                {(transfer.endedFilingIds ?? []).map((filingId) => (
                  <Text key={filingId} className='tr-link link' onClick={() => openRoute(route('filingDetail', { id: filingId }))}>
                    原参保地办理的异地就医备案 {filingId} 已终止 ›
                  </Text>
                ))}
              </Alert>
            )}
            {open && !transferCancellable(transfer.status) && (
              <Alert tone='info'>转出地已办理转出，医保关系正在转入{regionLabel(transfer.toRegion)}，不能再撤销。</Alert>
            )}

            <Text className='section-title'>办理进度</Text>
            <View className='card'>
              <TransferSteps transfer={transfer} />
              {open && transfer.nextStepDueAt !== undefined && (
                <Text className='muted'>预计 {formatInstantCn(transfer.nextStepDueAt)} 前进入下一环节（演示时长）</Text>
              )}
            </View>

            <Text className='muted'>
              {TRANSFER_FACTS.process[1]}。依据：{TRANSFER_FACTS.processSource}
            </Text>

            {transferCancellable(transfer.status) && (
              <View className='page-actions'>
                <Button className='btn danger' loading={busy} disabled={busy || undefined} onClick={() => void onCancel()}>
                  撤销申请
                </Button>
              </View>
            )}
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
