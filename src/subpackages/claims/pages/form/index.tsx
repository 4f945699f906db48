import { useEffect, useState } from 'react'
import { Button, Input, Picker, Text, View } from '@tarojs/components'
import {
  CLAIM_BASES,
  CLAIM_MATERIAL_LABELS,
  FILING_CATEGORY_LABELS,
  type Filing,
  claimPolicyFor,
  errorMessage,
  isBackendError,
  type ClaimBasis,
  type ClaimMaterialKind,
} from '@/domain'
import { regionLabel } from '@/domain/region-label'
import { route } from '@/domain/routes'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { PageShell } from '@/components/page-shell'
import { PhotoField } from '@/components/photo-field'
import { RegionPicker } from '@/components/region-picker'
import { useRoutePerson } from '@/app-state/use-route-person'
import { claims, useClaimSubmitting } from '@/features/claims/claims-store'
import {
  BASIS_HELP,
  CLAIM_BASIS_LABELS,
  claimableFilings,
  claimDraftErrors,
  dateCn,
  deadlineText,
  invoiceTotal,
  MAX_INVOICE_ROWS,
  type ClaimFieldErrors,
} from '@/features/claims/model'
import { todayInChina, useClaimDraft } from '@/features/claims/use-claim-draft'
import { formatYuan } from '@/lib/money'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, redirectRoute, routeParams } from '@/platform/navigation'
import '@/features/claims/components/claims.scss'

const EMPTY: Filing[] = []

