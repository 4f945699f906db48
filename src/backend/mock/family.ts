import { route } from '@/domain/routes'
import * as v from 'valibot'
import { ageOn, birthDateOf, idCardMessage } from '@/lib/id-card'
import { maskIdCard, maskPhone } from '@/lib/mask'
import { BackendError } from '@/domain'
import { FAMILY_RULES, RELATION_LABELS, needsMemberConfirmation, relationProblem, type BindingChallenge, type FamilyMember } from '@/domain'
import { type FamilyApi } from '@/backend/port/family'
import type { AccountRecord, BindingLock, BindingRecord } from '@/backend/mock/state'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { parseInput } from '@/domain/validate'
import { BindingIdSchema, BindingRequestSchema, CodeSchema } from '@/domain/family/schema'

const field = (name: string, message: string) => new BackendError('VALIDATION', message, { fields: { [name]: message } })

export function createFamilyService(server: MockServer): ServerSide<FamilyApi> {
  const bindingsOf = (account: AccountRecord) => server.state.bindings.filter((b) => b.accountId === account.id)

  /** Only the binder sees a binding by id; anything else is "not found", so ids cannot be probed. */
  const ownBinding = (account: AccountRecord, rawId: unknown): BindingRecord => {
    const id = parseInput(BindingIdSchema, rawId)
    const binding = bindingsOf(account).find((b) => b.id === id)
    if (!binding) throw new BackendError('NOT_FOUND', '没有找到该绑定申请')
    return binding
  }

  const toMember = (b: BindingRecord): FamilyMember => {
    const person = server.person(b.personId)
    return {
      bindingId: b.id,
      relation: b.relation,
      status: b.status,
      personId: person.id,
      name: person.name,
      idNumberMasked: maskIdCard(person.idNumber),
      // The member's details stay hidden until they consent, and again once unbound.
      person: b.status === 'active' ? server.summary(person) : undefined,
      createdAt: b.createdAt,
      boundAt: b.boundAt,
      unboundAt: b.unboundAt,
      unboundBy: b.unboundBy,
    }
  }

  /** The lock belongs to (binder, member), not to one binding: unbinding and binding again does not reset it. */
  const lockOf = (b: Pick<BindingRecord, 'accountId' | 'personId'>): BindingLock => {
    const key = `${b.accountId}:${b.personId}`
    return (server.state.bindingLocks[key] ??= { wrongTries: 0 })
  }

  /** Recent wrong codes against a member from every binder, pruned to the window. */
  const memberTries = (personId: string): number[] => {
    const since = server.now() - FAMILY_RULES.memberWindowMs
    const recent = (server.state.memberWrongTries[personId] ?? []).filter((t) => t > since)
    if (recent.length > 0) server.state.memberWrongTries[personId] = recent
    else delete server.state.memberWrongTries[personId]
    return recent
  }

  const challengeOf = (b: BindingRecord): BindingChallenge => ({
    bindingId: b.id,
    needsConfirmation: b.status === 'pending',
    phoneMasked: maskPhone(server.person(b.personId).phone),
    // Only in demo mode: otherwise the binder would hold the member's consent code.
    demoCode: server.demoCodes ? b.code : undefined,
    resendAvailableAt: b.resendAvailableAt ?? server.now(),
    expiresAt: b.codeExpiresAt ?? server.now(),
    triesLeft: FAMILY_RULES.maxWrongTries - lockOf(b).wrongTries,
  })

  const issueCode = (b: BindingRecord) => {
    const now = server.now()
    b.code = server.newCode()
    b.codeExpiresAt = now + FAMILY_RULES.codeTtlMs
    b.resendAvailableAt = now + FAMILY_RULES.resendCooldownMs
    const member = server.person(b.personId)
    const binder = server.person(server.state.accounts.find((a) => a.id === b.accountId)!.personId)
    // The code goes to the member's registered phone only; the binder has to ask the member for it.
    server.sendSms({
      personId: member.id,
      phoneMasked: maskPhone(member.phone),
      bindingId: b.id,
      code: b.code,
      text: `【随行医保】${binder.name}申请将您绑定为家庭成员，代您查询和办理医保业务。验证码${b.code}，10分钟内有效。如非本人同意，请勿告诉他人。`,
    })
  }

  const assertNotLocked = (b: Pick<BindingRecord, 'accountId' | 'personId'>) => {
    const now = server.now()
    const lock = lockOf(b)
    if (lock.lockedUntil !== undefined && lock.lockedUntil <= now) {
      // The lock has run out: a fresh count.
      lock.lockedUntil = undefined
      lock.wrongTries = 0
    }
    const tries = memberTries(b.personId)
    const memberUntil = tries.length >= FAMILY_RULES.maxWrongTriesPerMember ? tries[0] + FAMILY_RULES.memberWindowMs : undefined
    const until = Math.max(lock.lockedUntil ?? 0, memberUntil ?? 0)
    if (until > now) {
      const minutes = Math.ceil((until - now) / 60_000)
      const when = minutes > 90 ? `${Math.ceil(minutes / 60)}小时` : `${minutes}分钟`
      throw new BackendError('LOCKED', `验证码错误次数过多，已锁定，请${when}后重新获取验证码`, {
        reason: 'LOCKED',
        availableAt: until,
      })
    }
  }

  const clearChallenge = (b: BindingRecord) => {
    // A used or abandoned code must never work again.
    b.code = undefined
    b.codeExpiresAt = undefined
    b.resendAvailableAt = undefined
  }

  const activate = (account: AccountRecord, b: BindingRecord) => {
    b.status = 'active'
    b.boundAt = server.now()
    clearChallenge(b)
    delete server.state.bindingLocks[`${b.accountId}:${b.personId}`]
    const member = server.person(b.personId)
    const binder = server.person(account.personId)
    server.notify({
      kind: 'family',
      personId: member.id,
      title: '亲情账户绑定成功',
      body: `${binder.name}已绑定${member.name}（${RELATION_LABELS[b.relation]}），可以代为查询记录和办理异地就医备案。如非本人意愿，可随时解除绑定。`,
      link: route('familyMember', { bindingId: b.id }),
    })
  }

  return {
    list(caller) {
      const account = server.account(caller)
      return bindingsOf(account)
        .slice()
        .sort((a, b) => b.createdAt - a.createdAt)
        .map(toMember)
    },

    boundBy(caller) {
      const account = server.account(caller)
      return server.state.bindings
        .filter((b) => b.personId === account.personId && b.status !== 'unbound')
        .map((b) => {
          const binderAccount = server.state.accounts.find((a) => a.id === b.accountId)
          const binder = server.person(binderAccount!.personId)
          return {
            bindingId: b.id,
            relation: b.relation,
            status: b.status,
            binderName: binder.name,
            binderPhoneMasked: maskPhone(binder.phone),
            boundAt: b.boundAt,
          }
        })
    },

    startBinding(caller, raw) {
      const account = server.account(caller)
      const request = parseInput(BindingRequestSchema, raw)
      const call = { op: 'family.startBinding', target: 'family', body: raw }
      const earlier = server.priorRequest(account, request.requestId, call)
      if (earlier) {
        const b = bindingsOf(account).find((x) => x.id === earlier.resultId)
        if (b) return challengeOf(b)
      }

      const now = server.now()
      const idError = idCardMessage(request.idNumber, new Date(now))
      if (idError) throw field('idNumber', idError)
      // Registry look-up: the member must be insured here and the name must match the ID.
      const member = server.state.persons.find((p) => p.idNumber === request.idNumber)
      if (!member || member.name !== request.name) {
        throw field('idNumber', '未查询到该参保人，请核对姓名和身份证号是否与身份证一致')
      }
      if (member.id === account.personId) throw field('idNumber', '不能绑定本人')

      const existing = bindingsOf(account).find((b) => b.personId === member.id && b.status !== 'unbound')
      if (existing?.status === 'active') {
        throw new BackendError('CONFLICT', `${member.name}已是您的家庭成员，无需重复绑定`, {
          reason: 'ALREADY_BOUND',
          relatedId: existing.id,
        })
      }
      if (existing?.status === 'pending') {
        throw new BackendError('CONFLICT', `已向${member.name}发送过绑定确认，请继续输入验证码`, {
          reason: 'PENDING_CONFIRMATION',
          relatedId: existing.id,
        })
      }
      const current = bindingsOf(account).filter((b) => b.status !== 'unbound').length
      if (current >= FAMILY_RULES.maxMembers) {
        throw new BackendError('RULE_VIOLATION', `每个账户最多绑定${FAMILY_RULES.maxMembers}位家庭成员，请先解除不再需要代办的成员`, {
          reason: 'MEMBER_LIMIT',
        })
      }

      const binder = server.person(account.personId)
      const age = ageOn(member.idNumber, new Date(now))
      const relationError = relationProblem(
        request.relation,
        birthDateOf(binder.idNumber)!.format('YYYY-MM-DD'),
        birthDateOf(member.idNumber)!.format('YYYY-MM-DD'),
        age,
      )
      if (relationError) throw field('relation', relationError)

      const confirm = needsMemberConfirmation(age)
      // Under 16 there is no code to ask for, so knowing a child's name and ID number must not be enough: only a
      // parent whose own registry record (户籍) names the child binds at once. Anyone else goes to the counter.
      if (!confirm && !(request.relation === 'child' && binder.children?.includes(member.id))) {
        throw new BackendError(
          'RULE_VIOLATION',
          `${member.name}未满16周岁，只有户籍登记的父母可以直接绑定。其他监护人请携带户口簿和监护关系证明到参保地医保经办机构办理`,
          { reason: 'NOT_GUARDIAN', fields: { relation: '未满16周岁的成员只能由户籍登记的父母绑定' } },
        )
      }
      if (confirm) assertNotLocked({ accountId: account.id, personId: member.id })
      // The code goes to the phone the member registered; another phone would let the binder confirm for them.
      if (confirm && request.phone !== member.phone) {
        throw field('phone', '手机号与该参保人在医保登记的手机号不一致，验证码只能发送到本人登记的手机')
      }

      const binding: BindingRecord = {
        id: server.nextId('B'),
        accountId: account.id,
        personId: member.id,
        relation: request.relation,
        status: 'pending',
        createdAt: now,
      }
      server.state.bindings.push(binding)
      if (confirm) issueCode(binding)
      else activate(account, binding)
      server.rememberRequest(account, request.requestId, { ...call, resultId: binding.id, personId: '' })
      server.save()
      return challengeOf(binding)
    },

    resendCode(caller, rawId) {
      const account = server.account(caller)
      const binding = ownBinding(account, rawId)
      if (binding.status === 'active') throw new BackendError('CONFLICT', '该成员已确认绑定，无需再发送验证码')
      if (binding.status === 'unbound') throw new BackendError('RULE_VIOLATION', '该绑定申请已失效，请重新添加', { reason: 'BINDING_GONE' })
      assertNotLocked(binding)
      const now = server.now()
      if (binding.resendAvailableAt !== undefined && binding.resendAvailableAt > now) {
        const seconds = Math.ceil((binding.resendAvailableAt - now) / 1000)
        throw new BackendError('RATE_LIMITED', `请${seconds}秒后再重新发送`, { availableAt: binding.resendAvailableAt })
      }
      issueCode(binding)
      server.save()
      return challengeOf(binding)
    },

    confirm(caller, rawId, rawCode) {
      const account = server.account(caller)
      const binding = ownBinding(account, rawId)
      const code = parseInput(v.object({ code: CodeSchema }), { code: rawCode }).code
      if (binding.status === 'active') throw new BackendError('CONFLICT', '该成员已确认绑定，无需重复确认')
      if (binding.status === 'unbound') throw new BackendError('RULE_VIOLATION', '该绑定申请已失效，请重新添加', { reason: 'BINDING_GONE' })
      assertNotLocked(binding)
      if (binding.code === undefined) throw new BackendError('RULE_VIOLATION', '验证码已失效，请重新获取', { reason: 'CODE_EXPIRED' })
      const now = server.now()
      if (binding.codeExpiresAt === undefined || binding.codeExpiresAt <= now) {
        throw new BackendError('RULE_VIOLATION', '验证码已过期，请重新获取', { reason: 'CODE_EXPIRED' })
      }
      if (code !== binding.code) {
        const lock = lockOf(binding)
        lock.wrongTries += 1
        server.state.memberWrongTries[binding.personId] = [...memberTries(binding.personId), now]
        const left = FAMILY_RULES.maxWrongTries - lock.wrongTries
        const memberCapped = memberTries(binding.personId).length >= FAMILY_RULES.maxWrongTriesPerMember
        if (left <= 0 || memberCapped) {
          if (left <= 0) lock.lockedUntil = now + FAMILY_RULES.lockMs
          binding.code = undefined
          server.save()
          assertNotLocked(binding)
        }
        server.save()
        throw new BackendError('VALIDATION', `验证码不正确，还可以再试${left}次`, {
          reason: 'CODE_WRONG',
          triesLeft: left,
          fields: { code: `验证码不正确，还可以再试${left}次` },
        })
      }
      activate(account, binding)
      server.save()
      return toMember(binding)
    },

    unbind(caller, rawId) {
      const account = server.account(caller)
      const id = parseInput(BindingIdSchema, rawId)
      // Either side: the binder, or the member signed in to their own account.
      const binding = server.state.bindings.find((b) => b.id === id && (b.accountId === account.id || b.personId === account.personId))
      if (!binding) throw new BackendError('NOT_FOUND', '没有找到该绑定', { reason: 'BINDING_GONE' })
      // Already ended: a retried request succeeds without doing anything twice.
      if (binding.status === 'unbound') return
      const byMember = binding.accountId !== account.id
      const wasPending = binding.status === 'pending'
      binding.status = 'unbound'
      binding.unboundAt = server.now()
      binding.unboundBy = byMember ? 'member' : 'binder'
      clearChallenge(binding)

      const binderAccount = server.state.accounts.find((a) => a.id === binding.accountId)!
      const binder = server.person(binderAccount.personId)
      const member = server.person(binding.personId)
      const what = wasPending ? '绑定申请已取消' : '亲情账户已解除绑定'
      server.notify({
        kind: 'family',
        personId: binder.id,
        title: what,
        body: byMember
          ? `${member.name}已解除您的代办授权，您将不能再查看或办理${member.name}的业务。`
          : `您已解除与${member.name}的绑定，不能再查看或办理${member.name}的业务。`,
      })
      server.notify({
        kind: 'family',
        personId: member.id,
        title: what,
        body: byMember ? `您已解除${binder.name}的代办授权。` : `${binder.name}已解除与您的亲情账户绑定，不能再代您办理业务。`,
      })
      server.save()
    },

    delegations(caller, personId) {
      server.assertCanActFor(caller, personId)
      return server.state.delegations.filter((d) => d.personId === personId)
    },
  }
}
