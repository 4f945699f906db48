import { canTransitionClaim, type ClaimStatus, type ClaimSubmission, type Region } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

const DAY = 24 * 3600 * 1000
/** The mock's default review delay is 20 s a step; a minute and a bit passes every step. */
const STEP = 21_000
const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }

let seq = 0
const rid = () => `claim-${Date.now().toString(36)}-${++seq}`
const chinaDay = (now: number, plusDays = 0) => new Date(now + 8 * 3600 * 1000 + plusDays * DAY).toISOString().slice(0, 10)
const photo = (ref: string, sizeBytes = 300_000) => ({ ref, sizeBytes, mime: 'image/jpeg' as const })

/** A self-paid stay with two invoices, discharged ten days ago. */
function stay(now: number, overrides: Partial<ClaimSubmission> = {}): ClaimSubmission {
  return {
    requestId: rid(),
    personId: DEMO.self,
    hospital: '广州市示例第一人民医院',
    destination: GUANGZHOU,
    admissionDate: chinaDay(now, -20),
    dischargeDate: chinaDay(now, -10),
    amountFen: 1_234_567,
    invoices: [
      { number: `GZ${String(++seq).padStart(8, '0')}`, amountFen: 1_000_000 },
      { number: `GZ${String(++seq).padStart(8, '0')}`, amountFen: 234_567 },
    ],
    materials: [
      { kind: 'invoice', files: [photo('invoice-1.jpg'), photo('invoice-2.jpg')] },
      { kind: 'cost-list', files: [photo('cost-list.jpg')] },
    ],
    basis: 'late-filed',
    ...overrides,
  }
}

const fieldsOf = async (promise: Promise<unknown>) => {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as {
    code: string
    message: string
    details: { fields?: Record<string, string>; reason?: string; latestDate?: string; relatedId?: string }
  }
  expect(error).not.toBeNull()
  return error
}

/** The claim's statuses in its history form a legal path from 已受理. */
function expectLegalPath(statuses: ClaimStatus[]) {
  expect(statuses[0]).toBe('accepted')
  for (let i = 1; i < statuses.length; i++) expect(canTransitionClaim(statuses[i - 1], statuses[i])).toBe(true)
}

