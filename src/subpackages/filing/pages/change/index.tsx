import { useEffect, useState } from 'react'
import { Button, Picker, Text, View } from '@tarojs/components'
import type { Region } from '@/domain'
import { isBackendError, endDateWindow, startDateWindow } from '@/domain'
import { Field } from '@/components/field'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { RegionPicker } from '@/components/region-picker'
import { SubmitFailure } from '@/features/filing/components/submit-failure'
import { filings, usePolicy } from '@/features/filing/filing-store'
import { dateCn } from '@/domain/filings/rules'
import { placeLabel } from '@/features/filing/display'
import { todayInChina } from '@/features/filing/use-draft'
import { toast } from '@/platform/feedback'
import { goBack, routeParams } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

export default function FilingChangePage() {
  const id = routeParams().id ?? ''
  const { data: filing, error } = filings.byId.useEntry([id])
  const { data: policy } = usePolicy(filing?.personId ?? null)
  const [destination, setDestination] = useState<Region | null>(null)
  const [startDate, setStartDate] = useState<string | null>(null)
  const [endDate, setEndDate] = useState<string | null>(null)
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string>; relatedId?: string } | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!filing) void filings.loadOne(id)
  }, [filing, id])

  const today = todayInChina()
  const submit = async () => {
    if (!filing) return
    setBusy(true)
    setFailure(null)
    try {
      await filings.change(filing.id, {
        destination: destination ?? undefined,
        startDate: startDate ?? undefined,
        endDate: endDate ?? undefined,
      })
      toast('变更成功', 'success')
      goBack()
    } catch (e) {
      if (isBackendError(e)) {
        setFailure({ message: e.message, fields: e.details.fields ?? {}, relatedId: e.details.relatedId })
      } else setFailure({ message: '变更失败，请重试', fields: {} })
    } finally {
      setBusy(false)
    }
  }

  const start = startDate ?? filing?.startDate ?? today
  return (
    <PageShell>
      <AsyncView loading={!filing || !policy} error={filing ? null : error} onRetry={() => void filings.loadOne(id)}>
        {filing && policy && (
          <>
            <Alert tone='warn'>
              <Text>
                当前备案：{placeLabel(filing.destination)}，
                {filing.endDate ? `${dateCn(filing.startDate)} 至 ${dateCn(filing.endDate)}` : `${dateCn(filing.startDate)} 起长期有效`}
              </Text>
            </Alert>
            <View className='card form-card'>
              <Field label='新的就医地'>
                <RegionPicker
                  value={destination ?? filing.destination}
                  allowProvinceLevel={policy.provinceLevelAllowed}
                  error={failure?.fields.destination}
                  onChange={setDestination}
                />
              </Field>
              <Field label='开始日期' error={failure?.fields.startDate}>
                <Picker
                  mode='date'
                  value={start}
                  start={today}
                  end={startDateWindow(today, policy, false).end}
                  onChange={(e) => setStartDate(String(e.detail.value))}
                >
                  <View className='field__input'>{dateCn(start)}</View>
                </Picker>
              </Field>
              {filing.group === 'temporary' && (
                <Field label={`结束日期（有效期至少${policy.temporaryValidityMonths}个月）`} error={failure?.fields.endDate}>
                  <Picker
                    mode='date'
                    value={endDate ?? filing.endDate ?? ''}
                    start={endDateWindow(start, policy).start}
                    end={endDateWindow(start, policy).end}
                    onChange={(e) => setEndDate(String(e.detail.value))}
                  >
                    <View className='field__input'>{dateCn(endDate ?? filing.endDate ?? start)}</View>
                  </Picker>
                </Field>
              )}
            </View>
            {failure && <SubmitFailure failure={failure} />}
            <View className='page-actions'>
              <Button className='btn' loading={busy} disabled={busy || undefined} onClick={() => void submit()}>
                提交变更
              </Button>
              <Button className='btn secondary' onClick={goBack}>
                取消
              </Button>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
