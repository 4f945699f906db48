import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '@/components/ui.scss'

interface KeyValueProps {
  label: string
  /** Shows the value as a status tag in this tone (参保状态: 正常参保 / 暂停). */
  tone?: 'ok' | 'warn' | 'danger' | 'gray'
  children: ReactNode
}

/** One labelled value in a detail card (参保地, 缴费月数, 有效期…). */
export function KeyValue({ label, tone, children }: KeyValueProps) {
  return (
    <View className='kv'>
      <Text className='kv__k'>{label}</Text>
      <Text className={tone ? `kv__v tag ${tone}` : 'kv__v'}>{children}</Text>
    </View>
  )
}
