import { endDateWindow, startDateWindow } from '@/domain'
import { useEffect, useState } from 'react'
import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components'
import { FILING_CATEGORY_LABELS, filingIneligibility, type FilingCategory, type MaterialKind } from '@/domain'
import { Alert } from '@/components/alert'
import { Field } from '@/components/field'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { RegionPicker } from '@/components/region-picker'
import { PhotoField } from '@/features/filing/components/photo-field'
import { filings, usePolicy } from '@/features/filing/filing-store'
import { dateCn, groupOf, pledgeAllowed, PROOF_MATERIAL, requiredUploads, type FilingFieldErrors } from '@/domain/filings/rules'
import { draftErrors, withCategory, withStartDate } from '@/features/filing/draft'
import { todayInChina, useFilingDraft } from '@/features/filing/use-draft'
import { useRoutePerson } from '@/app-state/use-route-person'
import { toast } from '@/platform/feedback'
import { openRoute, redirectRoute, routeParams } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'
import { route } from '@/domain/routes'

const CATEGORIES = Object.keys(FILING_CATEGORY_LABELS) as FilingCategory[]

export default function FilingFormPage() {
  const params = routeParams()
  const routeCategory = CATEGORIES.includes(params.category as FilingCategory) ? (params.category as FilingCategory) : null
  const person = useRoutePerson().person
  const personId = person?.id ?? null
  const { data: policy, error: policyError } = usePolicy(personId)
  const { draft, update } = useFilingDraft(personId, routeCategory, policy)
  const [showErrors, setShowErrors] = useState(false)
  const [photoErrors, setPhotoErrors] = useState<Partial<Record<MaterialKind, string | null>>>({})

  useEffect(() => {
    // A draft without a category cannot be filled in: choose one first.
    if (draft && !draft.category) redirectRoute(route('filingStart'))
  }, [draft])

  const today = todayInChina()
  // Eligibility (the server's rule) shows at once; the other checks after the first attempt to go on.
  const ineligible = draft?.category && person ? filingIneligibility(person, draft.category, draft.destination) : null
  const errors: FilingFieldErrors = {
    ...(draft && policy && personId && showErrors ? draftErrors(draft, personId, today, policy, person ?? undefined) : {}),
    ...(ineligible ? { [ineligible.field]: ineligible.message } : {}),
  }
  const ready = !!(draft && policy && person && draft.category)

  const next = () => {
    if (!draft || !policy || !personId) return
    const found = draftErrors(draft, personId, today, policy, person ?? undefined)
    setShowErrors(true)
    if (Object.keys(found).length > 0) {
      toast('请检查标红的内容')
      return
    }
    openRoute(route('filingPreview', { personId: personId }))
  }

  return (
    <PageShell actingFor>
      <AsyncView
        loading={!ready && !policyError}
        error={ready ? null : policyError}
        onRetry={() => personId && void filings.policy.load(personId)}
      >
        {ready && draft.category && policy && (
          <>
            {errors.personId && (
              <Alert tone='danger'>
                <Text>{errors.personId}</Text>
              </Alert>
            )}
            <View className='card form-card'>
              <Field label='人员类别' error={errors.category}>
                <Picker
                  mode='selector'
                  range={CATEGORIES.map((c) => FILING_CATEGORY_LABELS[c])}
                  value={CATEGORIES.indexOf(draft.category)}
                  onChange={(e) => update((d) => withCategory(d, CATEGORIES[Number(e.detail.value)], policy))}
                >
                  <View
                    className={`field__input ${errors.category ? 'field__input--error' : ''}`}
                    role='button'
                    aria-label={`人员类别：${FILING_CATEGORY_LABELS[draft.category]}`}
                  >
                    {FILING_CATEGORY_LABELS[draft.category]} ›
                  </View>
                </Picker>
              </Field>
              <Field label={`就医地（跨省）${policy.provinceLevelAllowed ? '：可选到市，或选“全省”' : '：请选到市'}`}>
                <RegionPicker
                  value={draft.destination}
                  allowProvinceLevel={policy.provinceLevelAllowed}
                  error={errors.destination}
                  onChange={(destination) => update((d) => ({ ...d, destination }))}
                />
              </Field>
              <Field
                label='补办备案：已经住院，还没出院结算'
                aside={
                  <Switch
                    checked={draft.lateInHospital}
                    color='#1a5fd0'
                    aria-label='补办备案'
                    onChange={(e) =>
                      update((d) => ({
                        ...d,
                        lateInHospital: e.detail.value,
                        startDate: e.detail.value ? d.startDate : d.startDate < today ? today : d.startDate,
                      }))
                    }
                  />
                }
              >
                {draft.lateInHospital && (
                  <Text className='field__help'>开始日期可以选入院当天。出院结算前办好，联网医院就能直接结算。</Text>
                )}
                <Text className='field__help link' onClick={() => openRoute(route('filingReimburse'))}>
                  已经出院并全额自费结算了？不用勾选，看手工报销 ›
                </Text>
              </Field>
              <Field label='开始日期' error={errors.startDate}>
                <Picker
                  mode='date'
                  value={draft.startDate}
                  start={startDateWindow(today, policy, draft.lateInHospital).start}
                  end={startDateWindow(today, policy, draft.lateInHospital).end}
                  onChange={(e) => update((d) => withStartDate(d, String(e.detail.value), policy))}
                >
                  <View
                    className={`field__input ${errors.startDate ? 'field__input--error' : ''}`}
                    role='button'
                    aria-label={`开始日期：${dateCn(draft.startDate)}`}
                  >
                    {dateCn(draft.startDate)}
                  </View>
                </Picker>
              </Field>
              {groupOf(draft.category) === 'temporary' ? (
                <Field label={`结束日期（有效期至少${policy.temporaryValidityMonths}个月）`} error={errors.endDate}>
                  <Picker
                    mode='date'
                    value={draft.endDate}
                    start={endDateWindow(draft.startDate, policy).start}
                    end={endDateWindow(draft.startDate, policy).end}
                    onChange={(e) => update((d) => ({ ...d, endDate: String(e.detail.value) }))}
                  >
                    <View
                      className={`field__input ${errors.endDate ? 'field__input--error' : ''}`}
                      role='button'
                      aria-label={`结束日期：${draft.endDate ? dateCn(draft.endDate) : '请选择'}`}
                    >
                      {draft.endDate ? dateCn(draft.endDate) : '请选择'}
                    </View>
                  </Picker>
                </Field>
              ) : (
                <Field label='有效期'>
                  <Text>长期有效，变更或撤销前一直有效</Text>
                </Field>
              )}
              <Field label='联系电话' error={errors.phone}>
                <Input
                  className={`field__input ${errors.phone ? 'field__input--error' : ''}`}
                  type='number'
                  maxlength={11}
                  placeholder='11位手机号码'
                  value={draft.phone}
                  aria-label='联系电话'
                  onInput={(e) => update((d) => ({ ...d, phone: e.detail.value }))}
                />
              </Field>
              <Field label='在就医地的居住地址' error={errors.address}>
                <Textarea
                  className={`field__input field__textarea ${errors.address ? 'field__input--error' : ''}`}
                  maxlength={100}
                  autoHeight
                  placeholder='街道、小区、门牌号'
                  value={draft.address}
                  aria-label='居住地址'
                  onInput={(e) => update((d) => ({ ...d, address: e.detail.value }))}
                />
              </Field>
              {draft.category === 'referral' && (
                <Field label='开具转诊证明的医院（参保地定点医院）' error={errors.referringHospital}>
                  <Input
                    className={`field__input ${errors.referringHospital ? 'field__input--error' : ''}`}
                    maxlength={50}
                    placeholder='例如：衡阳市中心医院'
                    value={draft.referringHospital}
                    aria-label='转出医院'
                    onInput={(e) => update((d) => ({ ...d, referringHospital: e.detail.value }))}
                  />
                </Field>
              )}
            </View>

            <Text className='section-title'>备案材料</Text>
            <View className='card form-card'>
              {pledgeAllowed(draft.category, policy) && PROOF_MATERIAL[draft.category] && (
                <View className='field'>
                  <View className='segmented'>
                    <View
                      className={`segmented__item ${draft.usePledge ? 'segmented__item--on' : ''}`}
                      onClick={() => update((d) => ({ ...d, usePledge: true }))}
                    >
                      个人承诺书代替（即时办结）
                    </View>
                    <View
                      className={`segmented__item ${draft.usePledge ? '' : 'segmented__item--on'}`}
                      onClick={() => update((d) => ({ ...d, usePledge: false }))}
                    >
                      上传证明材料（需审核）
                    </View>
                  </View>
                  {draft.usePledge && (
                    <Text className='field__help'>下一步会生成个人承诺书，请仔细阅读后确认。虚假承诺将被撤销备案并追回费用。</Text>
                  )}
                </View>
              )}
              <View className='field'>
                <Text className='field__help'>身份证件：登录时已核验，无需上传。</Text>
              </View>
              {requiredUploads(draft.category, draft.usePledge).map((kind) => (
                <PhotoField
                  key={kind}
                  kind={kind}
                  files={draft.materials[kind] ?? []}
                  error={photoErrors[kind] ?? errors.materials}
                  onChange={(files) => update((d) => ({ ...d, materials: { ...d.materials, [kind]: files } }))}
                  onError={(message) => setPhotoErrors((e) => ({ ...e, [kind]: message }))}
                />
              ))}
              {requiredUploads(draft.category, draft.usePledge).length === 0 && !draft.usePledge && (
                <View className='field'>
                  <Text className='field__help'>该类别无需其他证明材料。</Text>
                </View>
              )}
            </View>

            <View className='page-actions'>
              <Button className='btn' onClick={next}>
                下一步：核对备案表
              </Button>
              <Text className='muted'>已自动保存草稿，退出后再进来可以接着填。</Text>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
