import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { INSURANCE_STATUS_LABELS } from '@/domain'
import { route } from '@/domain/routes'
import { maskName } from '@/lib/mask'
import { useRoutePerson } from '@/app-state/use-route-person'
import { Alert } from '@/components/alert'
import { PageShell } from '@/components/page-shell'
import { personRelation } from '@/components/acting-for-bar'
import { Drawing } from '@/features/evoucher/components/drawing'
import '@/features/evoucher/components/evoucher.scss'
import { insuranceLine } from '@/features/evoucher/model'
import { paintQr, qrMatrix } from '@/features/evoucher/qr'
import { useVoucher } from '@/features/evoucher/use-voucher'
import { openRoute } from '@/platform/navigation'
import { brightenForCode } from '@/platform/screen'

const QR_SIZE = 240

export default function EVoucherCodePage() {
  const { id: personId, person } = useRoutePerson()
  const [visible, setVisible] = useState(true)
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  const { view, refresh, loading } = useVoucher(personId, visible)

  // Bright and awake while the code is on screen; put back as it was on leaving.
  useEffect(() => {
    if (!visible) return
    let restore: (() => void) | null = null
    let left = false
    void brightenForCode().then((r) => (left ? r() : (restore = r)))
    return () => {
      left = true
      restore?.()
    }
  }, [visible])

  const other = person !== null && person.relation !== 'self'
  const whose = person ? (other ? `${person.name}（${personRelation(person)}）的医保码` : `${person.name}的医保码`) : '医保码'

  return (
    <PageShell actingFor>
      <Text className={`ev-whose ${other ? 'ev-whose--other' : ''}`} role='heading' aria-level={1}>
        {whose}
        {other && <Text className='ev-whose__note'>亲情码：您正在替{person.name}出示，请交给医院或药店扫码</Text>}
      </Text>

      <View className='card ev-card'>
        {view.kind === 'live' && (
          <>
            <Text className='ev-card__name'>{maskName(view.voucher.name)}</Text>
            <Text className='ev-card__line'>身份证 {view.voucher.idNumberMasked}</Text>
            <Text className='ev-card__line'>{insuranceLine(view.voucher)}</Text>
          </>
        )}
        <View className='ev-qr-box'>
          {view.kind === 'live' ? (
            <Drawing
              id='ev-qr'
              width={QR_SIZE}
              height={QR_SIZE}
              drawKey={view.voucher.token}
              className='ev-qr'
              label={`${whose}二维码，${view.secondsLeft}秒后刷新`}
              failText='二维码绘制失败，请点“刷新”重试'
              paint={(ctx, w) => paintQr(ctx, qrMatrix(view.voucher.token), 0, 0, w)}
            />
          ) : view.kind === 'expired' ? (
            <View className='ev-qr-state' role='status'>
              <Text className='ev-qr-state__title'>已过期</Text>
              <Text>{view.refreshing ? '正在刷新…' : '此码已失效，请点“刷新”获取新码'}</Text>
            </View>
          ) : view.kind === 'loading' ? (
            <View className='ev-qr-state' role='status'>
              <Text className='ev-qr-state__title'>正在生成医保码…</Text>
            </View>
          ) : (
            <View className='ev-qr-state ev-qr-state--danger' role='alert'>
              <Text className='ev-qr-state__title'>{view.kind === 'offline' ? '网络未连接' : '医保码生成失败'}</Text>
              <Text>{view.message}</Text>
            </View>
          )}
        </View>
        {view.kind === 'live' ? (
          <Text className='ev-countdown' aria-live='polite'>
            <Text className='ev-countdown__n'>{view.secondsLeft}</Text> 秒后自动刷新
          </Text>
        ) : (
          <Text className='ev-countdown'>二维码每60秒自动刷新</Text>
        )}
      </View>

      {view.kind === 'live' && view.voucher.insuranceStatus !== 'active' && (
        <Alert tone='danger' title={`参保状态：${INSURANCE_STATUS_LABELS[view.voucher.insuranceStatus]}`}>
          医保待遇暂停期间，出示医保码也可能无法结算，请先到参保地经办机构补缴或咨询 12393。
        </Alert>
      )}

      <View className='ev-actions'>
        <Button className='btn' disabled={loading} onClick={refresh}>
          {loading ? '正在刷新…' : '刷新'}
        </Button>
        <Button className='btn secondary' onClick={() => openRoute(route('evoucherCertificate', { personId: personId ?? undefined }))}>
          开具参保证明
        </Button>
      </View>
      <Text className='ev-hint'>
        请在医院、药店结算时出示。医保码每60秒更换一次、扫过即失效，截图无效；请勿发给他人。演示应用的医保码不能在真实医院使用。
      </Text>
    </PageShell>
  )
}
