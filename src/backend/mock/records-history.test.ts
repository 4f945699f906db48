import fc from 'fast-check'
import { personHistory } from '@/backend/mock/records-history'
import { SEED_PERSONS } from '@/backend/mock/seed-people'

const lookup = (id: string) => SEED_PERSONS.find((p) => p.id === id)
const person = (id: string) => lookup(id)!
const NOW = Date.parse('2026-11-23T10:00:00+08:00')

describe('record histories', () => {
  it('for any seed and day: parts add up to the fen, credits only for paid periods, balance never below zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 400 }), (seed, daysLater) => {
        const now = NOW + daysLater * 86_400_000
        for (const id of ['P001', 'P002', 'P003', 'P006']) {
          const h = personHistory(seed, person(id), now)
          for (const c of h.contributions) {
            expect(c.employerFen + c.personalFen).toBe(c.totalFen)
            if (c.status === 'arrears') expect(c.accountCreditFen).toBe(0)
          }
          let balance = 0
          for (const f of h.flows) {
            expect(Number.isInteger(f.amountFen)).toBe(true)
            balance += f.amountFen
            expect(f.balanceAfterFen).toBe(balance)
            expect(balance).toBeGreaterThanOrEqual(0)
            expect(f.at).toBeLessThanOrEqual(now)
          }
          expect(h.balanceFen).toBe(balance)
          const paidPeriods = new Set(h.contributions.filter((c) => c.status !== 'arrears').map((c) => c.period))
          for (const f of h.flows)
            if (f.type === 'credit' && f.place !== '退休人员个人账户划入') expect(paidPeriods.has(f.period!)).toBe(true)
          for (const s of h.settlements) {
            expect(s.fundFen + s.accountFen + s.familyAccountFen + s.cashFen).toBe(s.totalFen)
            expect(s.accountFen).toBeGreaterThanOrEqual(0)
            expect(s.cashFen).toBeGreaterThanOrEqual(0)
            if (s.accountFen > 0) expect(h.flows.some((f) => f.settlementId === s.id && f.amountFen === -s.accountFen)).toBe(true)
          }
        }
      }),
      { numRuns: 25 },
    )
  })

  it('gives 王秀英’s 荆门 stay its own figures, not seed 004’s real 衡阳 case (¥11,811.24, treated in 广西)', () => {
    const h = personHistory(20261123, person('P002'), NOW)
    const s = h.settlements.find((x) => x.filingId === 'FS0001' && x.hospital === '荆门市第一人民医院')!
    expect(s.totalFen).toBe(1_046_380)
    expect(s.accountFen + s.cashFen).toBe(336_540)
    for (const p of ['P001', 'P002', 'P003']) {
      expect(personHistory(20261123, person(p), NOW).settlements.some((x) => x.totalFen === 1_181_124)).toBe(false)
    }
  })

  it('charges 城乡居民 ¥180 for 2018 (seed 004, 常宁) and more in later years', () => {
    const h = personHistory(1, person('P003'), NOW)
    const byYear = new Map(h.contributions.map((c) => [c.period, c.totalFen]))
    expect(byYear.get('2018')).toBe(18_000)
    expect(byYear.get('2024')!).toBeGreaterThan(18_000)
    expect(h.flows).toEqual([])
  })

  it('lists next year’s resident contribution only once it is paid, and then as paid by whoever paid it', () => {
    const late = Date.parse('2026-11-23T10:00:00+08:00')
    expect(personHistory(1, person('P003'), late).contributions.some((c) => c.period === '2027')).toBe(false)
    const payment = {
      id: 'FP000001',
      relationshipId: 'GJ000001',
      payerPersonId: 'P001',
      beneficiaryPersonId: 'P003',
      kind: 'contribution' as const,
      amountFen: 40_000,
      at: late - 1000,
      year: 2027,
      description: '2027年度城乡居民医保个人缴费',
      payerLine: '为 李建国（父亲）缴纳2027年度城乡居民医保',
      beneficiaryLine: '家庭共济：由 李明（儿子）的职工医保个人账户支付',
    }
    const app = { settlements: [], payments: [payment] }
    const father = personHistory(1, person('P003'), late, app)
    expect(father.contributions.at(-1)).toMatchObject({ period: '2027', status: 'paid', totalFen: 40_000, familyPaymentId: 'FP000001' })
    const son = personHistory(1, person('P001'), late, app)
    const without = personHistory(1, person('P001'), late)
    expect(son.flows.at(-1)).toMatchObject({ type: 'family-pay', amountFen: -40_000, familyPaymentId: 'FP000001' })
    expect(son.balanceFen).toBe(without.balanceFen - 40_000)
  })

  it('gives a 30-year employee 360 monthly contributions', () => {
    const member = { ...person('P006'), id: 'P900', insuredSince: '1996-12-01' }
    expect(personHistory(1, member, NOW).contributions).toHaveLength(360)
  })
})
