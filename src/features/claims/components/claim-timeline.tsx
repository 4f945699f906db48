import { Text, View } from '@tarojs/components'
import type { Claim } from '@/domain'
import { formatInstantCn } from '@/lib/dates'
import { claimTimeline } from '@/features/claims/model'
import './claims.scss'

/** Each step with its date; who acted for the person; the next expected step. */
export function ClaimTimeline({ claim }: { claim: Claim }) {
  return (
    <View className='claim-steps'>
      {claimTimeline(claim).map((step) => (
        <View key={step.key} className={`claim-step claim-step--${step.state}`}>
          <View className='claim-step__dot' />
          <View className='claim-step__body'>
            <View className='row claim-step__head'>
              <Text className='claim-step__label'>{step.label}</Text>
              {step.at !== undefined && <Text className='claim-step__time'>{formatInstantCn(step.at)}</Text>}
            </View>
            {step.note && <Text className='claim-step__note'>{step.note}</Text>}
            {step.by && <Text className='claim-step__by'>{step.by}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
