import { useState } from 'react'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { route } from '@/domain/routes'
import {
  isBackendError,
  isTransferOpen,
  newSinceMonthOptions,
  transferIneligibility,
  TRANSFER_EMPLOYMENT_LABELS,
  TRANSFER_FACTS,
} from '@/domain'
import type { TransferEmployment } from '@/domain'
import { regionLabel } from '@/domain/region-label'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import { RegionPicker } from '@/components/region-picker'
import { useRoutePerson } from '@/app-state/use-route-person'
import { TransferCard } from '@/features/transfers/components/transfer-card'
import { draftFieldErrors, monthCn } from '@/features/transfers/model'
import { todayInChina, transfers, useTransferDraft } from '@/features/transfers/transfers-store'
import { confirm, toast } from '@/platform/feedback'
import { redirectRoute } from '@/platform/navigation'
import '@/features/transfers/components/transfers.scss'

const EMPLOYMENTS: TransferEmployment[] = ['employer', 'flexible']
const NONE: never[] = []

export default function TransferStartPage() {
  const person = useRoutePerson().person
  const personId = person?.id ?? null
  const list = transfers.byPerson.useEntry(personId ? [personId] : null)
  const busy = transfers.busy((s) => s.busy)
  const { draft, update } = useTransferDraft(personId)
  const [showErrors, setShowErrors] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})

  useDidShow(() => {
    if (personId) void transfers.byPerson.load(personId)
  })
  const [loadedFor, setLoadedFor] = useState<string | null>(null)
  if (personId && loadedFor !== personId) {
    setLoadedFor(personId)
    void transfers.byPerson.load(personId)
  }

  const today = todayInChina()
  const items = list.data ?? NONE
  const open = items.find((t) => isTransferOpen(t.status))
  const ineligible = person ? transferIneligibility(person, draft?.toRegion ?? null) : null
  const notEmployee = ineligible?.subReason === 'not-employee' ? ineligible : null
  const fieldErrors: Record<string, string | undefined> = {
    ...(draft && showErrors ? draftFieldErrors(draft, today) : {}),
    ...serverErrors,
    ...(ineligible && ineligible.field === 'toRegion' ? { toRegion: ineligible.message } : {}),
  }
  const months = newSinceMonthOptions(today)

  const submit = async () => {
    if (!draft || !person || busy) return
    setShowErrors(true)
    setServerErrors({})
    const found = { ...draftFieldErrors(draft, today), ...(ineligible ? { [ineligible.field]: ineligible.message } : {}) }
    if (Object.keys(found).length > 0) {
      toast('请检查标红的内容')
      return
    }
    const ok = await confirm({
      title: '提交转移申请',
      content: `将${person.name}的职工医保关系从${regionLabel(person.insuredRegion)}转移到${regionLabel(draft.toRegion!)}。转出地办理转出后不能撤销。确定提交吗？`,
      confirmText: '提交',
    })
    if (!ok) return
    try {
      const transfer = await transfers.apply(person.id, person.insuredRegion)
      toast('已提交', 'success')
      redirectRoute(route('transferDetail', { id: transfer.id }))
    } catch (error) {
      if (isBackendError(error) && error.details.fields) setServerErrors(error.details.fields)
      await confirm({ title: '提交未成功', content: (error as Error).message, confirmText: '知道了' })
      if (personId) void transfers.byPerson.load(personId)
    }
  }

  return (
    <PageShell actingFor>
      <AsyncView
        loading={!person || (!list.data && !list.error)}
        error={list.data ? null : list.error}
        onRetry={() => personId && void transfers.byPerson.load(personId)}
      >
        {person && (
          <>
            <Alert tone='info' title='转移接续怎么办'>
              {TRANSFER_FACTS.process.map((line) => (
                <Text key={line} className='tr-line'>
                  · {line}
                </Text>
              ))}
              <Text className='tr-line muted'>依据：{TRANSFER_FACTS.processSource}</Text>
            </Alert>

            {items.length > 0 && (
              <>
                <Text className='section-title'>{person.name}的转移申请</Text>
                {items.map((t) => (
                  <TransferCard key={t.id} transfer={t} />
                ))}
              </>
            )}

            {notEmployee ? (
              <Alert tone='danger' title='不能办理'>
                {notEmployee.message}
              </Alert>
            ) : open ? (
              <Alert tone='warn' title='已有一笔正在办理'>
                一次只能办理一笔转移接续。请等“{open.title}”办结，或在转出地转出前撤销后再申请。
              </Alert>
            ) : (
              draft && (
                <>
                  <Text className='section-title'>申请转移</Text>
                  <View className='card'>
                    <KeyValue label='办理人'>{person.name}</KeyValue>
                    <KeyValue label='险种'>职工医保</KeyValue>
                    <Field label='转出地（现参保地）' error={fieldErrors.fromRegion} hint='按参保记录填写，不能修改'>
                      <Text className='field__input field__input--readonly'>{regionLabel(person.insuredRegion)}</Text>
                    </Field>
                    <Field label='转入地（新参保地）'>
                      <RegionPicker
                        value={draft.toRegion}
                        placeholder='请选择新参保地的省份和城市'
                        error={fieldErrors.toRegion}
                        onChange={(toRegion) => {
                          setServerErrors({})
                          update((d) => ({ ...d, toRegion }))
                        }}
                      />
                    </Field>
                    <Field label='在新参保地的参保方式' error={fieldErrors.employment}>
                      <View className='tr-choices' role='radiogroup' aria-label='参保方式'>
                        {EMPLOYMENTS.map((e) => (
                          <Chip key={e} kind='radio' on={draft.employment === e} onTap={() => update((d) => ({ ...d, employment: e }))}>
                            {TRANSFER_EMPLOYMENT_LABELS[e]}
                          </Chip>
                        ))}
                      </View>
                    </Field>
                    {draft.employment === 'employer' && (
                      <Field label='新参保地用人单位' error={fieldErrors.employerName} hint='填写单位全称，与新单位参保登记一致'>
                        <Input
                          className={`field__input ${fieldErrors.employerName ? 'field__input--error' : ''}`}
                          maxlength={50}
                          placeholder='例如：广州某某科技有限公司'
                          value={draft.employerName}
                          aria-label='新参保地用人单位'
                          onInput={(e) => update((d) => ({ ...d, employerName: e.detail.value }))}
                        />
                      </Field>
                    )}
                    <Field
                      label='在新参保地开始参保的年月'
                      error={fieldErrors.newSinceMonth}
                      hint='新单位或灵活就业在新参保地开始缴费的月份'
                    >
                      <Picker
                        mode='selector'
                        range={months.map(monthCn)}
                        value={Math.max(0, months.indexOf(draft.newSinceMonth))}
                        onChange={(e) => update((d) => ({ ...d, newSinceMonth: months[Number(e.detail.value)] }))}
                      >
                        <View className='field__input' role='button' aria-label={`开始参保年月：${monthCn(draft.newSinceMonth)}`}>
                          {monthCn(draft.newSinceMonth)} ▾
                        </View>
                      </Picker>
                    </Field>
                  </View>
                  <Alert tone='warn' title='提交前请了解'>
                    <Text className='tr-line'>· 转移完成后，参保地变为新参保地，缴费年限合并计算，个人账户余额一并转入。</Text>
                    <Text className='tr-line'>· {TRANSFER_FACTS.filingEnds}。</Text>
                    <Text className='tr-line muted'>依据：{TRANSFER_FACTS.filingEndsSource}</Text>
                    <Text className='tr-line muted'>{TRANSFER_FACTS.demo}。</Text>
                  </Alert>
                  <View className='page-actions'>
                    <Button className='btn' loading={busy} disabled={busy || undefined} onClick={() => void submit()}>
                      提交申请
                    </Button>
                  </View>
                </>
              )
            )}
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
