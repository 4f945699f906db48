import { route } from '@/domain/routes'
import { useEffect, useMemo } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { BINDING_STATUS_LABELS, FAMILY_RULES, RELATION_LABELS, type FamilyBinder } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Alert } from '@/components/alert'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { MemberCard } from '@/features/family/components/member-card'
import { useFamily } from '@/features/family/family-store'
import { atLimit, familyRows, usedPlaces } from '@/features/family/model'
import { confirm, toast } from '@/platform/feedback'
import { openRoute, stopPullDownRefresh } from '@/platform/navigation'
import './index.scss'

export default function FamilyListPage() {
  const ready = useSession((s) => s.status === 'ready')
  const members = useFamily((s) => s.members)
  const binders = useFamily((s) => s.binders)
  const loading = useFamily((s) => s.loading)
  const loaded = useFamily((s) => s.loaded)
  const error = useFamily((s) => s.error)
  const load = useFamily((s) => s.load)
  const unbind = useFamily((s) => s.unbind)

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (useSession.getState().status === 'ready') void load()
  })
  usePullDownRefresh(async () => {
    await load()
    stopPullDownRefresh()
  })

  const rows = useMemo(() => familyRows(members), [members])
  const full = atLimit(members)
  const pendingCount = usedPlaces(members) - members.filter((m) => m.status === 'active').length

  const open = (bindingId: string, status: string) =>
    openRoute(route(status === 'pending' ? 'familyConfirm' : 'familyMember', { bindingId }))

  const revoke = async (binder: FamilyBinder) => {
    const pending = binder.status === 'pending'
    const ok = await confirm({
      title: pending ? '拒绝绑定申请' : '解除代办授权',
      content: pending
        ? `拒绝后${binder.binderName}不能代您办理业务。`
        : `解除后${binder.binderName}将不能再查看您的医保信息或代您办理业务。确定解除吗？`,
      confirmText: pending ? '拒绝' : '解除',
      danger: true,
    })
    if (!ok) return
    const result = await unbind(binder.bindingId)
    toast(result.ok ? '已解除' : result.message, result.ok ? 'success' : 'none')
  }

  return (
    <PageShell>
      <View className='card family-intro'>
        <Text className='family-intro__title'>亲情账户</Text>
        <Text className='family-intro__text'>
          绑定父母等家人后，可以代他们查询医保记录、办理异地就医备案。每次代办都会记录“由谁代办”，家人也可以随时解除。
        </Text>
        <Text className='family-intro__count'>
          已绑定 {members.filter((m) => m.status === 'active').length} 人{pendingCount > 0 ? `，待确认 ${pendingCount} 人` : ''}（最多{' '}
          {FAMILY_RULES.maxMembers} 人）
        </Text>
      </View>

      <AsyncView
        loading={loading || !loaded}
        error={error}
        onRetry={() => void load()}
        empty={loaded && rows.length === 0}
        emptyText='还没有绑定家庭成员。添加后，就能在首页切换为家人办理。'
      >
        {rows.map((m) => (
          <MemberCard key={m.bindingId} member={m} onOpen={m.status === 'unbound' ? undefined : () => open(m.bindingId, m.status)} />
        ))}
      </AsyncView>

      {full ? (
        <Alert tone='warn'>
          <Text>每个账户最多绑定{FAMILY_RULES.maxMembers}位家庭成员，已达上限。如需添加，请先解除不再需要代办的成员。</Text>
        </Alert>
      ) : (
        <View className='family-actions'>
          <Button className='btn' onClick={() => openRoute(route('familyAdd'))}>
            添加家庭成员
          </Button>
        </View>
      )}

      {binders.length > 0 && (
        <>
          <Text className='section-title'>可以代我办理的人</Text>
          {binders.map((b) => (
            <View key={b.bindingId} className='card family-binder'>
              <View className='family-binder__text'>
                <Text className='family-binder__name'>
                  {b.binderName}
                  <Text className={`tag ${b.status === 'active' ? 'ok' : 'warn'}`}>{BINDING_STATUS_LABELS[b.status]}</Text>
                </Text>
                <Text className='muted'>
                  手机 {b.binderPhoneMasked} · 将您登记为{RELATION_LABELS[b.relation]}
                </Text>
              </View>
              <Button className='btn danger family-binder__btn' onClick={() => void revoke(b)}>
                {b.status === 'pending' ? '拒绝' : '解除'}
              </Button>
            </View>
          ))}
        </>
      )}

      <View className='family-note'>
        <Text>
          绑定需要填写家人的姓名、身份证号和医保登记的手机号，并签署承诺书；年满16周岁的家人需用短信验证码确认。未满16周岁的子女无需确认，但只能由户籍登记的父母绑定。
        </Text>
      </View>
    </PageShell>
  )
}
