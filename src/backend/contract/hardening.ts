import type { FilingInput, Region } from '@/domain'
import { bindingRequest, DEMO_MEMBERS } from '@/backend/contract/family'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

const WRONG = '000000'
const MINUTE = 60_000
const WUHAN: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' }
const SHENZHEN: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440300', cityName: '深圳市' }

let seq = 0
const rid = () => `harden-${Date.now().toString(36)}-${++seq}`
const chinaDay = (now: number, plusDays: number) => new Date(now + 8 * 3600_000 + plusDays * 86400_000).toISOString().slice(0, 10)

function forMother(now: number): FilingInput & { requestId: string } {
  return {
    requestId: rid(),
    personId: DEMO.mother,
    category: 'other-temporary',
    destination: SHENZHEN,
    startDate: chinaDay(now, 2),
    endDate: chinaDay(now, 200),
    phone: '13907341122',
    address: '深圳市南山区科技园2号',
    usePledge: false,
    materials: [{ kind: 'identity', files: [{ ref: 'photo-1.jpg', sizeBytes: 300_000, mime: 'image/jpeg' }] }],
  }
}

const failure = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as { code: string; message: string; details: Record<string, unknown> },
  )

/** Issue 13: consent codes, lockouts, under-16 binding and request ids, on every adapter. */
export function hardeningContract(make: ContractFactory): void {
  describe('hardening', () => {
    it('hands out unpredictable session tokens (≥ 128 bits) and binding codes: two fresh servers never agree', async () => {
      const a = await make()
      const b = await make()
      const tokens = [await a.anonymous.session.login('same-code'), await b.anonymous.session.login('same-code')].map((s) => s.token)
      expect(tokens[0]).not.toBe(tokens[1])
      for (const token of tokens) expect(token).toMatch(/^[0-9a-f]{32,}$/)
      // On one shared server (the conformance kit) the two codes come from two binders.
      const codes = [
        (await a.demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))).demoCode,
        (await b.other.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))).demoCode,
      ]
      expect(codes[0]).toMatch(/^[1-9]\d{5}$/)
      expect(codes[0]).not.toBe(codes[1])
    })

    it('keeps the 5-try lock on (binder, member) through unbinding and binding again', async () => {
      const { demo, advance } = await make()
      const first = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      for (let i = 0; i < 4; i++) await expectBackendError(demo.family.confirm(first.bindingId, WRONG), 'VALIDATION')
      await expectBackendError(demo.family.confirm(first.bindingId, WRONG), 'LOCKED')
      await demo.family.unbind(first.bindingId)
      // A fresh binding to the same member is still locked, and so is one after a short wait.
      const again = await failure(demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other')))
      expect(again).toMatchObject({ code: 'LOCKED', details: { reason: 'LOCKED', availableAt: expect.any(Number) } })
      advance(10 * MINUTE)
      await expectBackendError(demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other')), 'LOCKED')
      // Once the lock has run out, a new binding starts with all five tries.
      advance(21 * MINUTE)
      const fresh = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      expect(fresh.triesLeft).toBe(5)
    })

    it('caps wrong codes per member across binders, so rotating accounts does not help', async () => {
      const { demo, other } = await make()
      const byDemo = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      for (let i = 0; i < 5; i++) await failure(demo.family.confirm(byDemo.bindingId, WRONG))
      const byOther = await other.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      await expectBackendError(other.family.confirm(byOther.bindingId, WRONG), 'VALIDATION')
      await expectBackendError(other.family.confirm(byOther.bindingId, WRONG), 'VALIDATION')
      // The 8th wrong code against 张桂芳 from anyone locks her for everyone, even with the right code.
      const locked = await failure(other.family.confirm(byOther.bindingId, WRONG))
      expect(locked).toMatchObject({ code: 'LOCKED', details: { reason: 'LOCKED' } })
      await expectBackendError(other.family.resendCode(byOther.bindingId), 'LOCKED')
    })

    it('binds a child under 16 at once only for a parent whose own record names the child', async () => {
      const { demo, other } = await make()
      // 陈志强 knows 李小雨's name and ID number, but is not her parent of record.
      for (const relation of ['child', 'other'] as const) {
        const refused = await failure(other.family.startBinding(bindingRequest(DEMO_MEMBERS.child, relation)))
        expect(refused).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'NOT_GUARDIAN' } })
        expect(refused!.message).toContain('户籍登记的父母')
      }
      await expectBackendError(other.records.insurance(DEMO.child), 'FORBIDDEN')
      // 李明 is: his record names her.
      await expectBackendError(demo.family.startBinding(bindingRequest(DEMO_MEMBERS.child, 'other')), 'RULE_VIOLATION')
      const bound = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.child, 'child'))
      expect(bound.needsConfirmation).toBe(false)
    })

    it('refuses a request id reused for another operation with 409 IDEMPOTENCY_MISMATCH, and does nothing', async () => {
      const { demo, now } = await make()
      const input = forMother(now())
      const filing = await demo.filings.submit(input)
      const reused = await failure(demo.filings.cancel(filing.id, { requestId: input.requestId }))
      expect(reused).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
      expect(reused!.message).toMatch(/[\u4e00-\u9fff]/)
      expect((await demo.filings.get(filing.id)).status).toBe(filing.status)
      // The same body again is a replay: the same filing, not a second one.
      expect((await demo.filings.submit(input)).id).toBe(filing.id)
      // The same id with a different body is refused too.
      const changed = await failure(demo.filings.submit({ ...input, address: '深圳市福田区1号' }))
      expect(changed).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
      // A cancel's request id cannot be replayed as a change of the same filing either.
      const cancel = { requestId: rid() }
      await demo.filings.cancel(filing.id, cancel)
      const asChange = await failure(demo.filings.change(filing.id, { ...cancel, destination: WUHAN }))
      expect(asChange).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
    })

    it('never replays a relative’s filing once the caller may no longer act for her', async () => {
      const { demo, now } = await make()
      const input = forMother(now())
      const filing = await demo.filings.submit(input)
      await demo.family.unbind('B001')
      // Her request id with his own person id: refused, and nothing of hers comes back.
      const asSelf = await failure(demo.filings.submit({ ...input, personId: DEMO.self }))
      expect(asSelf).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
      expect(JSON.stringify(asSelf)).not.toContain(filing.id)
      expect(JSON.stringify(asSelf)).not.toContain('王秀英')
      // The identical request: the replay re-checks access and refuses.
      const replay = await failure(demo.filings.submit(input))
      expect(replay).toMatchObject({ code: 'FORBIDDEN' })
      expect(JSON.stringify(replay)).not.toContain(filing.id)
    })
  })
}
