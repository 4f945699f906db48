import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '@/components/ui.scss'

/** One labelled value in a detail card (参保地, 缴费月数, 有效期…). */
export function KeyValue({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className='kv'>
      <Text className='kv__k'>{label}</Text>
      <Text className='kv__v'>{children}</Text>
    </View>
  )
}
