import type { Backend } from '@/backend/port'
import type { BindingRequest, Relation } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

/** The demo people's identifiers, as a binder would type them from the member's ID card. */
export const DEMO_MEMBERS = {
  mother: { name: '王秀英', idNumber: '430406195803082429', phone: '13907341122' },
  unboundRegistered: { name: '张桂芳', idNumber: '320102196207151288', phone: '13951886677' },
  child: { name: '李小雨', idNumber: '420802201609014820', phone: '13872451234' },
  otherAccountSelf: { name: '陈志强', idNumber: '430405197901302133', phone: '13807345566' },
  self: { name: '李明', idNumber: '420802198805121733', phone: '13872451234' },
} as const

let requests = 0
export function bindingRequest(
  member: { name: string; idNumber: string; phone: string },
  relation: Relation,
  overrides: Partial<BindingRequest> = {},
): BindingRequest {
  requests += 1
  return { requestId: `contract-${requests}-${Math.random()}`, ...member, relation, pledgeAccepted: true, ...overrides }
}

const MINUTE = 60_000

/** A wrong code that is never the real one: real codes have no leading zero. */
const WRONG = '000000'

const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }

/** Reads that name a person: allowed for self and active members, refused for anyone else. */
function personReads(b: Backend): Record<string, (personId: string) => Promise<unknown>> {
  return {
    'family.delegations': (id) => b.family.delegations(id),
    'records.insurance': (id) => b.records.insurance(id),
    'records.contributions': (id) => b.records.contributions(id, {}),
    'records.account': (id) => b.records.account(id),
    'records.accountFlow': (id) => b.records.accountFlow(id, {}),
    'records.settlements': (id) => b.records.settlements(id, {}),
    'filings.policyFor': (id) => b.filings.policyFor(id),
    'filings.list': (id) => b.filings.list({ personId: id }),
  }
}

/** Writes that name a person; only ever called where they must be refused. */
function personWrites(b: Backend): Record<string, (personId: string) => Promise<unknown>> {
  return {
    'filings.submit': (id) =>
      b.filings.submit({
        requestId: `auth-${id}-${Math.random()}`,
        personId: id,
        category: 'long-term-resident',
        destination: GUANGZHOU,
        startDate: new Date(Date.now() + 8 * 3600_000 + 2 * 86400_000).toISOString().slice(0, 10),
        phone: '13872451234',
        address: '广州市天河区体育西路1号',
        usePledge: true,
        materials: [],
      }),
  }
}

const outcome = (name: string, p: Promise<unknown>) =>
  p.then(
    () => `${name} allowed`,
    (e: { code?: string }) => `${name} ${e.code}`,
  )

async function expectRefusedEverywhere(b: Backend, personId: string, codes: readonly string[] = ['FORBIDDEN']): Promise<void> {
  for (const [name, call] of Object.entries({ ...personReads(b), ...personWrites(b) })) {
    const result = await outcome(name, call(personId))
    expect(codes.map((c) => `${name} ${c}`)).toContain(result)
  }
}

async function expectAllowedEverywhere(b: Backend, personId: string): Promise<void> {
  for (const [name, call] of Object.entries(personReads(b))) {
    await expect(outcome(name, call(personId))).resolves.toBe(`${name} allowed`)
  }
}

