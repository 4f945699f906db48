import { Text, View } from '@tarojs/components'
import { SERVICE_POINT_TYPE_LABELS, type ServicePointHit } from '@/domain'
import { callPoint, navigateToPoint, openDetail } from '@/features/service-points/actions'
import { Chip } from '@/components/chip'
import { formatDistance, hoursLines, openLabel, servicesLabel, settlementChips } from '@/features/service-points/model'
import './point-card.scss'

interface PointCardProps {
  point: ServicePointHit
  /** Server-independent: the card's open badge uses the device clock. */
  now: number
}

/** One point with its key facts and the three actions. Fixed height, so a virtual list can place it. */
export function PointCard({ point, now }: PointCardProps) {
  const open = openLabel(point.hours, now)
  const kinds = settlementChips(point)
  return (
    <View className='point-card' data-testid='point-card'>
      <View className='point-card__body' onClick={() => openDetail(point.id)}>
        <View className='point-card__head'>
          <Text className='point-card__name'>{point.name}</Text>
          {point.distanceM !== undefined && <Text className='point-card__distance'>{formatDistance(point.distanceM)}</Text>}
        </View>
        <View className='point-card__meta'>
          {point.demo && (
            <Text className='tag demo' data-testid='demo-mark'>
              演示数据
            </Text>
          )}
          <Text className='tag'>{SERVICE_POINT_TYPE_LABELS[point.type]}</Text>
          <Text className={`tag ${open.open ? 'ok' : 'gray'}`}>{open.text}</Text>
          <Text className='point-card__hours'>{hoursLines(point.hours)[0]}</Text>
        </View>
        <Text className='point-card__address'>{point.address}</Text>
        <View className='point-card__tags'>
          {kinds.length > 0 ? (
            <>
              <Text className='point-card__kinds-label'>跨省直接结算</Text>
              {kinds.map((k) => (
                <Chip key={k} on small>
                  {k}
                </Chip>
              ))}
            </>
          ) : (
            servicesLabel(point.services).map((s) => (
              <Text key={s} className='tag gray'>
                {s}
              </Text>
            ))
          )}
        </View>
      </View>
      <View className='point-card__actions'>
        <View className='point-card__action' onClick={() => void callPoint(point)}>
          电话
        </View>
        <View className='point-card__action' onClick={() => navigateToPoint(point)}>
          导航
        </View>
        <View className='point-card__action point-card__action--primary' onClick={() => openDetail(point.id)}>
          详情
        </View>
      </View>
    </View>
  )
}
