import { Button, Text, View } from '@tarojs/components'
import type { PropsWithChildren, ReactNode } from 'react'
import './async-view.scss'

interface AsyncViewProps {
  loading: boolean
  error: string | null
  onRetry?: () => void
  empty?: boolean
  emptyText?: ReactNode
  /** Shown above the content when the content is an older copy (offline). */
  staleNote?: string | null
}

/** One way to show loading, error (with retry), empty and stale states. */
export function AsyncView({ loading, error, onRetry, empty, emptyText, staleNote, children }: PropsWithChildren<AsyncViewProps>) {
  const hasContent = !empty
  if (error && !hasContent) {
    return (
      <View className='async-view async-view--error' role='alert'>
        <Text className='async-view__title'>加载失败</Text>
        <Text className='async-view__text'>{error}</Text>
        {onRetry && (
          <Button className='btn async-view__retry' onClick={onRetry}>
            重试
          </Button>
        )}
      </View>
    )
  }
  if (loading && !hasContent) {
    return (
      <View className='async-view' aria-busy='true'>
        <View className='async-view__skeleton' />
        <View className='async-view__skeleton async-view__skeleton--short' />
        <View className='async-view__skeleton' />
        <Text className='async-view__text'>加载中…</Text>
      </View>
    )
  }
  if (empty) {
    return (
      <View className='async-view'>
        <Text className='async-view__text'>{emptyText ?? '暂无记录'}</Text>
      </View>
    )
  }
  return (
    <>
      {(staleNote || error) && (
        <View className='async-view__banner' role='status'>
          <Text>{staleNote ?? `${error}，显示的是上次加载的内容`}</Text>
          {onRetry && (
            <Text className='async-view__banner-retry' onClick={onRetry}>
              重试
            </Text>
          )}
        </View>
      )}
      {children}
    </>
  )
}