export function familyContract(make: ContractFactory): void {
  describe('family', () => {
    it('lists the seeded members with masked ids and details only while active', async () => {
      const { demo } = await make()
      const list = await demo.family.list()
      const mother = list.find((m) => m.person?.id === DEMO.mother)!
      expect(mother).toMatchObject({
        status: 'active',
        relation: 'parent',
        personId: DEMO.mother,
        name: '王秀英',
        idNumberMasked: '4304**********2429',
      })
      expect(JSON.stringify(list)).not.toContain(DEMO_MEMBERS.mother.idNumber)
      expect(JSON.stringify(list)).not.toContain(DEMO_MEMBERS.mother.phone)
    })

    it('binds a registered person after their code, and then lets the binder act for them', async () => {
      const { demo } = await make()
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      expect(challenge).toMatchObject({ needsConfirmation: true, phoneMasked: '139****6677', triesLeft: 5 })
      expect(challenge.demoCode).toMatch(/^[1-9]\d{5}$/)
      // Pending: listed as 待确认, no details, no access yet.
      const pending = (await demo.family.list()).find((m) => m.bindingId === challenge.bindingId)!
      expect(pending).toMatchObject({ status: 'pending', name: '张桂芳' })
      expect(pending.person).toBeUndefined()
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
      expect((await demo.session.getProfile()).actable.map((p) => p.id)).not.toContain(DEMO.unboundRegistered)

      const member = await demo.family.confirm(challenge.bindingId, challenge.demoCode!)
      expect(member).toMatchObject({
        status: 'active',
        relation: 'other',
        person: { id: DEMO.unboundRegistered, idNumberMasked: '3201**********1288' },
      })
      expect((await demo.session.getProfile()).actable.map((p) => p.id)).toContain(DEMO.unboundRegistered)
      await expectAllowedEverywhere(demo, DEMO.unboundRegistered)
    })

    it('binds a child under 16 at once, without their confirmation', async () => {
      const { demo } = await make()
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.child, 'child'))
      expect(challenge.needsConfirmation).toBe(false)
      expect(challenge.demoCode).toBeUndefined()
      expect((await demo.family.list()).find((m) => m.bindingId === challenge.bindingId)?.status).toBe('active')
      await expectAllowedEverywhere(demo, DEMO.child)
    })

    it('refuses a name that does not match the ID, an unknown ID, an invalid ID, and self, at the field', async () => {
      const { demo } = await make()
      const cases: [Partial<BindingRequest>, string][] = [
        [{ name: '王秀兰' }, 'idNumber'],
        [{ idNumber: '110101199003070011' }, 'idNumber'],
        [{ idNumber: '430406195803082428' }, 'idNumber'],
        [{ idNumber: '4304061958' }, 'idNumber'],
        [{ ...DEMO_MEMBERS.self }, 'idNumber'],
        [{ phone: '12345' }, 'phone'],
        [{ name: '' }, 'name'],
        [{ pledgeAccepted: false }, 'pledgeAccepted'],
        [{ relation: 'cousin' as Relation }, 'relation'],
      ]
      for (const [overrides, fieldName] of cases) {
        const error = await demo.family
          .startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other', overrides))
          .catch((e: unknown) => e)
        expect(error).toMatchObject({ code: 'VALIDATION' })
        expect(Object.keys((error as { details: { fields: object } }).details.fields)).toContain(fieldName)
        expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
      }
    })

    it('refuses a relation the birth dates make impossible, and a phone that is not the member’s', async () => {
      const { demo } = await make()
      const asChild = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'child')).catch((e: unknown) => e)
      expect(asChild).toMatchObject({ code: 'VALIDATION', details: { fields: { relation: expect.stringContaining('子女') } } })
      const wrongPhone = await demo.family
        .startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other', { phone: '13800000000' }))
        .catch((e: unknown) => e)
      expect(wrongPhone).toMatchObject({ code: 'VALIDATION', details: { fields: { phone: expect.any(String) } } })
    })

    it('refuses binding the same ID twice, and says where the pending one is', async () => {
      const { demo } = await make()
      await expectBackendError(demo.family.startBinding(bindingRequest(DEMO_MEMBERS.mother, 'parent')), 'CONFLICT')
      const first = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      const again = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other')).catch((e: unknown) => e)
      expect(again).toMatchObject({ code: 'CONFLICT', details: { reason: 'PENDING_CONFIRMATION', relatedId: first.bindingId } })
    })

    it('returns the same challenge for a retried request id instead of binding twice', async () => {
      const { demo } = await make()
      const request = bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other')
      const first = await demo.family.startBinding(request)
      const retry = await demo.family.startBinding(request)
      expect(retry.bindingId).toBe(first.bindingId)
      expect((await demo.family.list()).filter((m) => m.name === '张桂芳')).toHaveLength(1)
    })

    it('enforces the 60 s resend cooldown, and a resent code replaces the old one', async () => {
      const { demo, advance } = await make()
      const first = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      const early = await demo.family.resendCode(first.bindingId).catch((e: unknown) => e)
      expect(early).toMatchObject({ code: 'RATE_LIMITED', details: { availableAt: first.resendAvailableAt } })
      advance(59_000)
      await expectBackendError(demo.family.resendCode(first.bindingId), 'RATE_LIMITED')
      advance(1_000)
      const second = await demo.family.resendCode(first.bindingId)
      expect(second.resendAvailableAt).toBeGreaterThan(first.resendAvailableAt)
      if (second.demoCode !== first.demoCode) {
        await expectBackendError(demo.family.confirm(first.bindingId, first.demoCode!), 'VALIDATION')
      }
      await expect(demo.family.confirm(first.bindingId, second.demoCode!)).resolves.toMatchObject({ status: 'active' })
    })

    it('expires a code after 10 minutes', async () => {
      const { demo, advance } = await make()
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      expect(challenge.expiresAt - challenge.resendAvailableAt).toBe(9 * MINUTE)
      advance(10 * MINUTE)
      const error = await demo.family.confirm(challenge.bindingId, challenge.demoCode!).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', message: '验证码已过期，请重新获取' })
      const fresh = await demo.family.resendCode(challenge.bindingId)
      await expect(demo.family.confirm(challenge.bindingId, fresh.demoCode!)).resolves.toMatchObject({ status: 'active' })
    })

    it('locks the attempt for 30 minutes after 5 wrong codes, even for the right code', async () => {
      const { demo, advance, now } = await make()
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      for (let left = 4; left >= 1; left--) {
        const error = await demo.family.confirm(challenge.bindingId, WRONG).catch((e: unknown) => e)
        expect(error).toMatchObject({
          code: 'VALIDATION',
          message: `验证码不正确，还可以再试${left}次`,
          details: { reason: 'CODE_WRONG', triesLeft: left },
        })
      }
      const locked = await demo.family.confirm(challenge.bindingId, WRONG).catch((e: unknown) => e)
      expect(locked).toMatchObject({ code: 'LOCKED', details: { reason: 'LOCKED', availableAt: expect.any(Number) } })
      const until = (locked as { details: { availableAt: number } }).details.availableAt
      await expectBackendError(demo.family.confirm(challenge.bindingId, challenge.demoCode!), 'LOCKED')
      await expectBackendError(demo.family.resendCode(challenge.bindingId), 'LOCKED')
      advance(29 * MINUTE)
      await expectBackendError(demo.family.resendCode(challenge.bindingId), 'LOCKED')
      advance(until - now())
      const fresh = await demo.family.resendCode(challenge.bindingId)
      expect(fresh.triesLeft).toBe(5)
      await expect(demo.family.confirm(challenge.bindingId, fresh.demoCode!)).resolves.toMatchObject({ status: 'active' })
      await expectAllowedEverywhere(demo, DEMO.unboundRegistered)
    })

    it('lets only the binder see, resend, confirm or unbind a binding', async () => {
      const { demo, other, anonymous } = await make()
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      await expectBackendError(other.family.confirm(challenge.bindingId, challenge.demoCode!), 'NOT_FOUND')
      await expectBackendError(other.family.resendCode(challenge.bindingId), 'NOT_FOUND')
      await expectBackendError(other.family.unbind('B001'), 'NOT_FOUND')
      await expectBackendError(anonymous.family.list(), 'UNAUTHENTICATED')
      await expectBackendError(anonymous.family.unbind('B001'), 'UNAUTHENTICATED')
      expect((await other.family.list()).length).toBe(0)
      await expectRefusedEverywhere(other, DEMO.mother)
      await expectRefusedEverywhere(other, DEMO.self)
    })

    it('refuses forged person ids on every method that names a person', async () => {
      const { demo } = await make()
      // Well-formed ids of nobody get the same answer as someone else's, so ids cannot be probed.
      for (const forged of ['P999', 'P0002', 'P006']) await expectRefusedEverywhere(demo, forged)
      // Malformed ones may also be refused as invalid input.
      for (const forged of ['', 'p002', 'P002 ', '../P002', '430406195803082429']) {
        await expectRefusedEverywhere(demo, forged, ['FORBIDDEN', 'VALIDATION'])
      }
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
      await expectRefusedEverywhere(demo, DEMO.otherAccountSelf)
      await expectAllowedEverywhere(demo, DEMO.self)
      await expectAllowedEverywhere(demo, DEMO.mother)
    })

    it('after the binder unbinds, access ends at once and old codes never work again', async () => {
      const { demo } = await make()
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      const code = challenge.demoCode!
      await demo.family.confirm(challenge.bindingId, code)
      await expectAllowedEverywhere(demo, DEMO.unboundRegistered)
      await demo.family.unbind(challenge.bindingId)
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
      const ended = (await demo.family.list()).find((m) => m.bindingId === challenge.bindingId)!
      expect(ended).toMatchObject({ status: 'unbound', unboundBy: 'binder' })
      expect(ended.person).toBeUndefined()
      expect((await demo.session.getProfile()).actable.map((p) => p.id)).not.toContain(DEMO.unboundRegistered)
      // Replaying the old code on the ended binding does not revive it.
      await expectBackendError(demo.family.confirm(challenge.bindingId, code), 'RULE_VIOLATION')
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
      // Unbinding again is a harmless no-op (a retried request).
      await demo.family.unbind(challenge.bindingId)
      // Binding again is a fresh request with a fresh code; the old binding's code is still dead.
      const again = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      expect(again.bindingId).not.toBe(challenge.bindingId)
      await expectBackendError(demo.family.confirm(challenge.bindingId, again.demoCode!), 'RULE_VIOLATION')
      await expectRefusedEverywhere(demo, DEMO.unboundRegistered)
    })

    it('unbinding a seeded parent removes their messages from the binder', async () => {
      const { demo } = await make()
      expect((await demo.messages.list()).some((m) => m.personId === DEMO.mother)).toBe(true)
      await demo.family.unbind('B001')
      expect((await demo.messages.list()).some((m) => m.personId === DEMO.mother)).toBe(false)
      await expectRefusedEverywhere(demo, DEMO.mother)
      const notes = await demo.messages.list()
      expect(notes.some((m) => m.personId === DEMO.self && m.title === '亲情账户已解除绑定')).toBe(true)
    })

    it('after unbinding, stale links to the member’s filings and settlements are refused with a clear message', async () => {
      const { demo } = await make()
      const filings = await demo.filings.list({ personId: DEMO.mother })
      const settlements = await demo.records.settlements(DEMO.mother, {})
      expect(filings.length).toBeGreaterThan(0)
      await demo.family.unbind('B001')
      for (const f of filings) {
        // The same answer as an unknown id (ids cannot be enumerated), with a message that explains the likely cause.
        const error = await demo.filings.get(f.id).catch((e: unknown) => e)
        expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('解除亲情账户绑定') })
        await expectBackendError(demo.filings.cancel(f.id, { requestId: `stale-${f.id}` }), 'NOT_FOUND')
        await expectBackendError(demo.filings.change(f.id, { requestId: `stale-change-${f.id}`, destination: GUANGZHOU }), 'NOT_FOUND')
      }
      for (const s of settlements.items) await expectBackendError(demo.records.settlement(s.id), 'FORBIDDEN')
      // And lists no longer include them.
      expect((await demo.filings.list()).some((f) => f.personId === DEMO.mother)).toBe(false)
    })

    it('lets the member unbind from their own account, and the binder loses access', async () => {
      const { demo, other } = await make()
      // 陈志强 has his own account (other); 李明 binds him.
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.otherAccountSelf, 'other'))
      expect(await other.family.boundBy()).toEqual([
        expect.objectContaining({
          bindingId: challenge.bindingId,
          status: 'pending',
          binderName: '李明',
          binderPhoneMasked: '138****1234',
        }),
      ])
      await demo.family.confirm(challenge.bindingId, challenge.demoCode!)
      await expectAllowedEverywhere(demo, DEMO.otherAccountSelf)
      // The member sees who acts for them, but gains no access to the binder.
      await expectRefusedEverywhere(other, DEMO.self)
      await other.family.unbind(challenge.bindingId)
      await expectRefusedEverywhere(demo, DEMO.otherAccountSelf)
      expect((await demo.family.list()).find((m) => m.bindingId === challenge.bindingId)).toMatchObject({
        status: 'unbound',
        unboundBy: 'member',
      })
      expect(await other.family.boundBy()).toEqual([])
      expect((await demo.messages.list()).some((m) => m.personId === DEMO.self && m.body.includes('陈志强已解除'))).toBe(true)
    })

    it('shows the member who acted for them', async () => {
      const { demo, now } = await make()
      const filing = await demo.filings.submit({
        requestId: `deleg-${Math.random()}`,
        personId: DEMO.mother,
        category: 'long-term-resident',
        destination: GUANGZHOU,
        startDate: new Date(now() + 8 * 3600_000 + 86400_000).toISOString().slice(0, 10),
        phone: '13907341122',
        address: '广州市天河区体育西路1号',
        usePledge: true,
        materials: [],
      })
      expect(filing.personId).toBe(DEMO.mother)
      const history = await demo.family.delegations(DEMO.mother)
      expect(history[0]).toMatchObject({ personId: DEMO.mother, actorName: '李明', action: expect.stringContaining('备案') })
      // Acting for oneself is not a delegation.
      expect((await demo.family.delegations(DEMO.self)).length).toBe(0)
    })
  })
}
