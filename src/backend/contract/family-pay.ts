import type { Backend } from '@/backend/port'
import type { AccountFlow, FilingInput, Region } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'
import { bindingRequest, DEMO_MEMBERS } from '@/backend/contract/family'

const DAY = 24 * 3600 * 1000
const SHENZHEN: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440300', cityName: '深圳市' }

let seq = 0
const rid = () => `family-pay-${Date.now().toString(36)}-${++seq}`

function chinaDay(now: number, plusDays = 0): string {
  return new Date(now + 8 * 3600 * 1000 + plusDays * DAY).toISOString().slice(0, 10)
}

async function allFlows(b: Backend, personId: string): Promise<AccountFlow[]> {
  const items: AccountFlow[] = []
  for (let page = 1; ; page++) {
    const result = await b.records.accountFlow(personId, { page, pageSize: 200 })
    items.push(...result.items)
    if (!result.hasMore) return items
  }
}

/** 李明 sets up 家庭共济 for his father 李建国 (城乡居民, 衡阳). */
async function startForFather(demo: Backend) {
  return demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.father })
}

async function fatherDue(demo: Backend) {
  const overview = await demo.familyPay.overview()
  return overview.relatives.find((r) => r.personId === DEMO.father)!.dueContribution!
}

/** A 补办 filing while in hospital: admitted three days ago, not yet discharged. */
function lateFiling(now: number, personId: string): FilingInput & { requestId: string } {
  const start = chinaDay(now, -3)
  const [y, m, d] = start.split('-').map(Number)
  const end = new Date(Date.UTC(y, m - 1 + 6, d)).toISOString().slice(0, 10)
  return {
    requestId: rid(),
    personId,
    category: 'other-temporary',
    destination: SHENZHEN,
    startDate: start,
    endDate: end,
    phone: '13507348866',
    address: '深圳市福田区深南大道1号',
    usePledge: false,
    materials: [],
    lateInHospital: true,
  }
}

