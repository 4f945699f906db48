import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { PROOF_KINDS, isBackendError, type ProofKind } from '@/domain'
import { CHRONIC_DISEASE_IDS, isChronicDiseaseId } from '@/domain/coverage'
import { chinaDate } from '@/domain/filings/rules'
import { route } from '@/domain/routes'
import { useRoutePerson } from '@/app-state/use-route-person'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { PageShell } from '@/components/page-shell'
import { PhotoField } from '@/components/photo-field'
import { chronic, useQualificationOverview } from '@/features/chronic/chronic-store'
import { applyBlock, diseaseName, draftErrors, proofLabel, QUALIFICATION_MEANING, type ChronicDraftErrors } from '@/features/chronic/model'
import { useChronicDraft } from '@/features/chronic/use-draft'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, redirectRoute, routeParams } from '@/platform/navigation'
import '@/subpackages/chronic/pages/chronic-pages.scss'

/** Apply: choose the disease, photograph the 病历 and the 诊断证明 (the filing photo rules), submit to the 参保地. */
export default function ChronicApplyPage() {
  const [routeDisease] = useState(() => {
    const d = routeParams().disease
    return isChronicDiseaseId(d) ? d : null
  })
  const { id: personId, person } = useRoutePerson()
  const { data: overview, error: loadError, loading } = useQualificationOverview(personId)
  const { draft, update } = useChronicDraft(personId, routeDisease)
  const [errors, setErrors] = useState<ChronicDraftErrors>({})
  const [refusal, setRefusal] = useState<{ message: string; relatedId?: string } | null>(null)
  const submitting = chronic.submitting((s) => s.submitting)

  const blocked = draft?.disease ? applyBlock(overview?.diseases ?? null, draft.disease, chinaDate(Date.now())) : null

  const onSubmit = async () => {
    if (!draft || !personId || submitting) return
    const found = draftErrors(draft)
    setErrors(found)
    setRefusal(null)
    if (Object.keys(found).length > 0) {
      toast('请按提示补全后再提交')
      return
    }
    const disease = draft.disease!
    const ok = await confirm({
      title: '提交认定申请',
      content: `为${person?.name ?? ''}申请${diseaseName(disease)}门诊慢特病认定，材料将提交参保地医保经办机构审核，审核结果会通过消息通知。`,
      confirmText: '提交',
    })
    if (!ok) return
    try {
      const app = await chronic.submitDraft(personId)
      toast('已提交，等待审核', 'success')
      redirectRoute(route('chronicDetail', { id: app.id }))
    } catch (e) {
      if (isBackendError(e) && e.details.fields) setErrors(e.details.fields as ChronicDraftErrors)
      setRefusal({ message: (e as Error).message, relatedId: isBackendError(e) ? e.details.relatedId : undefined })
    }
  }

  return (
    <PageShell actingFor>
      <AsyncView loading={!draft || (loading && !overview)} error={overview ? null : loadError}>
        {draft && (
          <>
            <Alert tone='info'>
              <View className='chronic-para'>{QUALIFICATION_MEANING.text}</View>
              <View className='chronic-para muted'>依据：{QUALIFICATION_MEANING.source}</View>
            </Alert>
            <View className='card'>
              <Field label='申请认定的病种' error={errors.disease ?? blocked}>
                <View className='chronic-chips' role='radiogroup' aria-label='申请认定的病种'>
                  {CHRONIC_DISEASE_IDS.map((d) => (
                    <Chip
                      key={d}
                      kind='radio'
                      on={draft.disease === d}
                      onTap={() => {
                        setErrors((e) => ({ ...e, disease: undefined }))
                        setRefusal(null)
                        update((x) => ({ ...x, disease: d }))
                      }}
                    >
                      {diseaseName(d)}
                    </Chip>
                  ))}
                </View>
              </Field>
            </View>
            <Text className='section-title'>诊断材料（拍照上传，和备案材料的要求相同）</Text>
            <View className='card'>
              {PROOF_KINDS.map((kind: ProofKind) => (
                <PhotoField
                  key={kind}
                  label={proofLabel(kind)}
                  files={draft.materials[kind] ?? []}
                  error={errors[kind]}
                  onChange={(files) => update((x) => ({ ...x, materials: { ...x.materials, [kind]: files } }))}
                  onError={(message) => setErrors((e) => ({ ...e, [kind]: message ?? undefined }))}
                />
              ))}
              <Text className='muted'>请拍清楚医院名称、诊断结论、医生签名和盖章；照片不清晰会导致审核不通过。</Text>
            </View>
            {refusal && (
              <Alert tone='danger' title='未能提交'>
                <Text>{refusal.message}</Text>
                {refusal.relatedId && (
                  <Text className='chronic-link' onClick={() => openRoute(route('chronicDetail', { id: refusal.relatedId! }))}>
                    查看该申请 ›
                  </Text>
                )}
              </Alert>
            )}
            <View className='chronic-actions'>
              <Button className='btn' disabled={submitting || !!blocked} loading={submitting} onClick={() => void onSubmit()}>
                {submitting ? '正在提交…' : '提交申请'}
              </Button>
              <Text className='muted'>草稿会自动保存在本机，下次打开可以继续填写。</Text>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
