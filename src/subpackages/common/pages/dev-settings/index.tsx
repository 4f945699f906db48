import { useEffect, useState } from 'react'
import { Button, Switch, Text, View } from '@tarojs/components'
import { devControls as connectDevControls, FAULT_PRESET_LABELS, type DevControls, type DevSettings, type FaultPreset } from '@/backend'
import { useSession } from '@/app-state/session-store'
import { PageShell } from '@/components/page-shell'
import { errorMessage, INSURANCE_STATUS_LABELS, type ActablePerson } from '@/domain'
import { confirm, toast } from '@/platform/feedback'
import './index.scss'

const PRESETS = Object.keys(FAULT_PRESET_LABELS) as FaultPreset[]

export default function DevSettingsPage() {
  // undefined while connecting, null with a real backend.
  const [controls, setControls] = useState<DevControls | null | undefined | 'failed'>(undefined)
  useEffect(() => {
    connectDevControls().then(setControls, () => setControls('failed'))
  }, [])
  return (
    <PageShell>
      {controls === undefined ? (
        <Text className='dev-note'>正在连接…</Text>
      ) : controls === 'failed' ? (
        <Text className='dev-note'>连接失败，请检查网络后重新打开本页。</Text>
      ) : controls ? (
        <MockSettings devControls={controls} />
      ) : (
        <Text className='dev-note'>当前连接的是真实后端，没有可调的模拟设置。</Text>
      )}
    </PageShell>
  )
}

function MockSettings({ devControls }: { devControls: DevControls }) {
  const [settings, setSettings] = useState<DevSettings>(() => devControls.settings())
  const actable = useSession((s) => s.profile?.actable)
  // Re-mounts the switches after a cancelled confirm, so a switch never shows a state that was not applied.
  const [round, setRound] = useState(0)

  const update = (next: DevSettings) => {
    setSettings(next)
    devControls.save(next)
  }
  const togglePreset = (preset: FaultPreset, on: boolean) =>
    update({ ...settings, presets: on ? [...settings.presets, preset] : settings.presets.filter((p) => p !== preset) })

  const reset = async () => {
    const ok = await confirm({
      title: '重置演示数据',
      content: '将清除所有备案、绑定和消息，恢复为初始演示数据。',
      confirmText: '重置',
      danger: true,
    })
    if (!ok) return
    devControls.resetDemoData()
    await useSession.getState().signIn()
    toast('已重置', 'success')
  }

  /** A 参保状态 change as the 参保地 would record it: suspending ends the person's long-term filings. */
  const setSuspended = async (personId: string, name: string, suspended: boolean) => {
    if (suspended) {
      const ok = await confirm({
        title: `模拟${name}停保`,
        content: `${name}的参保状态将变为“${INSURANCE_STATUS_LABELS.suspended}”：已有的长期异地就医备案会终止并收到消息，停保期间不能办理备案。`,
        confirmText: '模拟停保',
        danger: true,
      })
      if (!ok) {
        setRound((r) => r + 1)
        return
      }
    }
    await devControls.setInsuranceStatus(personId, suspended ? 'suspended' : 'active')
    await useSession.getState().refreshProfile()
    toast(suspended ? '已模拟停保' : '已恢复参保', 'success')
  }
  const discharge = async () => {
    const settled = await devControls.dischargeStaysNow()
    toast(settled > 0 ? `已出院结算 ${settled} 次住院` : '没有可以出院结算的住院（审核中的备案需先通过）')
  }
  const outpatient = async (person: ActablePerson) => {
    try {
      await devControls.simulateOutpatientVisit(person.id)
      toast(`已为${person.name}模拟一次门诊结算`, 'success')
    } catch (error) {
      toast(errorMessage(error))
    }
  }

  return (
    <>
      <Text className='section-title'>模拟网络（仅演示后端）</Text>
      {devControls.urlOverrides && <Text className='dev-note'>网址中带有 ?mock= 参数，每次从该网址打开都以参数为准。</Text>}
      <View className='card dev-list'>
        {PRESETS.map((preset) => (
          <View key={preset} className='dev-row'>
            <Text className='dev-row__label'>{FAULT_PRESET_LABELS[preset]}</Text>
            <Switch
              checked={settings.presets.includes(preset)}
              color='#1a5fd0'
              aria-label={FAULT_PRESET_LABELS[preset]}
              onChange={(e) => togglePreset(preset, e.detail.value)}
            />
          </View>
        ))}
      </View>
      <Text className='section-title'>会话</Text>
      <View className='card dev-list'>
        <View className='dev-row'>
          <Text className='dev-row__label'>登录 30 秒后过期（演示过期重新登录）</Text>
          <Switch
            checked={settings.sessionTtlSec === 30}
            color='#1a5fd0'
            aria-label='登录 30 秒后过期'
            onChange={(e) => update({ ...settings, sessionTtlSec: e.detail.value ? 30 : null })}
          />
        </View>
      </View>
      <Text className='section-title'>参保状态（模拟参保地记录变更）</Text>
      <View className='card dev-list'>
        {(actable ?? []).map((person) => (
          <View key={`${person.id}-${round}`} className='dev-row'>
            <Text className='dev-row__label'>
              {person.name}停保（当前：{INSURANCE_STATUS_LABELS[person.insuranceStatus ?? 'active']}）
            </Text>
            <Switch
              checked={(person.insuranceStatus ?? 'active') !== 'active'}
              color='#1a5fd0'
              aria-label={`${person.name}停保`}
              onChange={(e) => void setSuspended(person.id, person.name, e.detail.value)}
            />
          </View>
        ))}
      </View>
      <Text className='section-title'>模拟就医（仅演示后端）</Text>
      <Text className='dev-note'>
        补办备案后住院会在几分钟后（“无延迟”时几秒后）自动出院结算；这里可以立即出院结算，或模拟一次异地普通门诊结算。
      </Text>
      <View className='card dev-list'>
        <View className='dev-row'>
          <Text className='dev-row__label'>在院的住院立即出院结算</Text>
          <Button className='btn secondary dev-row__button' size='mini' onClick={() => void discharge()}>
            出院结算
          </Button>
        </View>
        {(actable ?? []).map((person) => (
          <View key={person.id} className='dev-row'>
            <Text className='dev-row__label'>{person.name}：模拟一次异地门诊结算</Text>
            <Button className='btn secondary dev-row__button' size='mini' onClick={() => void outpatient(person)}>
              门诊结算
            </Button>
          </View>
        ))}
      </View>
      <View className='dev-actions'>
        <Button className='btn danger' onClick={() => void reset()}>
          重置演示数据
        </Button>
      </View>
    </>
  )
}
