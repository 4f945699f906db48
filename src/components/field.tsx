import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import '@/components/ui.scss'

interface FieldProps {
  label: string
  /** The field's error in Chinese, shown and announced next to it. */
  error?: string | null
  hint?: string
  /** The label is only for screen readers, where the field speaks for itself (a large code box). */
  labelHidden?: boolean
  /** A control on the label's line, such as a switch that is the whole answer. */
  aside?: ReactNode
  children?: ReactNode
}

/** A labelled form field with its hint and its error, the same on every form. */
export function Field({ label, error, hint, labelHidden = false, aside, children }: FieldProps) {
  return (
    <View className={`field ${error ? 'field--error' : ''}`} aria-label={label}>
      {aside ? (
        <View className='field__head'>
          <Text className='field__label'>{label}</Text>
          {aside}
        </View>
      ) : (
        <Text className={labelHidden ? 'sr-only' : 'field__label'}>{label}</Text>
      )}
      {children}
      {hint && !error && <Text className='field__help'>{hint}</Text>}
      {error && (
        <View className='field-error' role='alert' aria-live='assertive'>
          {error}
        </View>
      )}
    </View>
  )
}
