import { useEffect, useState } from 'react'
import { Button, Input, Text, View } from '@tarojs/components'
import { FAMILY_TRANSFER_LIMITS, INSURANCE_TYPE_LABELS, type ActablePerson } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { personRelation } from '@/components/acting-for-bar'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { parseTransferAmount } from '@/features/records/model'
import { useRecordEntry, useRecords, type AccountData } from '@/features/records/records-store'
import { formatYuan } from '@/lib/money'
import { confirm, toast } from '@/platform/feedback'
import { goBack, routeParams } from '@/platform/navigation'
import '@/features/records/components/records.scss'
import './index.scss'

const NOBODY: ActablePerson[] = []
const newRequestId = () => `ft-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

/** 家庭共济: from the user's own personal account to a bound relative's. */
export default function TransferPage() {
  const self = useSession((s) => s.profile?.self ?? null)
  const actable = useSession((s) => s.profile?.actable ?? NOBODY)
  const selfId = self?.id ?? null
  const account = useRecordEntry('account', selfId)
  const load = useRecords((s) => s.load)
  const transfer = useRecords((s) => s.transfer)
  const [toId, setToId] = useState<string | null>(() => routeParams().toPersonId ?? null)
  const [amount, setAmount] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  // One id per intended transfer: a retry after a lost response cannot pay twice.
  const [requestId, setRequestId] = useState(newRequestId)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (selfId) void load('account', selfId)
  }, [selfId, load])

  const data = account.data as AccountData | null
  const balance = data?.summary.balanceFen ?? 0
  const relatives = actable.filter((p) => p.relation !== 'self')
  const chosen = relatives.find((p) => p.id === toId) ?? null

  const submit = async () => {
    if (!selfId || busy) return
    const next: Record<string, string> = {}
    if (!chosen) next.toPersonId = '请选择一位家人'
    else if (chosen.insuranceType !== 'employee') next.toPersonId = '对方参加城乡居民医保，没有个人账户'
    const parsed = parseTransferAmount(amount, balance, FAMILY_TRANSFER_LIMITS)
    if ('error' in parsed) next.amount = parsed.error
    setErrors(next)
    setFormError(null)
    if (Object.keys(next).length > 0 || !chosen || 'error' in parsed) return
    const sure = await confirm({
      title: '确认转出',
      content: `从您的个人账户转 ${formatYuan(parsed.fen)} 给${chosen.name}（${personRelation(chosen)}）。转出后不能撤回。`,
      confirmText: '确认转出',
    })
    if (!sure) return
    setBusy(true)
    const result = await transfer({ requestId, fromPersonId: selfId, toPersonId: chosen.id, amountFen: parsed.fen })
    setBusy(false)
    if (result.ok) {
      setRequestId(newRequestId())
      toast(`已转入${chosen.name}的个人账户`, 'success')
      goBack()
      return
    }
    setErrors({ toPersonId: result.fields.toPersonId ?? '', amount: result.fields.amountFen ?? '' })
    setFormError(result.message)
  }

  return (
    <PageShell>
      <AsyncView
        loading={account.loading && !data}
        error={data ? null : account.error}
        onRetry={() => selfId && void load('account', selfId)}
        empty={!data}
      >
        {data && (
          <>
            <View className='card'>
              <Text className='muted'>{self?.name}（本人）的个人账户余额</Text>
              <Text className='rec-big'>{formatYuan(balance)}</Text>
              <Text className='rec-para'>家庭共济：把本人医保个人账户的钱转给已绑定的家人，用于他们看病买药。转出后不能撤回。</Text>
            </View>

            <Text className='section-title'>转给谁</Text>
            <View className='card transfer__people' role='radiogroup' aria-label='转给谁'>
              {relatives.length === 0 && <Text className='rec-para'>还没有绑定家人，请先在“家庭成员”中绑定。</Text>}
              {relatives.map((p) => {
                const eligible = p.insuranceType === 'employee'
                return (
                  <View
                    key={p.id}
                    className={`transfer__person ${toId === p.id ? 'transfer__person--on' : ''} ${eligible ? '' : 'transfer__person--off'}`}
                    role='radio'
                    aria-checked={toId === p.id}
                    onClick={() => {
                      setToId(p.id)
                      setErrors({ ...errors, toPersonId: eligible ? '' : '对方参加城乡居民医保，没有个人账户' })
                    }}
                  >
                    <Text className='transfer__name'>
                      {p.name}（{personRelation(p)}）
                    </Text>
                    <Text className='rec-para'>
                      {p.insuredRegion.cityName} · {INSURANCE_TYPE_LABELS[p.insuranceType]}
                      {eligible ? '' : ' · 没有个人账户，不能转入'}
                    </Text>
                  </View>
                )
              })}
              {errors.toPersonId && (
                <Text className='transfer__error' role='alert'>
                  {errors.toPersonId}
                </Text>
              )}
            </View>

            <Text className='section-title'>转多少（元）</Text>
            <View className='card'>
              <Input
                className='transfer__input'
                type='digit'
                placeholder={`1.00 – ${formatYuan(Math.min(balance, FAMILY_TRANSFER_LIMITS.maxFen), { symbol: false })}`}
                value={amount}
                aria-label='转出金额（元）'
                onInput={(e) => {
                  setAmount(e.detail.value)
                  if (errors.amount) setErrors({ ...errors, amount: '' })
                }}
              />
              {errors.amount && (
                <Text className='transfer__error' role='alert'>
                  {errors.amount}
                </Text>
              )}
            </View>

            {formError && (
              <View className='rec-alert' role='alert'>
                <Text>{formError}</Text>
              </View>
            )}
            <View className='transfer__actions'>
              <Button className='btn' loading={busy} disabled={busy} onClick={() => void submit()}>
                确认转出
              </Button>
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}
