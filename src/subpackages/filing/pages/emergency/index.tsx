import { route } from '@/domain/routes'
import { Button, Text, View } from '@tarojs/components'
import { useActingFor } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { PageShell } from '@/components/page-shell'
import { COVERAGE_RULES } from '@/domain/coverage'
import { EMERGENCY_POINTS } from '@/features/filing/late-filing'
import { openRoute } from '@/platform/navigation'
import '@/subpackages/filing/pages/filing-pages.scss'

export default function EmergencyPage() {
  const person = useActingFor()
  return (
    <PageShell actingFor>
      <Alert tone='ok'>
        <Text>急诊抢救视同已备案：先救人，不用先办备案。</Text>
      </Alert>
      <View className='card list-block'>
        {EMERGENCY_POINTS.map((p) => (
          <Text key={p} className='list-block__item'>
            · {p}
          </Text>
        ))}
      </View>
      <Text className='section-title'>需要注意</Text>
      <View className='card list-block'>
        {[COVERAGE_RULES['injury-no-third-party'], COVERAGE_RULES['injury-third-party'], COVERAGE_RULES.networked].map(({ text: p }) => (
          <Text key={p} className='list-block__item'>
            · {p}
          </Text>
        ))}
      </View>
      <View className='page-actions'>
        <Button className='btn' onClick={() => openRoute(route('filingForm', { category: 'emergency', personId: person?.id ?? '' }))}>
          办理急诊备案（可选）
        </Button>
        <Button
          className='btn secondary'
          onClick={() => openRoute(route('claimsForm', { basis: 'emergency', personId: person?.id ?? '' }))}
        >
          已经自费出院了？申请手工报销
        </Button>
      </View>
    </PageShell>
  )
}
