import { route } from '@/domain/routes'
import { useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { RELATIONS, RELATION_LABELS, type Relation } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { PageShell } from '@/components/page-shell'
import '@/features/family/components/family.scss'
import { useFamily } from '@/features/family/family-store'
import {
  EMPTY_FORM,
  confirmationNeededFor,
  hasErrors,
  pledgeText,
  validateForm,
  type BindingForm,
  type FieldErrors,
} from '@/features/family/model'
import { toast } from '@/platform/feedback'
import { redirectRoute } from '@/platform/navigation'
import './index.scss'

type Step = 'form' | 'pledge'

export default function AddMemberPage() {
  const self = useSession((s) => s.profile?.self ?? null)
  const start = useFamily((s) => s.start)
  const [form, setForm] = useState<BindingForm>(EMPTY_FORM)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [step, setStep] = useState<Step>('form')
  const [agreed, setAgreed] = useState(false)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)

  const today = new Date()
  const confirmation = confirmationNeededFor(form.idNumber, today)

  const change = (field: keyof BindingForm, value: string) => {
    setForm({ ...form, [field]: value })
    // A corrected field stops showing its old error.
    if (errors[field]) setErrors({ ...errors, [field]: undefined })
  }

  const next = () => {
    const found = validateForm(form, self?.birthDate ?? '', today)
    setErrors(found)
    setProblem(null)
    if (hasErrors(found)) return
    setAgreed(false)
    setStep('pledge')
  }

  const send = async () => {
    if (!agreed) {
      setErrors({ pledgeAccepted: '请先阅读并勾选同意承诺书' })
      return
    }
    setSending(true)
    setProblem(null)
    const result = await start(form)
    setSending(false)
    if (result.ok) {
      const { challenge } = result
      if (challenge.needsConfirmation) {
        redirectRoute(route('familyConfirm', { bindingId: challenge.bindingId }))
      } else {
        toast('绑定成功', 'success')
        redirectRoute(route('familyMember', { bindingId: challenge.bindingId }))
      }
      return
    }
    if (result.relatedId && result.reason === 'PENDING_CONFIRMATION') {
      toast(result.message)
      redirectRoute(route('familyConfirm', { bindingId: result.relatedId }))
      return
    }
    if (result.relatedId && result.reason === 'ALREADY_BOUND') {
      // Already a member: say so where the ID was typed.
      setErrors({ idNumber: result.message })
      setStep('form')
      return
    }
    if (hasErrors(result.fields)) {
      // The server found something only it can check (the registry, the registered phone): show it at the field.
      setErrors(result.fields)
      setStep('form')
      return
    }
    setProblem(result.message)
  }

  const field = (name: keyof BindingForm, label: string, input: JSX.Element, hint?: string) => (
    <Field label={label} error={errors[name]} hint={hint}>
      {input}
    </Field>
  )

  if (step === 'pledge') {
    const relation = form.relation as Relation
    return (
      <PageShell>
        <View className='card add-pledge'>
          <Text className='add-pledge__title'>亲情账户绑定承诺书</Text>
          {pledgeText(self?.name ?? '本人', form.name.trim(), relation).map((line) => (
            <Text key={line} className='add-pledge__line'>
              {line}
            </Text>
          ))}
          <Text className='add-pledge__sign'>承诺人：{self?.name}</Text>
        </View>
        <View
          className={`card add-agree ${errors.pledgeAccepted ? 'add-agree--error' : ''}`}
          role='checkbox'
          aria-checked={agreed}
          onClick={() => {
            setAgreed(!agreed)
            setErrors({})
          }}
        >
          <View className={`add-agree__box ${agreed ? 'add-agree__box--on' : ''}`}>{agreed && <Text>✓</Text>}</View>
          <Text className='add-agree__text'>我已阅读并同意以上承诺</Text>
        </View>
        {errors.pledgeAccepted && (
          <Text className='family-note add-agree__error' role='alert'>
            {errors.pledgeAccepted}
          </Text>
        )}
        {problem && (
          <Alert tone='danger'>
            <Text>{problem}</Text>
          </Alert>
        )}
        <View className='family-actions'>
          <Button className='btn' loading={sending} disabled={sending || undefined} onClick={() => void send()}>
            {confirmation === false ? '同意并绑定' : '同意并发送验证码'}
          </Button>
          <Button className='btn secondary' disabled={sending || undefined} onClick={() => setStep('form')}>
            返回修改
          </Button>
        </View>
        <Text className='family-note'>
          {confirmation === false
            ? `${form.name.trim()}未满16周岁，无需本人确认。只有户籍登记的父母可以直接绑定，系统将按医保登记的户籍信息核验，其他监护人请到参保地医保经办机构办理。`
            : `验证码将发送到${form.name.trim()}在医保登记的手机，请让${form.name.trim()}把收到的验证码告诉您。`}
        </Text>
      </PageShell>
    )
  }

  return (
    <PageShell>
      <Text className='family-note'>请按家人身份证如实填写。信息仅用于核验身份，核验后身份证号和手机号将隐藏显示。</Text>
      <View className='card add-form'>
        {field(
          'name',
          '家人姓名',
          <Input
            className={`field__input ${errors.name ? 'field__input--error' : ''}`}
            value={form.name}
            placeholder='与身份证一致'
            maxlength={20}
            onInput={(e) => change('name', e.detail.value)}
          />,
        )}
        {field(
          'idNumber',
          '身份证号',
          <Input
            className={`field__input ${errors.idNumber ? 'field__input--error' : ''}`}
            type='idcard'
            value={form.idNumber}
            placeholder='18位身份证号'
            maxlength={22}
            onInput={(e) => change('idNumber', e.detail.value)}
          />,
          confirmation === false ? '未满16周岁：仅限户籍登记的父母绑定' : confirmation ? '年满16周岁，需本人短信确认' : undefined,
        )}
        {field(
          'relation',
          '与您的关系',
          <View className='family-chips' role='radiogroup' aria-label='与您的关系'>
            {RELATIONS.map((r) => (
              <Chip key={r} kind='radio' on={form.relation === r} onTap={() => change('relation', r)}>
                {RELATION_LABELS[r]}
              </Chip>
            ))}
          </View>,
        )}
        {field(
          'phone',
          '家人手机号',
          <Input
            className={`field__input ${errors.phone ? 'field__input--error' : ''}`}
            type='number'
            value={form.phone}
            placeholder='在医保登记的手机号'
            maxlength={11}
            onInput={(e) => change('phone', e.detail.value)}
          />,
          '验证码将发送到这个手机号，须是家人在医保登记的号码',
        )}
      </View>
      <View className='family-actions'>
        <Button className='btn' onClick={next}>
          下一步：阅读承诺书
        </Button>
      </View>
    </PageShell>
  )
}
