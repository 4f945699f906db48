import { route } from '@/domain/routes'
import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { FAMILY_RULES } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { Field } from '@/components/field'
import { PageShell } from '@/components/page-shell'
import '@/features/family/components/family.scss'
import { useFamily } from '@/features/family/family-store'
import { challengeView, cleanCode } from '@/features/family/model'
import { toast } from '@/platform/feedback'
import { goBack, redirectRoute, routeParams } from '@/platform/navigation'
import './index.scss'

/** Ticks once a second, for the resend and expiry countdowns. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [])
  return now
}

export default function ConfirmBindingPage() {
  const [bindingId] = useState(() => routeParams().bindingId ?? '')
  const ready = useSession((s) => s.status === 'ready')
  const challenge = useFamily((s) => s.challenges[bindingId])
  const member = useFamily((s) => s.members.find((m) => m.bindingId === bindingId))
  const loaded = useFamily((s) => s.loaded)
  const load = useFamily((s) => s.load)
  const resend = useFamily((s) => s.resend)
  const confirm = useFamily((s) => s.confirm)
  const now = useNow()
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [lockedUntil, setLockedUntil] = useState<number | null>(null)
  const [gone, setGone] = useState(false)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (ready && !loaded) void load()
  }, [ready, loaded, load])

  const view = challenge ? challengeView(challenge, now) : null
  const locked = lockedUntil !== null && lockedUntil > now
  const name = member?.name ?? '家人'

  const submit = async () => {
    if (code.length !== FAMILY_RULES.codeLength) {
      setError('请输入6位数字验证码')
      return
    }
    setBusy(true)
    const result = await confirm(bindingId, code)
    setBusy(false)
    if (result.ok) {
      toast('绑定成功', 'success')
      redirectRoute(route('familyMember', { bindingId: bindingId }))
      return
    }
    setCode('')
    setError(result.message)
    if (result.lockedUntil) setLockedUntil(result.lockedUntil)
    if (result.gone) setGone(true)
  }

  const again = async () => {
    setBusy(true)
    const result = await resend(bindingId)
    setBusy(false)
    if (result.ok) {
      setError(null)
      setLockedUntil(null)
      setCode('')
      toast('验证码已重新发送')
    } else {
      setError(result.message)
      if (result.lockedUntil) setLockedUntil(result.lockedUntil)
    }
  }

  if (!bindingId || gone || (loaded && !member && !challenge) || member?.status === 'unbound') {
    return (
      <PageShell>
        <Alert tone='danger'>
          <Text>{error ?? '该绑定申请已失效，请重新添加家庭成员。'}</Text>
        </Alert>
        <View className='family-actions'>
          <Button className='btn' onClick={() => redirectRoute(route('familyAdd'))}>
            重新添加
          </Button>
        </View>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <View className='card confirm-head'>
        <Text className='confirm-head__title'>请{name}本人确认</Text>
        <Text className='confirm-head__text'>
          {challenge
            ? `验证码已发送至${name}在医保登记的手机 ${challenge.phoneMasked}，请让${name}把验证码告诉您。`
            : `请点击“重新发送”，向${name}在医保登记的手机发送验证码。`}
        </Text>
        {challenge?.demoCode && !locked && (
          <View className='confirm-demo' aria-label='演示验证码'>
            <Text className='confirm-demo__label'>演示环境验证码</Text>
            <Text className='confirm-demo__code'>{challenge.demoCode}</Text>
          </View>
        )}
      </View>

      <View className='card'>
        <Field label='验证码' labelHidden error={error}>
          <Input
            className={`confirm-code ${error ? 'confirm-code--error' : ''}`}
            type='number'
            value={code}
            maxlength={FAMILY_RULES.codeLength}
            placeholder='6位验证码'
            disabled={locked || undefined}
            aria-label='验证码'
            onInput={(e) => {
              setCode(cleanCode(e.detail.value))
              if (!locked) setError(null)
            }}
          />
          {view && !locked && (
            <Text className='confirm-meta'>
              {view.expired ? '验证码已过期，请重新发送' : `验证码${view.minutesLeft}分钟内有效`}
              {challenge && challenge.triesLeft < FAMILY_RULES.maxWrongTries ? ` · 还可以再试${challenge.triesLeft}次` : ''}
            </Text>
          )}
        </Field>
      </View>

      <View className='family-actions'>
        <Button className='btn' disabled={busy || locked || undefined} loading={busy} onClick={() => void submit()}>
          确认绑定
        </Button>
        <Button
          className='btn secondary'
          disabled={busy || locked || (view !== null && view.resendIn > 0) || undefined}
          onClick={() => void again()}
        >
          {locked ? '已锁定' : view && view.resendIn > 0 ? `重新发送（${view.resendIn}秒）` : '重新发送验证码'}
        </Button>
      </View>
      {locked && (
        <View className='family-actions'>
          <Button className='btn secondary' onClick={goBack}>
            返回家庭成员
          </Button>
        </View>
      )}
      <Text className='family-note'>
        连续输错{FAMILY_RULES.maxWrongTries}次将锁定30分钟。{name}不同意绑定的，不要把验证码告诉他人。
      </Text>
    </PageShell>
  )
}