export function familyPayContract(make: ContractFactory): void {
  describe('家庭共济', () => {
    it('shows the holder’s account and every bound relative, with what is due and why someone cannot be chosen', async () => {
      const { demo, now } = await make()
      const overview = await demo.familyPay.overview()
      const account = await demo.records.account(DEMO.self)
      expect(overview.payer).toMatchObject({ personId: DEMO.self, name: '李明', usable: true, balanceFen: account.balanceFen })
      expect(overview.relatives.map((r) => r.personId).sort()).toEqual([DEMO.mother, DEMO.father])
      const father = overview.relatives.find((r) => r.personId === DEMO.father)!
      expect(father).toMatchObject({ eligible: true, kinship: '父亲', insuranceType: 'resident' })
      expect(father.relationship).toBeUndefined()
      // The contribution collected now (September–December) is next year's, with its amount, year and source.
      const year = Number(chinaDay(now()).slice(0, 4)) + 1
      expect(father.dueContribution).toMatchObject({ year, amountFen: 40_000 })
      expect(father.dueContribution!.basis).toMatch(/\d{4}年/)
      // 王秀英 pays 职工医保 herself: nothing to pay for her, though her bills can be paid.
      const mother = overview.relatives.find((r) => r.personId === DEMO.mother)!
      expect(mother).toMatchObject({ eligible: true, insuranceType: 'employee' })
      expect(mother.dueContribution).toBeUndefined()
      expect(overview.ended).toEqual([])
    })

    it('李明 pays his father’s resident contribution from his account, once, and both records show it', async () => {
      const { demo } = await make()
      const relationship = await startForFather(demo)
      expect(relationship).toMatchObject({ status: 'active', payerName: '李明', beneficiaryName: '李建国', kinship: '父亲' })
      const due = await fatherDue(demo)
      const before = await demo.records.account(DEMO.self)
      const input = { requestId: rid(), relationshipId: relationship.id, year: due.year, amountFen: due.amountFen }
      const payment = await demo.familyPay.payContribution(input)
      expect(payment).toMatchObject({ kind: 'contribution', amountFen: due.amountFen, year: due.year, relationshipId: relationship.id })
      // A retry after a lost response returns the same payment and pays nothing more.
      expect(await demo.familyPay.payContribution(input)).toEqual(payment)
      // The same request id for a different payment is refused, not answered with the first one.
      const reused = await demo.familyPay.payContribution({ ...input, amountFen: input.amountFen + 100 }).catch((e: unknown) => e)
      expect(reused).toMatchObject({ code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_MISMATCH' } })
      const after = await demo.records.account(DEMO.self)
      expect(after.balanceFen).toBe(before.balanceFen - due.amountFen)
      // The payer's account flow…
      const out = (await demo.records.accountFlow(DEMO.self, { type: 'family-pay' })).items
      expect(out).toHaveLength(1)
      expect(out[0]).toMatchObject({ amountFen: -due.amountFen, familyPaymentId: payment.id, balanceAfterFen: after.balanceFen })
      expect(out[0].place).toContain('李建国')
      // …and the relative's contribution record.
      const contributions = (await demo.records.contributions(DEMO.father, { fromYear: due.year, toYear: due.year })).items
      expect(contributions).toHaveLength(1)
      expect(contributions[0]).toMatchObject({
        period: String(due.year),
        status: 'paid',
        totalFen: due.amountFen,
        familyPaymentId: payment.id,
      })
      expect(contributions[0].note).toContain('李明')
      // Paid: nothing due any more, the year is marked paid, and the payment is listed on the relationship.
      const overview = await demo.familyPay.overview()
      const father = overview.relatives.find((r) => r.personId === DEMO.father)!
      expect(father.dueContribution).toBeUndefined()
      expect(father.paidYear).toBe(due.year)
      expect(father.relationship!.payments.map((p) => p.id)).toEqual([payment.id])
      // A second, new request for the same year is refused as already paid.
      const again = await demo.familyPay.payContribution({ ...input, requestId: rid() }).catch((e: unknown) => e)
      expect(again).toMatchObject({ code: 'CONFLICT', details: { reason: 'ALREADY_PAID' } })
      expect((await demo.records.account(DEMO.self)).balanceFen).toBe(after.balanceFen)
    })

    it('pays a relative’s bill at settlement and shows the split: 统筹 / 个人账户（共济）/ 现金', async () => {
      const { demo, now, advance } = await make()
      await startForFather(demo)
      const before = await demo.records.account(DEMO.self)
      const filing = await demo.filings.submit(lateFiling(now(), DEMO.father))
      expect(filing.hasUnsettledStay).toBe(true)
      advance(10 * 60_000)
      const settled = await demo.filings.get(filing.id)
      const settlementId = settled.stays![0].settlementId!
      const settlement = await demo.records.settlement(settlementId)
      expect(settlement).toMatchObject({ personId: DEMO.father, filingId: filing.id, accountFen: 0 })
      expect(settlement.familyAccountFen).toBeGreaterThan(0)
      expect(settlement.familyPayer).toMatchObject({ name: '李明', kinship: '儿子' })
      expect(settlement.fundFen + settlement.accountFen + settlement.familyAccountFen + settlement.cashFen).toBe(settlement.totalFen)
      expect(settlement.cashFen).toBeGreaterThanOrEqual(0)
      const paid = (await allFlows(demo, DEMO.self)).find((f) => f.settlementId === settlementId)!
      expect(paid).toMatchObject({ type: 'family-pay', amountFen: -settlement.familyAccountFen })
      expect((await demo.records.account(DEMO.self)).balanceFen).toBe(before.balanceFen - settlement.familyAccountFen)
      expect((await demo.records.settlements(DEMO.father, {})).items.map((s) => s.id)).toContain(settlementId)
    })

    it('can be ended: no more payments, earlier ones stay on record', async () => {
      const { demo, other, now, advance } = await make()
      const relationship = await startForFather(demo)
      const due = await fatherDue(demo)
      await demo.familyPay.payContribution({ requestId: rid(), relationshipId: relationship.id, year: due.year, amountFen: due.amountFen })
      await expectBackendError(other.familyPay.end(relationship.id, { requestId: rid() }), 'NOT_FOUND')
      const ended = await demo.familyPay.end(relationship.id, { requestId: rid() })
      expect(ended).toMatchObject({ status: 'ended', endedBy: 'payer' })
      expect(ended.payments).toHaveLength(1)
      const overview = await demo.familyPay.overview()
      expect(overview.relatives.find((r) => r.personId === DEMO.father)!.relationship).toBeUndefined()
      expect(overview.ended.map((r) => r.id)).toEqual([relationship.id])
      const refused = await demo.familyPay
        .payContribution({ requestId: rid(), relationshipId: relationship.id, year: due.year + 1, amountFen: due.amountFen })
        .catch((e: unknown) => e)
      expect(refused).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'NOT_ELIGIBLE', subReason: 'relationship-ended' } })
      // A stay settled after the end is not paid from 李明's account.
      const balance = (await demo.records.account(DEMO.self)).balanceFen
      const filing = await demo.filings.submit(lateFiling(now(), DEMO.father))
      advance(10 * 60_000)
      const settlementId = (await demo.filings.get(filing.id)).stays![0].settlementId!
      expect((await demo.records.settlement(settlementId)).familyAccountFen).toBe(0)
      expect((await demo.records.account(DEMO.self)).balanceFen).toBe(balance)
      // Setting it up again is a new relationship.
      expect((await startForFather(demo)).id).not.toBe(relationship.id)
    })

    it('ends with the 亲情账户 binding it rests on', async () => {
      const { demo } = await make()
      const relationship = await startForFather(demo)
      const binding = (await demo.family.list()).find((m) => m.personId === DEMO.father)!
      await demo.family.unbind(binding.bindingId)
      const overview = await demo.familyPay.overview()
      expect(overview.ended).toEqual([expect.objectContaining({ id: relationship.id, status: 'ended', endedBy: 'binding-ended' })])
      await expectBackendError(demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.father }), 'FORBIDDEN')
    })

    it('refuses what the law does not allow, with a reason code, and pays nothing', async () => {
      const { demo, other, anonymous } = await make()
      const balance = (await demo.records.account(DEMO.self)).balanceFen
      // Only relatives bound to the holder; unknown and foreign ids get the same answer.
      await expectBackendError(demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.unboundRegistered }), 'FORBIDDEN')
      await expectBackendError(demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: 'P999' }), 'FORBIDDEN')
      await expectBackendError(demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.self }), 'FORBIDDEN')
      await expectBackendError(other.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.father }), 'FORBIDDEN')
      await expectBackendError(anonymous.familyPay.overview(), 'UNAUTHENTICATED')
      await expectBackendError(demo.familyPay.start({ requestId: 'x', beneficiaryPersonId: DEMO.father }), 'VALIDATION')
      // A bound relative who is not spouse, parent or child.
      const challenge = await demo.family.startBinding(bindingRequest(DEMO_MEMBERS.unboundRegistered, 'other'))
      await demo.family.confirm(challenge.bindingId, challenge.demoCode!)
      const notClose = await demo.familyPay
        .start({ requestId: rid(), beneficiaryPersonId: DEMO.unboundRegistered })
        .catch((e: unknown) => e)
      expect(notClose).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'NOT_ELIGIBLE', subReason: 'not-close-relative' } })
      expect((await demo.familyPay.overview()).relatives.find((r) => r.personId === DEMO.unboundRegistered)).toMatchObject({
        eligible: false,
        subReason: 'not-close-relative',
      })
      // Contributions only for 城乡居民 relatives, only the year being collected, only the amount due.
      const mother = await demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: DEMO.mother })
      const employee = await demo.familyPay
        .payContribution({ requestId: rid(), relationshipId: mother.id, year: 2027, amountFen: 40_000 })
        .catch((e: unknown) => e)
      expect(employee).toMatchObject({ details: { reason: 'NOT_ELIGIBLE', subReason: 'not-resident' } })
      const father = await startForFather(demo)
      const due = await fatherDue(demo)
      const wrongYear = await demo.familyPay
        .payContribution({ requestId: rid(), relationshipId: father.id, year: due.year + 1, amountFen: due.amountFen })
        .catch((e: unknown) => e)
      expect(wrongYear).toMatchObject({ details: { reason: 'NOT_ELIGIBLE', subReason: 'outside-collection-window' } })
      const wrongAmount = await demo.familyPay
        .payContribution({ requestId: rid(), relationshipId: father.id, year: due.year, amountFen: due.amountFen + 1 })
        .catch((e: unknown) => e)
      expect(wrongAmount).toMatchObject({ code: 'CONFLICT', details: { reason: 'AMOUNT_CHANGED' } })
      await expectBackendError(
        demo.familyPay.payContribution({ requestId: rid(), relationshipId: father.id, year: due.year, amountFen: 400.5 }),
        'VALIDATION',
      )
      // Another account cannot use 李明's relationship.
      await expectBackendError(
        other.familyPay.payContribution({ requestId: rid(), relationshipId: father.id, year: due.year, amountFen: due.amountFen }),
        'NOT_FOUND',
      )
      expect((await demo.records.account(DEMO.self)).balanceFen).toBe(balance)
    })
  })
}
