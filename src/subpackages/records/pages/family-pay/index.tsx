import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { type FamilyPayRelationship, type FamilyPayRelative } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { useFamilyPay } from '@/features/family-pay/family-pay-store'
import {
  canAfford,
  coverageText,
  endConfirmText,
  FAMILY_PAY_EXPLAINER,
  paidTotal,
  payConfirmText,
  paymentLine,
  relativeStage,
  relativeSummary,
  startConfirmText,
  who,
  windowText,
} from '@/features/family-pay/model'
import { useRecords } from '@/features/records/records-store'
import { formatDateCn, formatInstantCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, routeParams } from '@/platform/navigation'
import '@/features/records/components/records.scss'
import './index.scss'
import { route } from '@/domain/routes'

/** 家庭共济: the holder's 职工医保 personal account pays a bound close relative's contribution and medical costs. */
export default function FamilyPayPage() {
  const [focusId] = useState(() => routeParams().personId ?? null)
  const ready = useSession((s) => s.status === 'ready')
  const overview = useFamilyPay((s) => s.overview)
  const loading = useFamilyPay((s) => s.loading)
  const error = useFamilyPay((s) => s.error)
  const busy = useFamilyPay((s) => s.busy)
  const load = useFamilyPay((s) => s.load)
  const start = useFamilyPay((s) => s.start)
  const end = useFamilyPay((s) => s.end)
  const pay = useFamilyPay((s) => s.payContribution)
  const [errors, setErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (useSession.getState().status === 'ready') void load()
  })

  const payer = overview?.payer
  const setError = (personId: string, message: string) => setErrors((e) => ({ ...e, [personId]: message }))

  const onStart = async (r: FamilyPayRelative) => {
    if (!payer || busy) return
    const ok = await confirm({ title: `为${who(r)}开通家庭共济`, content: startConfirmText(payer.name, r), confirmText: '开通' })
    if (!ok) return
    setError(r.personId, '')
    const result = await start(r.personId)
    if (result.ok) toast('已开通家庭共济', 'success')
    else setError(r.personId, result.message)
  }

  const onPay = async (r: FamilyPayRelative, relationship: FamilyPayRelationship) => {
    const due = r.dueContribution
    if (!payer || !due || busy) return
    if (!canAfford(payer, due)) {
      setError(r.personId, `个人账户余额 ${formatYuan(payer.balanceFen)}，不足以缴纳 ${formatYuan(due.amountFen)}`)
      return
    }
    // WeChat allows at most four characters on a modal button.
    const ok = await confirm({
      title: `确认缴费 ${formatYuan(due.amountFen)}`,
      content: payConfirmText(payer.name, r, due),
      confirmText: '确认缴费',
    })
    if (!ok) return
    setError(r.personId, '')
    const result = await pay(relationship.id, due)
    if (!result.ok) {
      setError(r.personId, result.message)
      return
    }
    toast('缴费成功', 'success')
    // Both people's records changed: the payer's account flow and the relative's contributions.
    void useRecords.getState().load('account', payer.personId)
    void useRecords.getState().load('contributions', r.personId)
  }

  const onEnd = async (r: FamilyPayRelative, relationship: FamilyPayRelationship) => {
    if (busy) return
    const ok = await confirm({ title: '解除家庭共济', content: endConfirmText(relationship), confirmText: '解除', danger: true })
    if (!ok) return
    const result = await end(relationship.id)
    if (result.ok) toast('已解除', 'success')
    else setError(r.personId, result.message)
  }

  return (
    <PageShell>
      <AsyncView loading={loading || (!overview && !error)} error={overview ? null : error} onRetry={() => void load()} empty={!overview}>
        {overview && payer && (
          <>
            <View className='card'>
              <Text className='muted'>{payer.name}（本人）的职工医保个人账户余额</Text>
              <Text className='rec-big fp-balance'>{formatYuan(payer.balanceFen)}</Text>
              {!payer.usable && (
                <Alert tone='danger'>
                  <Text>{payer.unusableReason}</Text>
                </Alert>
              )}
              <Text className='rec-link' onClick={() => openRoute(route('recordsAccount', { personId: payer.personId }))}>
                查看个人账户明细 ›
              </Text>
            </View>

            <Text className='section-title'>为哪位家人</Text>
            {overview.relatives.length === 0 && (
              <View className='card'>
                <Text className='rec-para'>还没有绑定家人。家庭共济只能为已绑定的配偶、父母、子女开通。</Text>
                <Text className='rec-link' onClick={() => openRoute(route('familyAdd'))}>
                  去绑定家人 ›
                </Text>
              </View>
            )}
            {overview.relatives.map((r) => {
              const stage = relativeStage(r, payer)
              const relationship = stage.kind === 'active' ? stage.relationship : null
              return (
                <View
                  key={r.personId}
                  className={`card fp-person ${focusId === r.personId ? 'fp-person--focus' : ''}`}
                  aria-label={`${r.name}的家庭共济`}
                >
                  <View className='fp-person__head'>
                    <Text className='fp-person__name'>{who(r)}</Text>
                    <Text className={`tag ${relationship ? 'ok' : 'gray'}`}>{relationship ? '共济中' : '未开通'}</Text>
                  </View>
                  <Text className='rec-para'>{relativeSummary(r)}</Text>

                  {stage.kind === 'ineligible' && <Text className='rec-para'>不能开通：{stage.text}</Text>}
                  {stage.kind === 'payer-unusable' && <Text className='rec-para'>暂不能开通：{stage.text}</Text>}
                  {stage.kind === 'not-started' && (
                    <>
                      <Text className='rec-para'>{coverageText(r)}</Text>
                      <View className='fp-actions'>
                        <Button
                          className='btn'
                          loading={busy === `start:${r.personId}`}
                          disabled={busy !== null || undefined}
                          onClick={() => void onStart(r)}
                        >
                          开通家庭共济
                        </Button>
                      </View>
                    </>
                  )}

                  {relationship && (
                    <>
                      <Text className='rec-para'>
                        {formatDateCn(relationship.startedAt)} 开通。{coverageText(r)}
                      </Text>
                      {r.dueContribution && (
                        <View className='fp-due'>
                          <Text className='rec-para'>
                            {r.dueContribution.year}年度城乡居民医保个人缴费（缴费期 {windowText(r.dueContribution)}）
                          </Text>
                          <Text className='fp-due__amount'>{formatYuan(r.dueContribution.amountFen)}</Text>
                          <Text className='muted'>{r.dueContribution.basis}</Text>
                          <View className='fp-actions'>
                            <Button
                              className='btn'
                              loading={busy === `pay:${relationship.id}`}
                              disabled={busy !== null || !payer.usable || undefined}
                              onClick={() => void onPay(r, relationship)}
                            >
                              从我的个人账户缴纳 {formatYuan(r.dueContribution.amountFen)}
                            </Button>
                          </View>
                        </View>
                      )}
                      {r.paidYear !== undefined && (
                        <Text className='rec-para'>
                          {r.paidYear}年度城乡居民医保费已缴纳。
                          <Text className='rec-link' onClick={() => openRoute(route('recordsContributions', { personId: r.personId }))}>
                            查看{r.name}的缴费记录 ›
                          </Text>
                        </Text>
                      )}
                      <Payments relationship={relationship} />
                      <View className='fp-actions'>
                        <Button
                          className='btn secondary'
                          loading={busy === `end:${relationship.id}`}
                          disabled={busy !== null || undefined}
                          onClick={() => void onEnd(r, relationship)}
                        >
                          解除家庭共济
                        </Button>
                      </View>
                    </>
                  )}
                  {errors[r.personId] && (
                    <Alert tone='danger'>
                      <Text>{errors[r.personId]}</Text>
                    </Alert>
                  )}
                </View>
              )
            })}

            {overview.ended.length > 0 && (
              <>
                <Text className='section-title'>已解除的共济</Text>
                {overview.ended.map((relationship) => (
                  <View key={relationship.id} className='card fp-person'>
                    <View className='fp-person__head'>
                      <Text className='fp-person__name'>{who({ name: relationship.beneficiaryName, kinship: relationship.kinship })}</Text>
                      <Text className='tag gray'>已解除</Text>
                    </View>
                    <Text className='rec-para'>
                      {formatDateCn(relationship.startedAt)} 开通，{relationship.endedAt ? formatDateCn(relationship.endedAt) : ''}
                      {relationship.endedBy === 'binding-ended' ? ' 因解除亲情账户绑定而结束' : ' 由您解除'}
                    </Text>
                    <Payments relationship={relationship} />
                  </View>
                ))}
              </>
            )}

            <Text className='section-title'>家庭共济是什么</Text>
            <View className='card list-block'>
              {FAMILY_PAY_EXPLAINER.map((line) => (
                <Text key={line} className='list-block__item'>
                  · {line}
                </Text>
              ))}
            </View>
          </>
        )}
      </AsyncView>
    </PageShell>
  )
}

function Payments({ relationship }: { relationship: FamilyPayRelationship }) {
  if (relationship.payments.length === 0) return <Text className='muted'>还没有支出记录</Text>
  return (
    <View className='fp-payments'>
      <Text className='muted'>
        已支出 {relationship.payments.length} 笔，共 {formatYuan(paidTotal(relationship))}
      </Text>
      {relationship.payments.map((p) => (
        <View
          key={p.id}
          className='fp-payment'
          onClick={() =>
            p.settlementId && openRoute(route('recordsSettlement', { id: p.settlementId, personId: relationship.beneficiaryPersonId }))
          }
        >
          <View>
            <Text className='rec-para'>
              {paymentLine(p)}
              {p.settlementId ? ' ›' : ''}
            </Text>
            <Text className='muted'>{formatInstantCn(p.at)}</Text>
          </View>
          <Text className='fp-payment__amount'>-{formatYuan(p.amountFen)}</Text>
        </View>
      ))}
    </View>
  )
}
