import { Text, View } from '@tarojs/components'
import { route } from '@/domain/routes'
import { TRANSFER_STATUS_LABELS, type Transfer } from '@/domain'
import { formatInstantCn } from '@/lib/dates'
import { openRoute } from '@/platform/navigation'
import { TRANSFER_TONE } from '@/features/transfers/model'
import './transfers.scss'

/** A transfer in a list: title, status and the last change; opens its detail. */
export function TransferCard({ transfer }: { transfer: Transfer }) {
  return (
    <View className='card tr-card' role='link' onClick={() => openRoute(route('transferDetail', { id: transfer.id }))}>
      <View className='tr-card__head'>
        <Text className='tr-card__title'>{transfer.title}</Text>
        <Text className={`tag ${TRANSFER_TONE[transfer.status]}`}>{TRANSFER_STATUS_LABELS[transfer.status]}</Text>
      </View>
      <Text className='muted'>
        {transfer.personName} · 最近更新 {formatInstantCn(transfer.updatedAt)} · 查看进度 ›
      </Text>
    </View>
  )
}
