import { route } from '@/domain/routes'
import { Text } from '@tarojs/components'
import { MenuList } from '@/components/menu-list'
import { PageShell } from '@/components/page-shell'

export default function ServicesPage() {
  return (
    <PageShell actingFor>
      <MenuList items={[{ title: '我的办件', description: '备案、认定等业务的办理进度，一处查看', to: route('cases') }]} />
      <Text className='section-title'>异地就医</Text>
      <MenuList
        items={[
          { title: '新增异地就医备案', description: '长期居住、转诊、急诊等六类人员', to: route('filingStart') },
          { title: '我的备案', description: '查看进度、变更或撤销备案', to: route('filingList') },
          { title: '门诊慢特病认定', description: '高血压、糖尿病等5种病，认定后门诊费用可跨省直接结算', to: route('chronicList') },
          { title: '手工报销', description: '在外省全额自费住院后，向参保地申请报销', to: route('claimsStart') },
          { title: '我的报销申请', description: '审核、核定和到账进度', to: route('claimsList') },
        ]}
      />
      <Text className='section-title'>参保关系</Text>
      <MenuList items={[{ title: '医保关系转移接续', description: '换工作到外地，职工医保跨省转移', to: route('transferStart') }]} />
      <Text className='section-title'>网点与咨询</Text>
      <MenuList
        items={[
          { title: '找网点', description: '经办机构、医保服务站、定点医院和药店', to: route('pointsList') },
          { title: '政策问答', description: '备案、报销、缴费常见问题', to: route('qaIndex') },
        ]}
      />
      <Text className='section-title'>亲情服务</Text>
      <MenuList items={[{ title: '家庭成员', description: '绑定父母等亲属，代为办理', to: route('familyList') }]} />
    </PageShell>
  )
}
