import { Button, Text, View } from '@tarojs/components'
import { CLAIM_BASES, claimPolicyFor } from '@/domain'
import { route } from '@/domain/routes'
import { cite } from '@/domain/sources'
import { Alert } from '@/components/alert'
import { PageShell } from '@/components/page-shell'
import { useRoutePerson } from '@/app-state/use-route-person'
import { BASIS_HELP, CLAIM_BASIS_LABELS, CLAIM_PAPER_NOTE } from '@/features/claims/model'
import { openRoute } from '@/platform/navigation'
import '@/features/claims/components/claims.scss'

/** Who a 手工报销 claim is for, and which situation applies; the form follows. */
export default function ClaimStartPage() {
  const { person } = useRoutePerson()
  const policy = person ? claimPolicyFor(person.insuredRegion) : null
  return (
    <PageShell actingFor>
      <Alert tone='info' title='在外省住院、出院时全额自费了？'>
        <Text>可以补办备案后，在这里向参保地申请手工（零星）报销，报销待遇按参保地政策执行。</Text>
        <View>
          <Text className='muted'>依据：{cite('nat', ['jm', '第9项'], 'hy')}</Text>
        </View>
      </Alert>
      <Text className='section-title'>这次住院属于哪种情况</Text>
      <View className='card'>
        {CLAIM_BASES.map((basis) => (
          <View
            key={basis}
            className='claim-choice'
            role='button'
            onClick={() => openRoute(route('claimsForm', { basis, personId: person?.id }))}
          >
            <Text className='claim-choice__title'>{CLAIM_BASIS_LABELS[basis]} ›</Text>
            <Text className='claim-choice__hint'>{BASIS_HELP[basis]}</Text>
          </View>
        ))}
        <View className='claim-choice' role='button' onClick={() => openRoute(route('filingReimburse'))}>
          <Text className='claim-choice__title'>没有备案，也不是急诊 ›</Text>
          <Text className='claim-choice__hint'>请先按参保地规定补办异地就医备案，再回来申请报销。</Text>
        </View>
      </View>
      <Text className='section-title'>要准备什么</Text>
      <View className='card'>
        <Text className='claim-list-item'>· 每张住院收费票据（发票）的号码和金额</Text>
        <Text className='claim-list-item'>· 票据照片和住院费用总清单照片（jpg 或 png，每项最多5张）</Text>
        <Text className='claim-list-item'>· 入院、出院日期和就诊医院</Text>
        {policy && <Text className='claim-list-item'>· 参保地规定出院后{policy.windowMonths}个月内申请</Text>}
        <Text className='muted'>{CLAIM_PAPER_NOTE}</Text>
      </View>
      <View className='claim-actions'>
        <Button className='btn secondary' onClick={() => openRoute(route('claimsList', { personId: person?.id }))}>
          查看我的报销申请
        </Button>
      </View>
    </PageShell>
  )
}
