import { createTestServer } from '@/backend/mock/test-server'
import { dischargeAllNow, simulateOutpatientVisit } from '@/backend/mock/stays'
import { historyOf } from '@/backend/mock/app-records'

let n = 0
const rid = () => `mock-family-pay-${++n}`

describe('家庭共济 in the mock', () => {
  it('refuses a contribution the account cannot cover, with INSUFFICIENT_BALANCE, and pays nothing', async () => {
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    const relationship = await demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: 'P003' })
    // Spend the balance down to ¥1.00 through an earlier medical payment on record.
    const balance = historyOf(t.server, t.server.person('P001')).balanceFen
    t.server.state.familyPay!.payments.push({
      id: 'FP999999',
      relationshipId: relationship.id,
      payerPersonId: 'P001',
      beneficiaryPersonId: 'P003',
      kind: 'medical',
      amountFen: balance - 100,
      at: t.now() - 1000,
      description: '住院费用',
      payerLine: '为 李建国（父亲）支付住院费用',
      beneficiaryLine: '家庭共济：由 李明（儿子）的职工医保个人账户支付',
    })
    const due = (await demo.familyPay.overview()).relatives.find((r) => r.personId === 'P003')!.dueContribution!
    const error = await demo.familyPay
      .payContribution({ requestId: rid(), relationshipId: relationship.id, year: due.year, amountFen: due.amountFen })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'INSUFFICIENT_BALANCE' } })
    expect((await demo.records.account('P001')).balanceFen).toBe(100)
    expect((await demo.records.contributions('P003', { fromYear: due.year })).items).toEqual([])
  })

  it('refuses a holder without a personal account (城乡居民) with NOT_ELIGIBLE payer-no-account', async () => {
    const t = createTestServer()
    t.server.state.persons.find((p) => p.id === 'P001')!.insuranceType = 'resident'
    const demo = await t.signedIn('demo')
    const overview = await demo.familyPay.overview()
    expect(overview.payer).toMatchObject({ usable: false, subReason: 'payer-no-account' })
    const error = await demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: 'P003' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ details: { reason: 'NOT_ELIGIBLE', subReason: 'payer-no-account' } })
  })

  it('offers nothing outside the collection window (September–December)', async () => {
    const t = createTestServer({ start: Date.parse('2027-03-10T10:00:00+08:00') })
    const demo = await t.signedIn('demo')
    const relationship = await demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: 'P003' })
    expect((await demo.familyPay.overview()).relatives.find((r) => r.personId === 'P003')!.dueContribution).toBeUndefined()
    const error = await demo.familyPay
      .payContribution({ requestId: rid(), relationshipId: relationship.id, year: 2027, amountFen: 40_000 })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ details: { reason: 'NOT_ELIGIBLE', subReason: 'outside-collection-window' } })
  })

  it('developer settings: discharge open stays now, and settle an outpatient visit under the newest approved filing', async () => {
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    expect((await demo.filings.get('FS0003')).hasUnsettledStay).toBe(true)
    expect(dischargeAllNow(t.server)).toBe(1)
    expect((await demo.filings.get('FS0003')).hasUnsettledStay).toBe(false)

    // 王秀英 (职工, own account) with 共济 from 李明: her own account pays first.
    await demo.familyPay.start({ requestId: rid(), beneficiaryPersonId: 'P002' })
    const visit = simulateOutpatientVisit(t.server, 'P002')
    expect(visit).toMatchObject({ kind: 'outpatient', personId: 'P002', filingId: 'FS0003' })
    expect(visit.fundFen + visit.accountFen + visit.familyAccountFen + visit.cashFen).toBe(visit.totalFen)
    expect(visit.admissionDate).toBe(visit.dischargeDate)
    const settlements = (await demo.records.settlements('P002', {})).items
    expect(settlements.map((s) => s.id)).toContain(visit.id)
    // Nobody without an approved filing can have a cross-region visit simulated.
    expect(() => simulateOutpatientVisit(t.server, 'P003')).toThrow(/备案/)
  })
})
