import { Button, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { REIMBURSE_MATERIALS, REIMBURSE_STEPS } from '@/features/filing/model'
import { makePhoneCall } from '@/platform/device'
import { openRoute } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

export default function ReimbursePage() {
  return (
    <PageShell actingFor>
      <View className='card notice'>
        <Text>已经全自费出院结算的，可以先补办备案，再回参保地申请手工报销。</Text>
      </View>
      <Text className='section-title'>怎么办</Text>
      <View className='card list-block'>
        {REIMBURSE_STEPS.map((step, i) => (
          <Text key={step} className='list-block__item'>
            {i + 1}. {step}
          </Text>
        ))}
      </View>
      <Text className='section-title'>要带的材料</Text>
      <View className='card list-block'>
        {REIMBURSE_MATERIALS.map((m) => (
          <Text key={m} className='list-block__item'>
            · {m}
          </Text>
        ))}
        <Text className='muted'>具体材料和报销比例以参保地规定为准，可先电话咨询。</Text>
      </View>
      <View className='page-actions'>
        <Button className='btn' onClick={() => openRoute('/subpackages/filing/pages/start/index')}>
          先补办备案
        </Button>
        <Button className='btn secondary' onClick={() => openRoute('/subpackages/points/pages/list/index')}>
          找参保地经办网点
        </Button>
        <Button className='btn secondary' onClick={() => void makePhoneCall('12393')}>
          拨打医保服务热线 12393
        </Button>
      </View>
    </PageShell>
  )
}
