import { Text, View } from '@tarojs/components'
import type { Claim } from '@/domain'
import { dateCn } from '@/domain/filings/rules'
import { formatYuan } from '@/lib/money'
import { CLAIM_TONE, claimStatusLabel } from '@/features/claims/model'
import './claims.scss'

export function ClaimCard({ claim, onOpen }: { claim: Claim; onOpen(): void }) {
  const tone = CLAIM_TONE[claim.status]
  return (
    <View className='card claim-card' hoverClass='claim-card--pressed' role='button' onClick={onOpen}>
      <View className='row claim-card__head'>
        <Text className='claim-card__person'>{claim.personName}</Text>
        <Text className={`tag ${tone === 'info' ? '' : tone}`}>{claimStatusLabel(claim.status)}</Text>
      </View>
      <Text className='claim-card__hospital'>{claim.hospital}</Text>
      <Text className='muted'>
        {dateCn(claim.admissionDate)}—{dateCn(claim.dischargeDate)} · 申请 {formatYuan(claim.amountFen)}
      </Text>
      {claim.assessment && <Text className='muted'>核定统筹支付 {formatYuan(claim.assessment.fundFen)}</Text>}
      <View className='row claim-card__foot'>
        <Text className='muted'>申请号 {claim.id}</Text>
        <Text className='claim-card__more'>详情 ›</Text>
      </View>
    </View>
  )
}
