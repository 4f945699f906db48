import { Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { messages } from '@/features/messages/messages-store'
import { formatInstantCn } from '@/lib/dates'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import './index.scss'

export default function MessagesPage() {
  const { data, loading, error } = messages.list.useEntry([])
  const items = data ?? []

  useDidShow(() => {
    void messages.load().then(messages.markAllRead)
  })
  usePullDownRefresh(async () => {
    await messages.load()
    stopPullDownRefresh()
  })

  return (
    <PageShell>
      <AsyncView loading={loading} error={error} onRetry={() => void messages.load()} empty={items.length === 0} emptyText='暂无消息'>
        {items.map((m) => (
          <View key={m.id} className={`card message ${m.read ? '' : 'message--unread'}`} onClick={() => m.link && openRoute(m.link)}>
            <View className='message__head'>
              <Text className='message__title'>{m.title}</Text>
              <Text className='message__time'>{formatInstantCn(m.createdAt)}</Text>
            </View>
            <Text className='message__body'>{m.body}</Text>
            {m.link && <Text className='message__link'>查看详情 ›</Text>}
          </View>
        ))}
      </AsyncView>
    </PageShell>
  )
}
