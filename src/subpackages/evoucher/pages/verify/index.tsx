import { useState } from 'react'
import { Button, Input, View } from '@tarojs/components'
import { type InsuranceCertificate } from '@/domain'
import { Alert } from '@/components/alert'
import { Field } from '@/components/field'
import { KeyValue } from '@/components/key-value'
import { PageShell } from '@/components/page-shell'
import '@/features/evoucher/components/evoucher.scss'
import { useEVoucher } from '@/features/evoucher/evoucher-store'
import { certificateLines, codeError } from '@/features/evoucher/model'
import { formatInstantCn } from '@/lib/dates'
import { routeParams } from '@/platform/navigation'

export default function VerifyPage() {
  const [code, setCode] = useState(() => routeParams().code ?? '')
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [found, setFound] = useState<InsuranceCertificate | null>(null)
  const [notFound, setNotFound] = useState(false)
  const verifyCertificate = useEVoucher((s) => s.verifyCertificate)

  const verify = async () => {
    if (busy) return
    setFound(null)
    setNotFound(false)
    const problem = codeError(code)
    if (problem) {
      setError(problem)
      return
    }
    setError(null)
    setBusy(true)
    const result = await verifyCertificate(code)
    setBusy(false)
    if (result.ok) setFound(result.certificate)
    else if (result.notFound) setNotFound(true)
    else setError(result.message)
  }

  return (
    // Anyone shown a certificate may check it, signed in or not.
    <PageShell publicPage>
      <View className='card'>
        <Field label='参保证明验证码' error={error} hint='证明图片下方的16位字母和数字，例如 7K2M-9QXP-4D8R-T3VW'>
          <Input
            className={`field__input ${error ? 'field__input--error' : ''}`}
            value={code}
            placeholder='输入16位验证码'
            maxlength={24}
            onInput={(e) => {
              setCode(e.detail.value)
              setError(null)
            }}
            onConfirm={() => void verify()}
          />
        </Field>
      </View>
      <View className='ev-actions'>
        <Button className='btn' disabled={busy} onClick={() => void verify()}>
          {busy ? '正在核验…' : '核验'}
        </Button>
      </View>

      {notFound && (
        <Alert tone='danger' title='未通过核验'>
          没有查到这个验证码对应的参保证明。请逐位核对验证码；如果核对无误，这份证明可能被改动过或不是本应用开具的。
        </Alert>
      )}
      {found && (
        <>
          <Alert tone='ok' title='核验通过'>
            这是随行医保于 {formatInstantCn(found.issuedAt)}{' '}
            开具的参保证明。请对照下面的内容检查手中的证明，任何一处不同都说明证明被改动过。
          </Alert>
          <View className='card'>
            {certificateLines(found).map((line) => (
              <KeyValue key={line.label} label={line.label}>
                {line.value}
              </KeyValue>
            ))}
            <KeyValue label='验证码'>{found.code}</KeyValue>
          </View>
          <Alert tone='warn' title='演示数据'>
            随行医保是开源演示应用，它开具的参保证明不是官方证明。
          </Alert>
        </>
      )}
    </PageShell>
  )
}
