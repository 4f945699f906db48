import { Text, View } from '@tarojs/components'
import type { Transfer } from '@/domain'
import { stepViews } from '@/features/transfers/model'
import './transfers.scss'

/** The five steps of a 转移接续, each reached one with its date and message, and who acted (由 X 代办). */
export function TransferSteps({ transfer }: { transfer: Transfer }) {
  return (
    <View className='tr-steps' role='list' aria-label='办理进度'>
      {stepViews(transfer).map((step) => (
        <View key={step.status} className={`tr-step tr-step--${step.state}`} role='listitem'>
          <View className='tr-step__dot' />
          <View className='tr-step__body'>
            <View className='tr-step__head'>
              <Text className='tr-step__label'>{step.label}</Text>
              <Text className='tr-step__time'>{step.when ?? '待办理'}</Text>
            </View>
            {step.note && <Text className='tr-step__note'>{step.note}</Text>}
            {step.actorName && <Text className='tr-step__by'>由 {step.actorName} 代办</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
