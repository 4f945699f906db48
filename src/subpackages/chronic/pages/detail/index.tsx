import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { QUALIFICATION_STATUS_LABELS } from '@/domain'
import { route } from '@/domain/routes'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import { chronic } from '@/features/chronic/chronic-store'
import { diseaseName, proofLabel, QUALIFICATION_MEANING, statusLabel, statusTone, validityText } from '@/features/chronic/model'
import { formatInstantCn } from '@/lib/dates'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import '@/subpackages/chronic/pages/chronic-pages.scss'

/** While a review runs, look again every few seconds: the result may arrive while the page is open. */
const POLL_MS = 3000

/** One application: status, validity or reason, the proof sent, the timeline, and what to do next. */
export default function ChronicDetailPage() {
  const id = routeParams().id ?? ''
  const { data: app, error } = chronic.byId.useEntry([id])
  const load = () => chronic.byId.load(id)
  useDidShow(() => void load())
  usePullDownRefresh(() => void load().finally(stopPullDownRefresh))
  const reviewing = app?.status === 'reviewing'
  useEffect(() => {
    if (!reviewing) return
    const timer = setInterval(() => void chronic.byId.load(id), POLL_MS)
    return () => clearInterval(timer)
  }, [reviewing, id])

  return (
    <PageShell>
      <AsyncView loading={!app && !error} error={app ? null : error} onRetry={() => void load()}>
        {app && (
          <>
            <View className='card'>
              <View className='row' style={{ justifyContent: 'space-between' }}>
                <Text className='chronic-title'>{diseaseName(app.disease)}</Text>
                <Text className={`tag ${statusTone(app.status)}`}>{statusLabel(app.status)}</Text>
              </View>
              <Text className='muted'>门诊慢特病认定</Text>
              <KeyValue label='申请人'>{app.personName}</KeyValue>
              <KeyValue label='参保地'>{app.insuredRegion.cityName || app.insuredRegion.provinceName}</KeyValue>
              {app.status === 'approved' && <KeyValue label='有效期'>{validityText(app)}</KeyValue>}
              <KeyValue label='材料'>{app.materials.map((m) => `${proofLabel(m.kind)} ${m.files.length}张`).join('；')}</KeyValue>
              <KeyValue label='申请编号'>{app.id}</KeyValue>
            </View>
            {app.status === 'approved' && (
              <Alert tone='ok' title={`已认定${diseaseName(app.disease)}门诊慢特病资格`}>
                <View className='chronic-para'>{QUALIFICATION_MEANING.text}</View>
                <View className='chronic-para muted'>依据：{QUALIFICATION_MEANING.source}</View>
              </Alert>
            )}
            {app.status === 'reviewing' && (
              <Alert tone='warn' title='审核中'>
                参保地医保经办机构正在审核，结果会通过消息通知，也可以在这里查看。
              </Alert>
            )}
            {app.status === 'rejected' && (
              <Alert tone='danger' title='未通过'>
                <View className='chronic-para'>原因：{app.rejectReason}</View>
                <View className='chronic-para'>可以重新拍摄清晰的材料后再次申请。</View>
              </Alert>
            )}
            <Text className='section-title'>办理进度</Text>
            <View className='card'>
              {app.history.map((e, i) => (
                <View key={i} className='chronic-step'>
                  <Text className='chronic-step__label'>
                    {i === 0 ? '已提交申请' : QUALIFICATION_STATUS_LABELS[e.status]} · {formatInstantCn(e.at)}
                  </Text>
                  {e.note && <Text className='muted'>{e.note}</Text>}
                  {e.actorName && <Text className='muted'>由 {e.actorName} 代办</Text>}
                </View>
              ))}
            </View>
            <View className='chronic-actions'>
              {app.status === 'approved' && (
                <Button className='btn' onClick={() => openRoute(route('pointsList', { disease: app.disease }))}>
                  查找可直接结算{diseaseName(app.disease)}的医院
                </Button>
              )}
              {app.status === 'rejected' && (
                <Button className='btn' onClick={() => openRoute(route('chronicApply', { personId: app.personId, disease: app.disease }))}>
                  重新申请
                </Button>
              )}
              <Button className='btn secondary' onClick={() => openRoute(route('chronicList', { personId: app.personId }))}>
                查看全部病种
              </Button>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
