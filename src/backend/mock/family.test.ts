import fc from 'fast-check'
import { makeIdCard } from '@/lib/id-card'
import { isBackendError, FAMILY_RULES } from '@/domain'
import { bindingRequest, DEMO_MEMBERS } from '@/backend/contract/family'
import { createServices } from '@/backend/mock/services'
import { HENGYANG } from '@/backend/mock/seed-people'
import { createTestServer } from '@/backend/mock/test-server'

/** Registers extra insured people so the limit can be reached. */
function registerPeople(t: ReturnType<typeof createTestServer>, count: number) {
  const people = Array.from({ length: count }, (_, i) => ({
    id: `PX${i}`,
    name: `测试${'甲乙丙丁戊己庚辛壬癸'[i]}`,
    idNumber: makeIdCard('430406', `1950010${(i % 9) + 1}`, 100 + i),
    phone: `1390000000${i}`,
    insuranceType: 'resident' as const,
    insuredRegion: HENGYANG,
    retired: true,
    insuredSince: '2000-01-01',
  }))
  t.server.state.persons.push(...people)
  return people
}

describe('family bindings on the mock server', () => {
  it('allows 8 active or pending members and refuses the 9th with a clear message', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const people = registerPeople(t, 7)
    // Seeded: 2 active. Six more make 8 (pending ones count, so the limit cannot be dodged).
    for (const p of people.slice(0, 6)) await demo.family.startBinding(bindingRequest(p, 'parent'))
    const error = await demo.family.startBinding(bindingRequest(people[6], 'parent')).catch((e: unknown) => e)
    expect(error).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `每个账户最多绑定${FAMILY_RULES.maxMembers}位家庭成员，请先解除不再需要代办的成员`,
    })
    // Unbinding one frees a place.
    await demo.family.unbind('B001')
    await expect(demo.family.startBinding(bindingRequest(people[6], 'parent'))).resolves.toMatchObject({ needsConfirmation: true })
  })

  it('counts down the resend cooldown to the millisecond on the server clock', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const c = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
    expect(c.resendAvailableAt).toBe(t.now() + 60_000)
    expect(c.expiresAt).toBe(t.now() + 10 * 60_000)
    t.advance(59_999)
    await expect(demo.family.resendCode(c.bindingId)).rejects.toMatchObject({ code: 'RATE_LIMITED', message: '请1秒后再重新发送' })
    t.advance(1)
    await expect(demo.family.resendCode(c.bindingId)).resolves.toMatchObject({ resendAvailableAt: t.now() + 60_000 })
  })

  it('locks for exactly 30 minutes from the fifth wrong code', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const c = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
    for (let i = 0; i < 4; i++) await demo.family.confirm(c.bindingId, '000000').catch(() => undefined)
    t.advance(5_000)
    const lockedAt = t.now()
    await expect(demo.family.confirm(c.bindingId, '000000')).rejects.toMatchObject({
      code: 'LOCKED',
      details: { availableAt: lockedAt + 30 * 60_000 },
    })
    t.advance(30 * 60_000 - 1)
    await expect(demo.family.resendCode(c.bindingId)).rejects.toMatchObject({ code: 'LOCKED', message: expect.stringContaining('1分钟') })
    t.advance(1)
    await expect(demo.family.resendCode(c.bindingId)).resolves.toMatchObject({ triesLeft: 5 })
  })

  it('persists bindings and their challenge across a restart', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const c = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
    const binding = JSON.parse(t.store.get('mock-server-state')!).bindings.find((b: { id: string }) => b.id === c.bindingId)
    expect(binding).toMatchObject({ status: 'pending', code: c.demoCode, codeExpiresAt: c.expiresAt })
  })

  it('answers any malformed input with a typed error, never a crash', async () => {
    const t = createTestServer()
    await t.signedIn()
    const services = createServices(t.server).family as unknown as Record<string, (...args: unknown[]) => unknown>
    const caller = { token: t.server.state.sessions[0].token }
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(services)),
        fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 3 }),
        async (method, args) => {
          try {
            await services[method](caller, ...args)
          } catch (error) {
            expect(isBackendError(error)).toBe(true)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
