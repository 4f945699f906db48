import { route } from '@/domain/routes'
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { INSURANCE_TYPE_LABELS, isBackendError } from '@/domain'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { PledgeLetter, RegistrationTable } from '@/features/filing/components/documents'
import { SubmitFailure } from '@/features/filing/components/submit-failure'
import { loadDraft } from '@/features/filing/draft-storage'
import { filings, usePolicy, useSubmitting } from '@/features/filing/filing-store'
import { dateCn } from '@/domain/filings/rules'
import { pledgeText, registrationRows } from '@/features/filing/documents'
import { todayInChina } from '@/features/filing/use-draft'
import { useRoutePerson } from '@/app-state/use-route-person'
import { toast } from '@/platform/feedback'
import { goBack, redirectRoute } from '@/platform/navigation'
import { requestSubscribe } from '@/platform/subscribe'
import '@/subpackages/filing/pages/filing-pages.scss'

/** WeChat subscription template for "备案审核结果" (configured per app in the WeChat console). */
const RESULT_TEMPLATES = ['filing-review-result']

interface Failure {
  message: string
  relatedId?: string
  retryable: boolean
}

export default function FilingPreviewPage() {
  const person = useRoutePerson().person
  const draft = person ? loadDraft(person.id) : null
  const submitting = useSubmitting()
  usePolicy(person?.id ?? null)
  const [agreed, setAgreed] = useState(false)
  const [failure, setFailure] = useState<Failure | null>(null)

  if (!person || !draft || !draft.category) {
    return (
      <PageShell>
        <AsyncView loading={!person} error={null} empty={!!person} emptyText='没有待提交的备案，请先填写备案信息'>
          {null}
        </AsyncView>
      </PageShell>
    )
  }

  const facts = {
    name: person.name,
    idNumberMasked: person.idNumberMasked,
    insuredRegion: person.insuredRegion,
    insuranceTypeLabel: INSURANCE_TYPE_LABELS[person.insuranceType],
  }
  const needsPledge = draft.usePledge

  const submit = async () => {
    if (needsPledge && !agreed) {
      toast('请先阅读并勾选承诺')
      return
    }
    setFailure(null)
    // Ask inside the tap, as WeChat requires; a refusal changes nothing, the 消息 tab still gets the result.
    await requestSubscribe(RESULT_TEMPLATES)
    try {
      const filing = await filings.submitDraft(person.id)
      toast(filing.status === 'approved' ? '备案成功' : '已提交，等待审核', 'success')
      redirectRoute(route('filingDetail', { id: filing.id }))
    } catch (error) {
      if (isBackendError(error)) {
        setFailure({ message: error.message, relatedId: error.details.relatedId, retryable: error.retryable })
      } else {
        setFailure({ message: '提交失败，请重试', retryable: true })
      }
    }
  }

  return (
    <PageShell>
      <Alert tone='warn'>
        <Text>请核对系统生成的备案表{needsPledge ? '和个人承诺书' : ''}，确认无误后提交。</Text>
      </Alert>
      <RegistrationTable rows={registrationRows(draft, facts)} />
      {needsPledge && <PledgeLetter paragraphs={pledgeText(draft, facts)} signer={person.name} date={dateCn(todayInChina())} />}
      {needsPledge && (
        <View className='check' onClick={() => setAgreed(!agreed)} role='checkbox' aria-checked={agreed}>
          <Text className={`check__box ${agreed ? 'check__box--on' : ''}`}>{agreed ? '✓' : ''}</Text>
          <Text>我已阅读并确认以上承诺，信息真实有效</Text>
        </View>
      )}
      {failure && <SubmitFailure failure={failure} />}
      <View className='page-actions'>
        <Button className='btn' loading={submitting} disabled={submitting || undefined} onClick={() => void submit()}>
          {failure?.retryable ? '重新提交' : needsPledge ? '确认承诺并提交' : '确认提交'}
        </Button>
        <Button className='btn secondary' onClick={goBack}>
          返回修改
        </Button>
      </View>
    </PageShell>
  )
}
