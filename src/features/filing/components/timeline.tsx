import { Text, View } from '@tarojs/components'
import type { Filing } from '@/domain'
import { formatInstantCn } from '@/lib/dates'
import { timelineOf } from '@/features/filing/progress'
import './filing.scss'

export function Timeline({ filing }: { filing: Filing }) {
  return (
    <View className='timeline'>
      {timelineOf(filing).map((step) => (
        <View key={step.key} className={`timeline__step timeline__step--${step.state}`}>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='row timeline__head'>
              <Text className='timeline__label'>{step.label}</Text>
              {step.at !== undefined && <Text className='timeline__time'>{formatInstantCn(step.at)}</Text>}
            </View>
            {step.note && <Text className='timeline__note'>{step.note}</Text>}
            {step.by && <Text className='timeline__by'>{step.by}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