export function claimsContract(make: ContractFactory): void {
  describe('claims (手工报销)', () => {
    it('accepts a self-paid stay with two invoices, lists it, and files once for a repeated request id', async () => {
      const clients = await make()
      const input = stay(clients.now())
      const claim = await clients.demo.claims.submit(input)
      expect(claim).toMatchObject({ status: 'accepted', personId: DEMO.self, personName: '李明', amountFen: 1_234_567 })
      expect(claim.id).toMatch(/^BX\d+$/)
      expect(claim.title).toContain('广州市示例第一人民医院')
      expect(claim.invoices).toHaveLength(2)
      expect(claim.history).toEqual([expect.objectContaining({ status: 'accepted' })])
      expect(claim.history[0].actorName).toBeUndefined()
      // A double tap or a retry after a lost response: the same claim.
      const again = await clients.demo.claims.submit(input)
      expect(again.id).toBe(claim.id)
      const list = await clients.demo.claims.list()
      expect(list.filter((c) => c.id === claim.id)).toHaveLength(1)
      expect(list.map((c) => c.id)).toEqual([claim.id])
      // The same request id for a different claim is refused, not silently answered with the first.
      const misuse = await fieldsOf(clients.demo.claims.submit({ ...input, hospital: '另一家示例医院' }))
      expect(misuse).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
    })

    it('is authorised for the person acted for, and audited when a relative files', async () => {
      const clients = await make()
      const mine = await clients.demo.claims.submit(stay(clients.now(), { personId: DEMO.mother, basis: 'emergency' }))
      expect(mine.history[0].actorName).toBe('李明')
      await expectBackendError(clients.other.claims.get(mine.id), 'NOT_FOUND')
      await expectBackendError(clients.other.claims.submit(stay(clients.now(), { personId: DEMO.mother })), 'FORBIDDEN')
      await expectBackendError(clients.other.claims.list({ personId: DEMO.mother }), 'FORBIDDEN')
      await expectBackendError(clients.demo.claims.submit(stay(clients.now(), { personId: DEMO.unboundRegistered })), 'FORBIDDEN')
      await expectBackendError(clients.anonymous.claims.list(), 'UNAUTHENTICATED')
      expect(await clients.other.claims.list()).toEqual([])
      await expectBackendError(clients.demo.claims.get('BX999999'), 'NOT_FOUND')
      const delegations = await clients.demo.family.delegations(DEMO.mother)
      expect(delegations.some((d) => d.action === '申请手工报销' && d.actorName === '李明')).toBe(true)
    })

    it('refuses an invoice already claimed, across all the person’s claims, whatever its spacing or case', async () => {
      const clients = await make()
      const first = await clients.demo.claims.submit(stay(clients.now()))
      const reused = first.invoices[1].number.toLowerCase().replace(/(\d{4})/, '$1 ')
      const second = stay(clients.now(), {
        invoices: [
          { number: 'NEW00000001', amountFen: 100_000 },
          { number: reused, amountFen: 34_567 },
        ],
        amountFen: 134_567,
      })
      const error = await fieldsOf(clients.demo.claims.submit(second))
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'DUPLICATE_INVOICE', relatedId: first.id } })
      expect(error.details.fields?.['invoices.1.number']).toMatch(/不能重复报销/)
      expect((await clients.demo.claims.list()).map((c) => c.id)).toEqual([first.id])
      // Another person's claims do not block this person's invoice numbers.
      const mother = await clients.demo.claims.submit({ ...second, requestId: rid(), personId: DEMO.mother })
      expect(mother.status).toBe('accepted')
    })

    it('checks amounts and dates on the server, with a Chinese message at the field', async () => {
      const clients = await make()
      const now = clients.now()
      const cases: [Partial<ClaimSubmission>, string][] = [
        [{ admissionDate: chinaDay(now, -5), dischargeDate: chinaDay(now, -8) }, 'dischargeDate'],
        [{ dischargeDate: chinaDay(now, 2) }, 'dischargeDate'],
        [{ admissionDate: chinaDay(now, 1), dischargeDate: chinaDay(now, 3) }, 'admissionDate'],
        [{ amountFen: 0, invoices: [{ number: 'ZERO0000001', amountFen: 0 }] }, 'amountFen'],
        [{ amountFen: -500, invoices: [{ number: 'NEG00000001', amountFen: -500 }] }, 'amountFen'],
        [{ amountFen: 12.5 }, 'amountFen'],
        [{ amountFen: 300_000_000, invoices: [{ number: 'BIG00000001', amountFen: 300_000_000 }] }, 'amountFen'],
        [{ invoices: [] }, 'invoices'],
        [{ invoices: [{ number: '12', amountFen: 1_234_567 }] }, 'invoices.0.number'],
        [{ materials: [{ kind: 'cost-list', files: [photo('c.jpg')] }] }, 'materials.invoice'],
        [{ hospital: '医院' }, 'hospital'],
        [{ destination: { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' } }, 'destination'],
      ]
      for (const [overrides, field] of cases) {
        const error = await fieldsOf(clients.demo.claims.submit(stay(now, overrides)))
        expect(error.code).toBe('VALIDATION')
        expect(error.details.fields?.[field]).toMatch(/[\u4e00-\u9fff]/)
      }
      const mismatch = await fieldsOf(clients.demo.claims.submit(stay(now, { amountFen: 1_234_000 })))
      expect(mismatch).toMatchObject({ code: 'VALIDATION', details: { reason: 'AMOUNT_MISMATCH' } })
      expect(mismatch.details.fields?.amountFen).toMatch(/不一致/)
      expect(await clients.demo.claims.list()).toEqual([])
    })

    it('refuses a stay discharged longer ago than the 参保地’s window (one year by default)', async () => {
      const clients = await make()
      const now = clients.now()
      const error = await fieldsOf(
        clients.demo.claims.submit(stay(now, { admissionDate: chinaDay(now, -400), dischargeDate: chinaDay(now, -380) })),
      )
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'CLAIM_WINDOW_CLOSED' } })
      expect(error.details.latestDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(error.details.latestDate! < chinaDay(now)).toBe(true)
      // Within the year it is accepted.
      const ok = await clients.demo.claims.submit(stay(now, { admissionDate: chinaDay(now, -350), dischargeDate: chinaDay(now, -340) }))
      expect(ok.status).toBe('accepted')
    })

    it('moves 已受理 → 审核中 → 已核定 → 已支付 on its own, with a message at each step and a 手工报销 settlement', async () => {
      const clients = await make()
      const claim = await clients.demo.claims.submit(stay(clients.now()))
      const seen: ClaimStatus[] = [claim.status]
      for (let i = 0; i < 4; i++) {
        clients.advance(STEP)
        const now = await clients.demo.claims.get(claim.id)
        if (now.status !== seen[seen.length - 1]) seen.push(now.status)
      }
      expect(seen).toEqual(['accepted', 'reviewing', 'approved', 'paid'])
      const paid = await clients.demo.claims.get(claim.id)
      expectLegalPath(paid.history.map((e) => e.status))
      expect(paid.history.map((e) => e.status)).toEqual(['accepted', 'reviewing', 'approved', 'paid'])
      for (let i = 1; i < paid.history.length; i++) expect(paid.history[i].at).toBeGreaterThanOrEqual(paid.history[i - 1].at)
      const a = paid.assessment!
      // 李明 is 职工医保 in 荆门; late-filed without a filing in hand: other-temporary, 20 points lower.
      expect(a.fundFen + a.selfFen).toBe(paid.amountFen)
      expect(a.ratioPct).toBe(a.homeRatioPct - a.ratioCutPoints)
      expect(a.ratioCutPoints).toBe(20)
      expect(a.fundFen).toBeGreaterThan(0)
      expect(a.fundFen).toBeLessThan(paid.amountFen)
      expect(paid.payout).toMatchObject({ amountFen: a.fundFen })
      expect(paid.payout!.accountMasked).toMatch(/\*{4} \d{4}$/)
      expect(paid.payout!.accountMasked).not.toMatch(/\d{8,}/)
      expect(paid.updatedAt).toBe(paid.history[3].at)

      const messages = (await clients.demo.messages.list()).filter((m) => m.kind === 'claim' && m.body.includes(claim.id))
      expect(messages.map((m) => m.title).sort()).toEqual(['手工报销已受理', '手工报销审核中', '手工报销已核定', '手工报销已支付'].sort())

      const settlements = await clients.demo.records.settlements(DEMO.self, { pageSize: 50 })
      const manual = settlements.items.find((s) => s.claimId === claim.id)
      expect(manual).toMatchObject({ channel: 'manual-claim', totalFen: paid.amountFen, fundFen: a.fundFen, accountFen: 0 })
      expect(manual!.fundFen + manual!.accountFen + manual!.familyAccountFen + manual!.cashFen).toBe(manual!.totalFen)
      expect(paid.payout!.settlementId).toBe(manual!.id)
      expect((await clients.demo.records.settlement(manual!.id)).claimId).toBe(claim.id)
    })

    it('pays a stay under a long-term filing at the home level, and only accepts the person’s own approved filing', async () => {
      const clients = await make()
      const now = clients.now()
      const filing = await clients.demo.filings.submit({
        requestId: rid(),
        personId: DEMO.self,
        category: 'long-term-resident',
        destination: GUANGZHOU,
        startDate: chinaDay(now, 1),
        phone: '13872451234',
        address: '广州市天河区体育西路1号',
        usePledge: true,
        materials: [],
      })
      expect(filing.status).toBe('approved')
      const foreign = await fieldsOf(clients.demo.claims.submit(stay(now, { personId: DEMO.mother, filingId: filing.id })))
      expect(foreign.code).toBe('VALIDATION')
      expect(foreign.details.fields?.filingId).toMatch(/没有找到/)
      const claim = await clients.demo.claims.submit(stay(now, { basis: 'filed', filingId: filing.id }))
      expect(claim.filingId).toBe(filing.id)
      clients.advance(STEP * 3)
      const decided = await clients.demo.claims.get(claim.id)
      expect(decided.assessment).toMatchObject({ category: 'long-term-resident', ratioCutPoints: 0 })
      expect(decided.assessment!.ratioPct).toBe(decided.assessment!.homeRatioPct)
    })

    it('pays an emergency at the emergency level (10 points lower) and never pays a refused claim', async () => {
      const clients = await make()
      const emergency = await clients.demo.claims.submit(stay(clients.now(), { basis: 'emergency' }))
      const unreadable = await clients.demo.claims.submit(
        stay(clients.now(), {
          materials: [
            { kind: 'invoice', files: [photo('blurry.jpg', 1200)] },
            { kind: 'cost-list', files: [photo('cost.jpg')] },
          ],
        }),
      )
      clients.advance(STEP * 5)
      const paid = await clients.demo.claims.get(emergency.id)
      expect(paid.status).toBe('paid')
      expect(paid.assessment).toMatchObject({ category: 'emergency', ratioCutPoints: 10 })
      const refused = await clients.demo.claims.get(unreadable.id)
      expect(refused.status).toBe('rejected')
      expect(refused.rejectReason).toMatch(/不清晰/)
      expect(refused.payout).toBeUndefined()
      expectLegalPath(refused.history.map((e) => e.status))
      clients.advance(DAY)
      await clients.demo.session.login('demo')
      expect((await clients.demo.claims.get(unreadable.id)).status).toBe('rejected')
      // A refused claim frees its invoices: the person may claim them again with clear photos.
      const retry = await clients.demo.claims.submit(stay(clients.now(), { invoices: refused.invoices, amountFen: refused.amountFen }))
      expect(retry.status).toBe('accepted')
      // Filters narrow by status; newest change first.
      const rejected = await clients.demo.claims.list({ status: ['rejected'] })
      expect(rejected.map((c) => c.id)).toEqual([unreadable.id])
      const list = await clients.demo.claims.list()
      expect(list[0].id).toBe(retry.id)
      for (let i = 1; i < list.length; i++) expect(list[i - 1].updatedAt).toBeGreaterThanOrEqual(list[i].updatedAt)
    })
  })
}
