import { Text, View } from '@tarojs/components'
import type { Region } from '@/domain'
import { COVERAGE_KIND_LABELS, DIRECT_KINDS } from '@/domain/coverage'
import { chinaDate } from '@/domain/filings/rules'
import { regionLabel } from '@/domain/region-label'
import { route } from '@/domain/routes'
import { useQualifications } from '@/features/chronic/chronic-store'
import { qualifiedDiseases, settlesAtLine } from '@/features/chronic/model'
import { openRoute } from '@/platform/navigation'

interface FilingQualificationsProps {
  personId: string
  destination: Region
}

/**
 * On a filing's detail page: the person's 门诊慢特病 qualifications as what they can settle in the 就医地
 * ("在<就医地>可直接结算<病种>门诊费用"), and links to the institutions there that settle each kind.
 */
export function FilingQualifications({ personId, destination }: FilingQualificationsProps) {
  const { data: apps } = useQualifications()
  const diseases = qualifiedDiseases(apps ?? [], personId, chinaDate(Date.now()))
  const place = regionLabel(destination)
  const cityCode = destination.cityCode || undefined
  return (
    <View className='card list-block' data-testid='filing-qualifications'>
      {diseases.length > 0 && <Text className='list-block__title'>门诊慢特病</Text>}
      {diseases.map((d) => (
        <Text
          key={d}
          className='list-block__item link'
          role='link'
          onClick={() => openRoute(route('pointsList', { cityCode, settlement: 'chronic', disease: d }))}
        >
          ✓ {settlesAtLine(destination, d)} ›
        </Text>
      ))}
      {diseases.length === 0 && (
        <Text className='list-block__item link' role='link' onClick={() => openRoute(route('chronicList', { personId }))}>
          高血压、糖尿病等门诊慢特病，需先办理认定才能在{place}直接结算门诊费用：去办理认定 ›
        </Text>
      )}
      <Text className='list-block__title'>查找{place}开通直接结算的医院</Text>
      {DIRECT_KINDS.map((k) => (
        <Text
          key={k}
          className='list-block__item link'
          role='link'
          onClick={() => openRoute(route('pointsList', { cityCode, settlement: k }))}
        >
          {place}可直接结算{COVERAGE_KIND_LABELS[k]}的医院 ›
        </Text>
      ))}
    </View>
  )
}
