import { Text, View } from '@tarojs/components'
import { FILING_GROUP_LABELS, type FilingCategory, type InsuredPlacePolicy } from '@/domain'
import { groupOf } from '@/domain/filings/rules'
import { CATEGORY_INFO, materialLines } from '@/features/filing/category-guide'
import './filing.scss'

/** Who a category is for, what it needs, how long it lasts, how payment differs. */
export function CategoryInfo({ category, policy }: { category: FilingCategory; policy: InsuredPlacePolicy }) {
  const info = CATEGORY_INFO[category]
  return (
    <View className='card filing-info'>
      <Text className='tag'>{FILING_GROUP_LABELS[groupOf(category)]}</Text>
      <Text className='filing-info__title'>{info.title}</Text>
      <View className='filing-info__row'>
        <Text className='filing-info__label'>适合谁</Text>
        <Text className='filing-info__text'>{info.who}</Text>
      </View>
      <View className='filing-info__row'>
        <Text className='filing-info__label'>要什么材料</Text>
        {materialLines(category, policy).map((line) => (
          <Text key={line} className='filing-info__text'>
            · {line}
          </Text>
        ))}
      </View>
      <View className='filing-info__row'>
        <Text className='filing-info__label'>有效多久</Text>
        <Text className='filing-info__text'>{info.validity(policy)}</Text>
      </View>
      <View className='filing-info__row'>
        <Text className='filing-info__label'>能直接结算什么</Text>
        {info.coverage.map((line) => (
          <Text key={line} className='filing-info__text'>
            · {line}
          </Text>
        ))}
      </View>
      <View className='filing-info__row'>
        <Text className='filing-info__label'>报销有何不同</Text>
        <Text className='filing-info__text'>{info.payment(policy)}</Text>
      </View>
    </View>
  )
}
