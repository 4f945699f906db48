import { route } from '@/domain/routes'
import { useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { FILING_CATEGORY_LABELS, statusIneligibility, type FilingCategory } from '@/domain'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { CategoryInfo } from '@/features/filing/components/category-info'
import { loadDraft } from '@/features/filing/draft-storage'
import { filings, usePolicy } from '@/features/filing/filing-store'
import { answerIneligibility, GUIDE } from '@/features/filing/category-guide'
import { useRoutePerson } from '@/app-state/use-route-person'
import { openRoute } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

export default function FilingStartPage() {
  const person = useRoutePerson().person
  const [path, setPath] = useState<string[]>(['why'])
  const [category, setCategory] = useState<FilingCategory | null>(null)
  const { data: policy, error: policyError } = usePolicy(person?.id ?? null)
  const draft = person ? loadDraft(person.id) : null

  const question = GUIDE[path[path.length - 1]]
  // The server's eligibility rule, from the profile: a category this person cannot use stays visible, with the reason.
  const suspended = person ? statusIneligibility(person) : null
  const back = () => (category ? setCategory(null) : setPath(path.slice(0, -1)))

  return (
    <PageShell actingFor>
      {draft?.category && !category && (
        <Alert tone='warn' onClick={() => openRoute(route('filingForm', { personId: person!.id }))}>
          <Text>有一份未提交的草稿（{FILING_CATEGORY_LABELS[draft.category]}），继续填写 ›</Text>
        </Alert>
      )}
      {suspended && !category && (
        <Alert tone='danger'>
          <Text>{suspended.message}</Text>
        </Alert>
      )}
      {!category && (
        <>
          <Text className='section-title'>{question.question}</Text>
          <View className='card choices'>
            {question.answers.map((answer) => {
              const unavailable = person ? answerIneligibility(person, answer) : null
              return (
                <View
                  key={answer.id}
                  className={unavailable ? 'choice choice--unavailable' : 'choice'}
                  hoverClass={unavailable ? 'none' : 'choice--pressed'}
                  aria-disabled={unavailable ? true : undefined}
                  onClick={() => {
                    if (unavailable) return
                    if (answer.next) setPath([...path, answer.next])
                    else if (answer.category) setCategory(answer.category)
                    else if (answer.explainer) openRoute(route(answer.explainer === 'emergency' ? 'filingEmergency' : 'filingReimburse'))
                  }}
                >
                  <Text className='choice__title'>{answer.text}</Text>
                  <Text className='choice__hint'>{answer.hint}</Text>
                  {unavailable && <Text className='choice__unavailable'>不能办理：{unavailable.message}</Text>}
                </View>
              )
            })}
          </View>
          {path.length > 1 && (
            <View className='page-actions'>
              <Button className='btn secondary' onClick={back}>
                上一步
              </Button>
            </View>
          )}
          <Text className='section-title'>已经办过？</Text>
          <View className='card choices'>
            <View className='choice' onClick={() => openRoute(route('filingList'))}>
              <Text className='choice__title'>我的备案 ›</Text>
              <Text className='choice__hint'>查看进度、变更或撤销</Text>
            </View>
          </View>
        </>
      )}
      {category && (
        <AsyncView loading={!policy} error={policy ? null : policyError} onRetry={() => person && void filings.policy.load(person.id)}>
          {policy && (
            <>
              <Text className='section-title'>根据您的情况，应办理</Text>
              <CategoryInfo category={category} policy={policy} />
              <View className='page-actions'>
                <Button className='btn' onClick={() => openRoute(route('filingForm', { category: category, personId: person?.id ?? '' }))}>
                  开始填写
                </Button>
                <Button className='btn secondary' onClick={back}>
                  不是这种情况，重新选择
                </Button>
              </View>
            </>
          )}
        </AsyncView>
      )}
    </PageShell>
  )
}
