import { Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { INSURANCE_STATUS_LABELS, INSURANCE_TYPE_LABELS } from '@/domain'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import { updatedText, useRecordSection } from '@/features/records/use-record-section'
import { formatDateCn } from '@/lib/dates'
import { stopPullDownRefresh } from '@/platform/navigation'
import '@/features/records/components/records.scss'

export default function InsurancePage() {
  const { data, loading, error, reload, staleNote, loadedAt } = useRecordSection('insurance')
  usePullDownRefresh(() => void reload().finally(stopPullDownRefresh))

  const years = data ? `${data.contributionYears}年${data.contributionExtraMonths ? `${data.contributionExtraMonths}个月` : ''}` : ''
  return (
    <PageShell actingFor>
      <AsyncView loading={loading || (!data && !error)} error={error} onRetry={() => void reload()} empty={!data} staleNote={staleNote}>
        {data && (
          <>
            <Text className='rec-updated'>{updatedText(loadedAt)} · 下拉可刷新</Text>
            <View className='card'>
              <Text className='rec-card-title'>{data.name}</Text>
              <KeyValue label='身份证号'>{data.idNumberMasked}</KeyValue>
              <KeyValue label='险种'>
                {INSURANCE_TYPE_LABELS[data.insuranceType]}
                {data.insuranceType === 'employee' ? (data.retired ? '（退休）' : '（在职）') : ''}
              </KeyValue>
              <KeyValue label='参保地'>
                {data.insuredRegion.provinceName}
                {data.insuredRegion.cityName}
              </KeyValue>
              <KeyValue label='参保状态' tone={data.status === 'active' ? 'ok' : 'danger'}>
                {data.retired && data.status === 'active' ? '正常参保（退休后不再缴费）' : INSURANCE_STATUS_LABELS[data.status]}
              </KeyValue>
              <KeyValue label='参保日期'>{formatDateCn(data.startDate)}</KeyValue>
              <KeyValue label='累计缴费年限'>{years}</KeyValue>
              <KeyValue label='个人账户'>
                {data.accountUsable ? '可正常使用' : data.insuranceType === 'resident' ? '城乡居民医保不设个人账户' : '暂停使用'}
              </KeyValue>
            </View>
            {data.status !== 'active' && (
              <Alert tone='danger' title='医保待遇暂停'>
                <Text>连续欠缴，看病暂时不能报销。补缴后可恢复，详情请咨询参保地经办机构或拨打 12393。</Text>
              </Alert>
            )}
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
