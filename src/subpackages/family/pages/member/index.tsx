import { useEffect, useState } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { BINDING_STATUS_LABELS, INSURANCE_TYPE_LABELS, RELATION_LABELS, kinshipLabel, type PersonId } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import '@/features/family/components/family.scss'
import { useFamily } from '@/features/family/family-store'
import { messages } from '@/features/messages/messages-store'
import { formatDateCn, formatInstantCn } from '@/lib/dates'
import { confirm, toast } from '@/platform/feedback'
import { goBack, openRoute, redirectRoute, routeParams } from '@/platform/navigation'
import './index.scss'
import { regionLabel } from '@/domain/region-label'
import { route } from '@/domain/routes'

export default function MemberPage() {
  const [bindingId] = useState(() => routeParams().bindingId ?? '')
  const ready = useSession((s) => s.status === 'ready')
  const actingForId = useSession((s) => s.actingForId)
  const actFor = useSession((s) => s.actFor)
  const member = useFamily((s) => s.members.find((m) => m.bindingId === bindingId))
  const loaded = useFamily((s) => s.loaded)
  const loading = useFamily((s) => s.loading)
  const error = useFamily((s) => s.error)
  const load = useFamily((s) => s.load)
  const unbind = useFamily((s) => s.unbind)
  const personId: PersonId | undefined = member?.person?.id
  const history = useFamily.delegations.useEntry(personId ? [personId] : null)
  const loadDelegations = useFamily((s) => s.loadDelegations)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (ready) void load()
  }, [ready, load])
  useDidShow(() => {
    if (personId && useSession.getState().status === 'ready') void loadDelegations(personId)
  })
  useEffect(() => {
    if (personId && member?.status === 'active') void loadDelegations(personId)
  }, [personId, member?.status, loadDelegations])

  if (!member) {
    return (
      <PageShell>
        <AsyncView
          loading={!loaded || loading}
          error={error}
          onRetry={() => void load()}
          empty
          emptyText='没有找到该家庭成员，可能已被解除绑定。'
        >
          {null}
        </AsyncView>
      </PageShell>
    )
  }

  const person = member.person
  const relation = person ? kinshipLabel(member.relation, person.gender) : RELATION_LABELS[member.relation]
  const current = personId !== undefined && actingForId === personId

  const actForMember = (then: string) => {
    if (!personId) return
    actFor(personId)
    toast(`已切换为代${member.name}办理`)
    openRoute(then)
  }

  const remove = async () => {
    const pending = member.status === 'pending'
    const ok = await confirm({
      title: pending ? '取消绑定申请' : '解除绑定',
      content: pending
        ? `取消后，发给${member.name}的验证码将失效。`
        : `解除后您将不能再查看${member.name}的医保信息或代其办理业务，本机保存的${member.name}的草稿和记录也会被清除。确定解除吗？`,
      confirmText: pending ? '取消申请' : '解除绑定',
      danger: true,
    })
    if (!ok) return
    setBusy(true)
    const result = await unbind(bindingId)
    setBusy(false)
    if (!result.ok) {
      toast(result.message)
      return
    }
    // Messages about them are no longer ours to see.
    void messages.refreshUnread()
    toast(pending ? '已取消申请' : '已解除绑定', 'success')
    goBack()
  }

  return (
    <PageShell>
      <View className='card member-head'>
        <View className='family-avatar'>
          <Text>{member.name.slice(0, 1)}</Text>
        </View>
        <View className='member-head__text'>
          <Text className='member-head__name'>{member.name}</Text>
          <View>
            <Text className='tag'>{relation}</Text>
            <Text className={`tag ${member.status === 'active' ? 'ok' : member.status === 'pending' ? 'warn' : 'gray'}`}>
              {BINDING_STATUS_LABELS[member.status]}
            </Text>
            {current && <Text className='tag warn'>正在代办</Text>}
          </View>
        </View>
      </View>

      <View className='card member-info'>
        <InfoRow label='身份证' value={member.idNumberMasked} />
        {person && <InfoRow label='手机' value={person.phoneMasked} />}
        {person && <InfoRow label='参保地' value={regionLabel(person.insuredRegion)} />}
        {person && <InfoRow label='险种' value={`${INSURANCE_TYPE_LABELS[person.insuranceType]}${person.retired ? '（退休）' : ''}`} />}
        {member.boundAt !== undefined && <InfoRow label='绑定时间' value={formatDateCn(member.boundAt)} />}
        {member.unboundAt !== undefined && <InfoRow label='解除时间' value={formatDateCn(member.unboundAt)} />}
      </View>

      {member.status === 'active' && (
        <>
          <View className='family-actions'>
            <Button className='btn' onClick={() => actForMember(route('home'))}>
              {current ? `正在代${member.name}办理，回首页` : `切换为代${member.name}办理`}
            </Button>
            <Button className='btn secondary' onClick={() => actForMember(route('evoucherCode', { personId }))}>
              出示{member.name}的医保码（亲情码）
            </Button>
            <Button className='btn secondary' onClick={() => actForMember(route('recordsAccount', { personId: personId }))}>
              查看{member.name}的个人账户
            </Button>
            <Button className='btn secondary' onClick={() => openRoute(route('recordsFamilyPay', { personId }))}>
              家庭共济：用我的个人账户为{member.name}缴费、付医疗费
            </Button>
          </View>

          <View className='section-title member-history__title'>
            <Text>代办记录</Text>
          </View>
          <AsyncView
            loading={history.loading}
            error={history.error}
            onRetry={() => personId && void loadDelegations(personId)}
            empty={(history.data ?? []).length === 0}
            emptyText={`还没有人代${member.name}办理过业务`}
          >
            <View className='card member-history'>
              {(history.data ?? []).map((d) => (
                <View key={d.id} className='member-history__row'>
                  <Text className='member-history__action'>{d.action}</Text>
                  <Text className='member-history__meta'>
                    由 {d.actorName} 代办 · {formatInstantCn(d.at)}
                  </Text>
                </View>
              ))}
            </View>
          </AsyncView>
        </>
      )}

      {member.status === 'pending' && (
        <View className='family-actions'>
          <Button className='btn' onClick={() => redirectRoute(route('familyConfirm', { bindingId: bindingId }))}>
            继续验证
          </Button>
        </View>
      )}

      {member.status === 'unbound' ? (
        <View className='family-actions'>
          <Text className='family-note'>已解除绑定，不能再查看或代办{member.name}的业务。</Text>
          <Button className='btn secondary' onClick={() => redirectRoute(route('familyAdd'))}>
            重新添加
          </Button>
        </View>
      ) : (
        <View className='family-actions'>
          <Button className='btn danger' disabled={busy || undefined} loading={busy} onClick={() => void remove()}>
            {member.status === 'pending' ? '取消绑定申请' : '解除绑定'}
          </Button>
        </View>
      )}
    </PageShell>
  )
}

function InfoRow({ label, value }: { label: string; value: string }) {
  return (
    <View className='member-info__row'>
      <Text className='member-info__label'>{label}</Text>
      <Text className='member-info__value'>{value}</Text>
    </View>
  )
}
