import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { route } from '@/domain/routes'
import { useRoutePerson } from '@/app-state/use-route-person'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { chronic, useQualificationOverview } from '@/features/chronic/chronic-store'
import { diseaseLine, diseaseName, QUALIFICATION_MEANING, statusLabel, statusTone } from '@/features/chronic/model'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import '@/subpackages/chronic/pages/chronic-pages.scss'

/** The start page: the five national diseases, the person's status for each, and what a qualification means. */
export default function ChronicListPage() {
  const { id: personId } = useRoutePerson()
  const { data: overview, error, loading } = useQualificationOverview(personId)
  const reload = () => (personId ? chronic.overview.load(personId) : Promise.resolve())
  useDidShow(() => void reload())
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))

  return (
    <PageShell actingFor>
      <Alert tone='info' title='门诊慢特病认定有什么用'>
        <View className='chronic-para'>{QUALIFICATION_MEANING.text}</View>
        <View className='chronic-para'>{QUALIFICATION_MEANING.where}</View>
        <View className='chronic-para muted'>依据：{QUALIFICATION_MEANING.source}</View>
      </Alert>
      <AsyncView loading={loading && !overview} error={overview ? null : error} onRetry={() => void reload()}>
        {overview && (
          <>
            <Text className='section-title'>
              {overview.personName}的认定情况（参保地：{overview.insuredRegion.cityName || overview.insuredRegion.provinceName}）
            </Text>
            <View className='card'>
              {overview.diseases.map((d) => (
                <View key={d.disease} className='chronic-disease' data-testid='chronic-disease'>
                  <View className='chronic-disease__head'>
                    <Text className='chronic-disease__name'>{diseaseName(d.disease)}</Text>
                    <Text className={`tag ${statusTone(d.status)}`}>{statusLabel(d.status)}</Text>
                  </View>
                  <Text className='muted'>{diseaseLine(d)}</Text>
                  <View className='chronic-disease__actions'>
                    {(d.status === 'none' || d.status === 'rejected') && (
                      <Button
                        className='btn'
                        onClick={() => openRoute(route('chronicApply', { personId: overview.personId, disease: d.disease }))}
                      >
                        {d.status === 'rejected' ? `重新申请${diseaseName(d.disease)}认定` : `申请${diseaseName(d.disease)}认定`}
                      </Button>
                    )}
                    {d.latest && (
                      <Text className='chronic-link' role='link' onClick={() => openRoute(route('chronicDetail', { id: d.latest!.id }))}>
                        查看办理进度 ›
                      </Text>
                    )}
                  </View>
                </View>
              ))}
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
