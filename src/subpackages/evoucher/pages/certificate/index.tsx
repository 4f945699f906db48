import { useEffect, useState } from 'react'
import { Button, Picker, Text, View } from '@tarojs/components'
import { addMonthsTo, type InsuranceCertificate } from '@/domain'
import { chinaDate } from '@/domain/filings/rules'
import { route } from '@/domain/routes'
import { useRoutePerson } from '@/app-state/use-route-person'
import { Alert } from '@/components/alert'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { PageShell } from '@/components/page-shell'
import { CERTIFICATE_WIDTH, certificateHeight, paintCertificate } from '@/features/evoucher/certificate-image'
import { Drawing } from '@/features/evoucher/components/drawing'
import '@/features/evoucher/components/evoucher.scss'
import { useEVoucher } from '@/features/evoucher/evoucher-store'
import { certificateFileName, defaultRange, monthLabel, rangeError } from '@/features/evoucher/model'
import { designLength, openPermissionSettings, saveDrawing } from '@/platform/canvas'
import { isH5 } from '@/platform/env'
import { confirm, toast } from '@/platform/feedback'
import { openRoute } from '@/platform/navigation'

const PRESETS = [
  { label: '近1年', months: 12 },
  { label: '近3年', months: 36 },
  { label: '近5年', months: 60 },
]

export default function CertificatePage() {
  const { id: personId, person } = useRoutePerson()
  const currentMonth = chinaDate(Date.now()).slice(0, 7)
  const [range, setRange] = useState(() => defaultRange(currentMonth))
  const [error, setError] = useState<string | null>(null)
  const [certificate, setCertificate] = useState<InsuranceCertificate | null>(null)
  const [image, setImage] = useState<{ drawn: boolean; dataUrl: string | null }>({ drawn: false, dataUrl: null })
  const [saving, setSaving] = useState(false)
  const issuing = useEVoucher((s) => s.issuing)
  const issueCertificate = useEVoucher((s) => s.issueCertificate)

  // Another person: the certificate on screen is not theirs.
  useEffect(() => {
    setCertificate(null)
    setError(null)
  }, [personId])

  const pick = (change: Partial<typeof range>) => {
    setRange((r) => ({ ...r, ...change }))
    setError(null)
  }

  const generate = async () => {
    if (!personId) return
    const problem = rangeError(range.fromMonth, range.toMonth, currentMonth)
    if (problem) {
      setError(problem)
      return
    }
    const result = await issueCertificate({ personId, ...range })
    if (!result.ok) {
      setError(result.message)
      return
    }
    setImage({ drawn: false, dataUrl: null })
    setCertificate(result.certificate)
  }

  const save = async () => {
    if (!certificate || saving) return
    setSaving(true)
    let result = await saveDrawing('ev-cert', image.dataUrl, certificateFileName(certificate))
    if (result === 'denied') {
      const go = await confirm({
        title: '需要相册权限',
        content: '保存参保证明图片需要您允许“保存到相册”。您之前拒绝了，可以到设置中打开后再保存。',
        confirmText: '去设置',
      })
      if (go && (await openPermissionSettings('scope.writePhotosAlbum'))) {
        result = await saveDrawing('ev-cert', image.dataUrl, certificateFileName(certificate))
      }
    }
    setSaving(false)
    if (result === 'saved') toast('已保存到相册', 'success')
    else if (result === 'downloaded') toast('图片已下载', 'success')
    else if (result === 'failed') toast('保存失败，请稍后重试')
    else if (result === 'denied') toast('未获得相册权限，图片没有保存')
  }

  const height = certificate ? certificateHeight(certificate) : 0
  const whose = person ? `${person.name}的参保证明` : '参保证明'

  return (
    <PageShell actingFor>
      <Text className='section-title'>{whose}</Text>
      <View className='card'>
        <View className='ev-chips'>
          {PRESETS.map((p) => {
            const preset = { fromMonth: addMonthsTo(currentMonth, 1 - p.months), toMonth: currentMonth }
            const on = preset.fromMonth === range.fromMonth && preset.toMonth === range.toMonth
            return (
              <Chip key={p.label} kind='radio' on={on} onTap={() => pick(preset)}>
                {p.label}
              </Chip>
            )
          })}
        </View>
        <Field label='起始月份'>
          <Picker
            mode='date'
            fields='month'
            value={range.fromMonth}
            end={currentMonth}
            onChange={(e) => pick({ fromMonth: String(e.detail.value).slice(0, 7) })}
          >
            <View
              className={`field__input ${error ? 'field__input--error' : ''}`}
              role='button'
              aria-label={`起始月份：${monthLabel(range.fromMonth)}`}
            >
              {monthLabel(range.fromMonth)}
            </View>
          </Picker>
        </Field>
        <Field label='结束月份' error={error} hint='最长5年；证明列出期间每个月的缴费情况，欠缴月份会标出。'>
          <Picker
            mode='date'
            fields='month'
            value={range.toMonth}
            end={currentMonth}
            onChange={(e) => pick({ toMonth: String(e.detail.value).slice(0, 7) })}
          >
            <View
              className={`field__input ${error ? 'field__input--error' : ''}`}
              role='button'
              aria-label={`结束月份：${monthLabel(range.toMonth)}`}
            >
              {monthLabel(range.toMonth)}
            </View>
          </Picker>
        </Field>
      </View>
      <View className='ev-actions'>
        <Button className='btn' disabled={issuing || !personId} onClick={() => void generate()}>
          {issuing ? '正在开具…' : certificate ? '重新生成' : '生成参保证明'}
        </Button>
      </View>

      {certificate && (
        <>
          <Alert tone='warn' title='演示证明'>
            本证明由随行医保演示应用生成，图片上有“演示”水印，不是官方参保证明，不能用于办事。
          </Alert>
          <Drawing
            id='ev-cert'
            width={CERTIFICATE_WIDTH}
            height={height}
            drawKey={certificate.code}
            className='ev-cert'
            boxStyle={`height: ${designLength(Math.round((690 * height) / CERTIFICATE_WIDTH))}`}
            label={`参保证明图片，验证码 ${certificate.code}`}
            failText='参保证明图片生成失败，请点“重新生成”再试'
            paint={(ctx) => paintCertificate(ctx, certificate)}
            onDrawn={(dataUrl) => setImage({ drawn: true, dataUrl })}
          />
          <View className='card'>
            <Text className='muted'>验证码</Text>
            <Text className='ev-code' selectable>
              {certificate.code}
            </Text>
          </View>
          <View className='ev-actions'>
            <Button className='btn' disabled={!image.drawn || saving} onClick={() => void save()}>
              {isH5 ? '下载图片（PNG）' : '保存到相册'}
            </Button>
            <Button className='btn secondary' onClick={() => openRoute(route('evoucherVerify', { code: certificate.code }))}>
              核验此证明
            </Button>
          </View>
        </>
      )}
      <Text className='ev-hint link' onClick={() => openRoute(route('evoucherVerify'))}>
        收到别人的参保证明？输入验证码核验 ›
      </Text>
    </PageShell>
  )
}
