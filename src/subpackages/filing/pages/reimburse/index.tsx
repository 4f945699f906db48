import { Button, Text, View } from '@tarojs/components'
import { useActingFor } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { PageShell } from '@/components/page-shell'
import { REIMBURSE_MATERIALS, REIMBURSE_QA_ID, REIMBURSE_STEPS } from '@/features/filing/late-filing'
import { makePhoneCall } from '@/platform/device'
import { openRoute } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'
import { route } from '@/domain/routes'

/** Already discharged and paid in full: a 手工报销 case, not a 补办 filing while in hospital. */
export default function ReimbursePage() {
  const person = useActingFor()
  const insuredCity = person?.insuredRegion.cityCode
  return (
    <PageShell actingFor>
      <Alert tone='warn'>
        <Text>已经出院并全额自费结算的，医院不能再直接结算。可以按参保地规定补办备案手续，再向参保地申请手工（零星）报销。</Text>
      </Alert>
      <Text className='section-title'>怎么办</Text>
      <View className='card list-block'>
        {REIMBURSE_STEPS.map((step, i) => (
          <Text key={step} className='list-block__item'>
            {i + 1}. {step}
          </Text>
        ))}
      </View>
      <Text className='section-title'>常见材料</Text>
      <View className='card list-block'>
        {REIMBURSE_MATERIALS.map((m) => (
          <Text key={m} className='list-block__item'>
            · {m}
          </Text>
        ))}
        <Text className='muted'>以上参考衡阳市2017年公布的清单，现行材料和报销比例以参保地规定为准，可先电话咨询。</Text>
      </View>
      <Alert tone='warn'>
        <Text>还在住院、没有出院结算的，不用自费：出院结算前补办备案，联网医院就能直接结算。</Text>
        <Text className='link' onClick={() => openRoute(route('filingStart'))}>
          {'\n'}还在住院？去补办备案 ›
        </Text>
      </Alert>
      <View className='page-actions'>
        <Button className='btn' onClick={() => openRoute(route('claimsStart', { personId: person?.id }))}>
          已补办备案或属于急诊：在线申请手工报销
        </Button>
        <Button className='btn secondary' onClick={() => openRoute(route('qaEntry', { id: REIMBURSE_QA_ID }))}>
          看问答：自费结算后怎么报销
        </Button>
        <Button
          className='btn secondary'
          onClick={() => openRoute(route('pointsList', { service: 'reimbursement', cityCode: insuredCity }))}
        >
          找参保地办理手工报销的网点
        </Button>
        <Button className='btn secondary' onClick={() => void makePhoneCall('12393')}>
          拨打医保服务热线 12393
        </Button>
      </View>
    </PageShell>
  )
}
