import { Text, View } from '@tarojs/components'
import { FILING_CATEGORY_LABELS, type Filing } from '@/domain'
import { placeLabel, STATUS_TONE, statusLabel, validityText } from '@/features/filing/display'
import './filing.scss'

export function FilingCard({ filing, onOpen }: { filing: Filing; onOpen(): void }) {
  const tone = STATUS_TONE[filing.status]
  return (
    <View className='card filing-card' hoverClass='filing-card--pressed' onClick={onOpen}>
      <View className='row filing-card__head'>
        <Text className='filing-card__person'>{filing.personName}</Text>
        <Text className={`tag ${tone === 'info' ? '' : tone}`}>{statusLabel(filing.status)}</Text>
      </View>
      <Text className='filing-card__place'>{placeLabel(filing.destination)}</Text>
      <Text className='muted'>{FILING_CATEGORY_LABELS[filing.category]}</Text>
      <Text className='muted'>{validityText(filing)}</Text>
      <View className='row filing-card__foot'>
        <Text className='muted'>
          备案号 {filing.id} · 电话 {filing.phoneMasked}
        </Text>
        <Text className='filing-card__more'>详情 ›</Text>
      </View>
    </View>
  )
}
