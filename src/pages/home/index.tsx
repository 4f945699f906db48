import { route } from '@/domain/routes'
import { useEffect } from 'react'
import { Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { INSURANCE_TYPE_LABELS } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { PageShell } from '@/components/page-shell'
import { MenuList } from '@/components/menu-list'
import { messages, useUnreadCount } from '@/features/messages/messages-store'
import { makePhoneCall } from '@/platform/device'
import { whenIdle } from '@/platform/idle'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import './index.scss'

const CAPABILITIES = [
  { key: 'points', mark: '网', title: '找网点', desc: '附近经办机构、服务站', to: route('pointsList') },
  { key: 'filing', mark: '备', title: '异地就医备案', desc: '新办、查进度、撤销', to: route('filingStart') },
  { key: 'records', mark: '查', title: '查记录', desc: '缴费、个人账户', to: route('records') },
  { key: 'qa', mark: '问', title: '政策问答', desc: '常见问题一搜就懂', to: route('qaIndex') },
]

export default function HomePage() {
  const profile = useSession((s) => s.profile)
  const status = useSession((s) => s.status)
  const unread = useUnreadCount()
  const refreshUnread = messages.refreshUnread

  useDidShow(() => {
    if (status === 'ready') whenIdle(() => void refreshUnread())
  })
  usePullDownRefresh(async () => {
    await Promise.all([useSession.getState().refreshProfile(), refreshUnread()])
    stopPullDownRefresh()
  })
  useEffect(() => {
    // The badge is secondary: fetched once the greeting and entries are on screen.
    if (status === 'ready') whenIdle(() => void refreshUnread())
  }, [status, refreshUnread])

  const self = profile?.self
  return (
    <PageShell actingFor>
      <View className='home-hero'>
        <View className='home-hero__top'>
          <View className='home-hero__who'>
            <Text className='home-hero__hello'>{self ? `您好，${self.name}` : '您好'}</Text>
            {self && (
              <Text className='home-hero__meta'>
                {self.insuredRegion.cityName} · {INSURANCE_TYPE_LABELS[self.insuranceType]}
              </Text>
            )}
          </View>
          <View className='home-hero__bell' onClick={() => openRoute(route('messages'))}>
            <Text className='home-hero__bell-text'>消息</Text>
            {unread > 0 && (
              <Text className='home-hero__badge' aria-label={`${unread}条未读消息`}>
                {unread > 99 ? '99+' : unread}
              </Text>
            )}
          </View>
        </View>
      </View>

      <View className='home-code' hoverClass='home-code--pressed' role='button' onClick={() => openRoute(route('evoucherCode'))}>
        <Text className='home-code__mark'>码</Text>
        <View className='home-code__text'>
          <Text className='home-code__title'>医保码</Text>
          <Text className='home-code__desc'>看病买药出示 · 可出示家人的亲情码</Text>
        </View>
      </View>

      <View className='home-grid'>
        {CAPABILITIES.map((c) => (
          <View key={c.key} className={`home-entry home-entry--${c.key}`} hoverClass='home-entry--pressed' onClick={() => openRoute(c.to)}>
            <Text className='home-entry__mark'>{c.mark}</Text>
            <Text className='home-entry__title'>{c.title}</Text>
            <Text className='home-entry__desc'>{c.desc}</Text>
          </View>
        ))}
      </View>

      <Text className='section-title'>常用服务</Text>
      <MenuList
        items={[
          { title: '我的办件', description: '备案、认定等业务的办理进度', to: route('cases') },
          { title: '家庭成员', description: '为父母等亲属代办业务', to: route('familyList') },
          { title: '医保服务热线 12393', description: '医保问题可以打这个电话咨询', onClick: () => void makePhoneCall('12393') },
        ]}
      />
    </PageShell>
  )
}
