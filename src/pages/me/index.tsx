import { route } from '@/domain/routes'
import { Switch, Text, View } from '@tarojs/components'
import { INSURANCE_TYPE_LABELS } from '@/domain'
import { useCareMode } from '@/app-state/care-mode-store'
import { useSession } from '@/app-state/session-store'
import { MenuList } from '@/components/menu-list'
import { PageShell } from '@/components/page-shell'
import { useUnreadCount } from '@/features/messages/messages-store'
import './index.scss'

export default function MePage() {
  const self = useSession((s) => s.profile?.self)
  const relatives = useSession((s) => (s.profile?.actable.length ?? 1) - 1)
  const unread = useUnreadCount()
  const care = useCareMode((s) => s.enabled)
  const setCare = useCareMode((s) => s.setEnabled)

  return (
    <PageShell>
      {self && (
        <View className='card me-profile'>
          <Text className='me-profile__name'>{self.name}</Text>
          <Text className='me-profile__line'>身份证 {self.idNumberMasked}</Text>
          <Text className='me-profile__line'>手机 {self.phoneMasked}</Text>
          <Text className='me-profile__line'>
            {self.insuredRegion.provinceName}
            {self.insuredRegion.cityName} · {INSURANCE_TYPE_LABELS[self.insuranceType]}
          </Text>
        </View>
      )}

      <View className='card me-care'>
        <View className='me-care__text'>
          <Text className='me-care__title'>关怀模式</Text>
          <Text className='me-care__desc'>字号更大、按钮更大、对比更清晰</Text>
        </View>
        <Switch
          className='me-care__switch'
          checked={care}
          color='#1a5fd0'
          aria-label='关怀模式'
          onChange={(e) => setCare(e.detail.value)}
        />
      </View>

      <MenuList
        items={[
          {
            title: '家庭成员',
            description: relatives > 0 ? `已绑定 ${relatives} 位亲属` : '绑定亲属，代为办理',
            to: route('familyList'),
          },
          {
            title: '消息中心',
            description: unread > 0 ? `${unread} 条未读` : '备案结果、到账提醒',
            to: route('messages'),
          },
          { title: '我的办件', description: '备案、认定等办理进度', to: route('cases') },
          { title: '我的备案', to: route('filingList') },
          { title: '医保码', description: '看病买药时出示（医保电子凭证）', to: route('evoucherCode') },
          { title: '参保证明', description: '生成带验证码的参保证明图片', to: route('evoucherCertificate') },
        ]}
      />
      <MenuList items={[{ title: '开发者设置', description: '模拟网络故障、重置演示数据', to: route('devSettings') }]} />
    </PageShell>
  )
}
