import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import '@/components/ui.scss'

interface ChipProps {
  on: boolean
  onTap(): void
  /** radio: one of a set; checkbox: any number. */
  kind?: 'radio' | 'checkbox'
  children: ReactNode
}

/** A filter or choice chip: its state is in words and role, not only colour. */
export function Chip({ on, onTap, kind = 'checkbox', children }: ChipProps) {
  return (
    <View className={`chip ${on ? 'chip--on' : ''}`} role={kind} aria-checked={on} onClick={onTap}>
      {children}
    </View>
  )
}