export default function ClaimFormPage() {
  const [routeBasis] = useState(() => {
    const basis = routeParams().basis as ClaimBasis | undefined
    return basis && CLAIM_BASES.includes(basis) ? basis : null
  })
  const { person } = useRoutePerson()
  const personId = person?.id ?? null
  const { draft, update } = useClaimDraft(personId, routeBasis)
  const submitting = useClaimSubmitting()
  const [showErrors, setShowErrors] = useState(false)
  const [serverErrors, setServerErrors] = useState<ClaimFieldErrors>({})
  const [photoErrors, setPhotoErrors] = useState<Partial<Record<ClaimMaterialKind, string | null>>>({})
  const [failure, setFailure] = useState<{ message: string; relatedId?: string } | null>(null)

  const today = todayInChina()
  const policy = person ? claimPolicyFor(person.insuredRegion) : null
  const errors: ClaimFieldErrors = {
    ...(draft && policy && personId && showErrors ? claimDraftErrors(draft, personId, today, policy) : {}),
    ...serverErrors,
  }
  const total = draft ? invoiceTotal(draft) : null
  const filingsEntry = claims.filingsOf.useEntry(personId ? [personId] : null)
  useEffect(() => {
    if (personId) void claims.filingsOf.load(personId)
  }, [personId])
  const linkable = claimableFilings(filingsEntry.data ?? EMPTY)
  const edit: typeof update = (change) => {
    setServerErrors({})
    setFailure(null)
    update(change)
  }

  const submit = async () => {
    if (!draft || !policy || !personId || !person || submitting) return
    setShowErrors(true)
    const found = claimDraftErrors(draft, personId, today, policy)
    if (Object.keys(found).length > 0) {
      toast('请检查标红的内容')
      return
    }
    const ok = await confirm({
      title: '提交报销申请',
      content: `为${person.name}申请报销${draft.hospital.trim()}的住院费用${formatYuan(total ?? 0)}，共${draft.invoices.length}张票据。提交后不能修改，确定提交吗？`,
      confirmText: '提交',
    })
    if (!ok) return
    try {
      const claim = await claims.submitDraft(personId)
      toast('已提交', 'success')
      redirectRoute(route('claimsDetail', { id: claim.id }))
    } catch (e) {
      if (!isBackendError(e)) return
      setServerErrors(e.details.fields ?? {})
      setFailure({ message: errorMessage(e), relatedId: e.details.reason === 'DUPLICATE_INVOICE' ? e.details.relatedId : undefined })
    }
  }

  const ready = !!(draft && policy && person)
  return (
    <PageShell actingFor>
      <AsyncView loading={!ready} error={null}>
        {ready && draft && policy && (
          <>
            {failure && (
              <Alert
                tone='danger'
                title='没有提交成功'
                onClick={failure.relatedId ? () => openRoute(route('claimsDetail', { id: failure.relatedId! })) : undefined}
              >
                <Text>{failure.message}</Text>
                {failure.relatedId && <Text className='claim-link'>{`\n查看报销申请 ${failure.relatedId} ›`}</Text>}
              </Alert>
            )}
            <View className='card claim-form'>
              <Field label='备案情况' error={errors.basis}>
                <View className='chips' role='radiogroup' aria-label='备案情况'>
                  {CLAIM_BASES.map((basis) => (
                    <Chip key={basis} kind='radio' on={draft.basis === basis} onTap={() => edit((d) => ({ ...d, basis }))}>
                      {CLAIM_BASIS_LABELS[basis]}
                    </Chip>
                  ))}
                </View>
                {draft.basis && <Text className='field__help'>{BASIS_HELP[draft.basis]}</Text>}
              </Field>
              {draft.basis && draft.basis !== 'emergency' && (
                <Field
                  label='这次住院用的备案（决定报销比例）'
                  error={errors.filingId}
                  hint={
                    linkable.length === 0
                      ? '本小程序里没有该参保人已通过的备案：将按其他临时外出就医人员的待遇核定。'
                      : '不选时按其他临时外出就医人员的待遇核定。'
                  }
                >
                  {linkable.length > 0 && (
                    <View className='chips' role='radiogroup' aria-label='这次住院用的备案'>
                      <Chip kind='radio' on={!draft.filingId} onTap={() => edit((d) => ({ ...d, filingId: undefined }))}>
                        不关联
                      </Chip>
                      {linkable.map((f) => (
                        <Chip key={f.id} kind='radio' on={draft.filingId === f.id} onTap={() => edit((d) => ({ ...d, filingId: f.id }))}>
                          {`${f.id} ${regionLabel(f.destination)} ${FILING_CATEGORY_LABELS[f.category]}`}
                        </Chip>
                      ))}
                    </View>
                  )}
                </Field>
              )}
              <Field label='就诊医院' error={errors.hospital}>
                <Input
                  className={`field__input ${errors.hospital ? 'field__input--error' : ''}`}
                  maxlength={50}
                  placeholder='医院全称，与票据上一致'
                  value={draft.hospital}
                  aria-label='就诊医院'
                  onInput={(e) => edit((d) => ({ ...d, hospital: e.detail.value }))}
                />
              </Field>
              <Field label='就医地（跨省，选到市）'>
                <RegionPicker
                  value={draft.destination}
                  error={errors.destination}
                  onChange={(destination) => edit((d) => ({ ...d, destination }))}
                />
              </Field>
              <Field label='入院日期' error={errors.admissionDate}>
                <Picker
                  mode='date'
                  value={draft.admissionDate}
                  end={today}
                  onChange={(e) => edit((d) => ({ ...d, admissionDate: String(e.detail.value) }))}
                >
                  <View
                    className={`field__input ${errors.admissionDate ? 'field__input--error' : ''}`}
                    role='button'
                    aria-label={`入院 ${dateCn(draft.admissionDate)}（入院日期，点按修改）`}
                  >
                    入院 {dateCn(draft.admissionDate)}
                  </View>
                </Picker>
              </Field>
              <Field label='出院日期' error={errors.dischargeDate} hint={deadlineText(draft.dischargeDate, policy)}>
                <Picker
                  mode='date'
                  value={draft.dischargeDate}
                  end={today}
                  onChange={(e) => edit((d) => ({ ...d, dischargeDate: String(e.detail.value) }))}
                >
                  <View
                    className={`field__input ${errors.dischargeDate ? 'field__input--error' : ''}`}
                    role='button'
                    aria-label={`出院 ${dateCn(draft.dischargeDate)}（出院日期，点按修改）`}
                  >
                    出院 {dateCn(draft.dischargeDate)}
                  </View>
                </Picker>
              </Field>
            </View>

            <Text className='section-title'>票据（每张收费票据一行）</Text>
            <View className='card claim-form'>
              {draft.invoices.map((invoice, index) => (
                <View key={index} className='claim-invoice'>
                  <View className='row claim-invoice__head'>
                    <Text className='field__label'>第{index + 1}张票据</Text>
                    {draft.invoices.length > 1 && (
                      <Text
                        className='claim-link'
                        role='button'
                        aria-label={`删除第${index + 1}张票据`}
                        onClick={() => edit((d) => ({ ...d, invoices: d.invoices.filter((_, i) => i !== index) }))}
                      >
                        删除
                      </Text>
                    )}
                  </View>
                  <Field label={`第${index + 1}张票据号码`} error={errors[`invoices.${index}.number`]}>
                    <Input
                      className={`field__input ${errors[`invoices.${index}.number`] ? 'field__input--error' : ''}`}
                      maxlength={24}
                      placeholder='票据号码（8–20位）'
                      value={invoice.number}
                      aria-label={`第${index + 1}张票据号码`}
                      onInput={(e) =>
                        edit((d) => ({ ...d, invoices: d.invoices.map((x, i) => (i === index ? { ...x, number: e.detail.value } : x)) }))
                      }
                    />
                  </Field>
                  <Field label={`第${index + 1}张票据金额（元）`} error={errors[`invoices.${index}.amountFen`]}>
                    <Input
                      className={`field__input ${errors[`invoices.${index}.amountFen`] ? 'field__input--error' : ''}`}
                      type='digit'
                      maxlength={12}
                      placeholder='如 1234.50'
                      value={invoice.amount}
                      aria-label={`第${index + 1}张票据金额`}
                      onInput={(e) =>
                        edit((d) => ({ ...d, invoices: d.invoices.map((x, i) => (i === index ? { ...x, amount: e.detail.value } : x)) }))
                      }
                    />
                  </Field>
                </View>
              ))}
              {errors.invoices && (
                <Text className='field-error' role='alert'>
                  {errors.invoices}
                </Text>
              )}
              {draft.invoices.length < MAX_INVOICE_ROWS && (
                <Text
                  className='claim-link'
                  role='button'
                  onClick={() => edit((d) => ({ ...d, invoices: [...d.invoices, { number: '', amount: '' }] }))}
                >
                  ＋ 再添加一张票据
                </Text>
              )}
              <Field
                label='全额自费的总金额（元）'
                error={errors.amountFen}
                hint={total !== null && total > 0 ? `各张票据合计 ${formatYuan(total)}，应与总金额一致` : '与出院结算单上的总金额一致'}
              >
                <Input
                  className={`field__input ${errors.amountFen ? 'field__input--error' : ''}`}
                  type='digit'
                  maxlength={12}
                  placeholder='如 12345.67'
                  value={draft.amount}
                  aria-label='报销总金额'
                  onInput={(e) => edit((d) => ({ ...d, amount: e.detail.value }))}
                />
              </Field>
            </View>

            <Text className='section-title'>照片</Text>
            <View className='card claim-form'>
              {(['invoice', 'cost-list'] as const).map((kind) => (
                <PhotoField
                  key={kind}
                  label={CLAIM_MATERIAL_LABELS[kind]}
                  files={draft.materials[kind]}
                  error={photoErrors[kind] ?? errors[`materials.${kind}`]}
                  onError={(message) => setPhotoErrors((p) => ({ ...p, [kind]: message }))}
                  onChange={(files) => edit((d) => ({ ...d, materials: { ...d.materials, [kind]: files } }))}
                />
              ))}
            </View>
            <View className='claim-actions'>
              <Button className='btn' disabled={submitting} loading={submitting} onClick={() => void submit()}>
                {submitting ? '正在提交…' : '提交报销申请'}
              </Button>
              <Text className='muted'>草稿会自动保存在本机，下次打开可以接着填。</Text>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
