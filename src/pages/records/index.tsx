import { route } from '@/domain/routes'
import { Text } from '@tarojs/components'
import { useActingFor } from '@/app-state/session-store'
import { MenuList } from '@/components/menu-list'
import { PageShell } from '@/components/page-shell'

export default function RecordsPage() {
  const person = useActingFor()
  const params = { personId: person?.id }
  return (
    <PageShell actingFor>
      <Text className='section-title'>{person ? `${person.name}的医保记录` : '医保记录'}</Text>
      <MenuList
        items={[
          { title: '参保信息', description: '险种、参保地、参保状态', to: route('recordsInsurance', params) },
          { title: '缴费记录', description: '按年查看每月缴费和欠缴', to: route('recordsContributions', params) },
          { title: '个人账户', description: '余额和收支明细', to: route('recordsAccount', params) },
          { title: '异地就医结算记录', description: '外地住院的费用和报销', to: route('recordsSettlements', params) },
        ]}
      />
    </PageShell>
  )
}
