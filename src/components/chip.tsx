import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import '@/components/ui.scss'

interface ChipProps {
  on: boolean
  /** Without it the chip only shows a fact (e.g. a settlement kind on a card): no role, nothing to tap. */
  onTap?(): void
  /** radio: one of a set; checkbox: any number; button: an action shaped as a chip (清除筛选), with no on/off state. */
  kind?: 'radio' | 'checkbox' | 'button'
  /** A compact chip for dense rows such as list cards. */
  small?: boolean
  children: ReactNode
}

/** A filter or choice chip: its state is in words and role, not only colour. */
export function Chip({ on, onTap, kind = 'checkbox', small = false, children }: ChipProps) {
  const className = `chip ${on ? 'chip--on' : ''} ${small ? 'chip--small' : ''}`
  if (!onTap) return <View className={className}>{children}</View>
  return (
    <View className={className} role={kind} aria-checked={kind === 'button' ? undefined : on} onClick={onTap}>
      {children}
    </View>
  )
}
