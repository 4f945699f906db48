import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '@/components/ui.scss'

interface AlertProps {
  /** danger: something failed or is refused; warn: read before going on; ok: done; info: good to know. */
  tone?: 'danger' | 'warn' | 'ok' | 'info'
  title?: string
  children: ReactNode
  onClick?: () => void
}

/** The one notice box. Refusals and failures are announced (role alert); the rest are notes. */
export function Alert({ tone = 'warn', title, children, onClick }: AlertProps) {
  return (
    <View className={`alert alert--${tone}`} role={tone === 'danger' ? 'alert' : 'note'} onClick={onClick}>
      {title && <Text className='alert__title'>{title}</Text>}
      <View className='alert__body'>{children}</View>
    </View>
  )
}
