import type { Backend } from '@/backend/port'
import type { AccountFlow, Contribution } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

async function allContributions(b: Backend, personId: string, range: { fromYear?: number; toYear?: number } = {}): Promise<Contribution[]> {
  const items: Contribution[] = []
  for (let page = 1; ; page++) {
    const result = await b.records.contributions(personId, { ...range, page, pageSize: 200 })
    items.push(...result.items)
    if (!result.hasMore) return items
  }
}

async function allFlows(b: Backend, personId: string): Promise<AccountFlow[]> {
  const items: AccountFlow[] = []
  for (let page = 1; ; page++) {
    const result = await b.records.accountFlow(personId, { page, pageSize: 200 })
    items.push(...result.items)
    if (!result.hasMore) return items
  }
}

export function recordsContract(make: ContractFactory): void {
  describe('records', () => {
    it('shows insurance facts for self and bound parents, with the ID masked', async () => {
      const { demo } = await make()
      const self = await demo.records.insurance(DEMO.self)
      expect(self).toMatchObject({
        personId: DEMO.self,
        insuranceType: 'employee',
        status: 'active',
        startDate: '2010-07-01',
        accountUsable: true,
      })
      expect(self.insuredRegion.cityName).toBe('荆门市')
      expect(self.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
      expect(self.contributionYears).toBeGreaterThanOrEqual(15)
      const father = await demo.records.insurance(DEMO.father)
      expect(father).toMatchObject({ insuranceType: 'resident', accountUsable: false })
      const mother = await demo.records.insurance(DEMO.mother)
      expect(mother).toMatchObject({ insuranceType: 'employee', retired: true })
    })

    it('pages contributions newest first and bounds the page size', async () => {
      const { demo } = await make()
      const first = await demo.records.contributions(DEMO.mother, { page: 1, pageSize: 12 })
      expect(first.items).toHaveLength(12)
      expect(first.hasMore).toBe(true)
      const second = await demo.records.contributions(DEMO.mother, { page: 2, pageSize: 12 })
      expect(second.items[0].period < first.items[11].period).toBe(true)
      // 王秀英: 30 years of monthly history.
      expect(first.total).toBeGreaterThanOrEqual(360)
      await expectBackendError(demo.records.contributions(DEMO.mother, { pageSize: 201 }), 'VALIDATION')
      await expectBackendError(demo.records.contributions(DEMO.mother, { page: 0 }), 'VALIDATION')
    })

    it('filters contributions by year range and refuses a reversed or absurd range', async () => {
      const { demo } = await make()
      const year2023 = await allContributions(demo, DEMO.mother, { fromYear: 2023, toYear: 2023 })
      expect(year2023.map((c) => c.period).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, '0')}`))
      await expectBackendError(demo.records.contributions(DEMO.mother, { fromYear: 2024, toYear: 2020 }), 'VALIDATION')
      await expectBackendError(demo.records.contributions(DEMO.mother, { fromYear: 1800 }), 'VALIDATION')
    })

    it('splits employee contributions into employer and personal parts in whole fen, and marks arrears', async () => {
      const { demo } = await make()
      const all = await allContributions(demo, DEMO.self)
      for (const c of all) {
        expect(Number.isInteger(c.totalFen) && Number.isInteger(c.employerFen) && Number.isInteger(c.personalFen)).toBe(true)
        expect(c.employerFen + c.personalFen).toBe(c.totalFen)
        expect(c.baseFen).toBeGreaterThan(0)
      }
      const arrears = all.filter((c) => c.status === 'arrears')
      expect(arrears.length).toBeGreaterThan(0)
      for (const c of arrears) {
        expect(c.paidDate).toBeUndefined()
        expect(c.accountCreditFen).toBe(0)
      }
      expect(all.some((c) => c.status === 'back-paid' && c.paidDate)).toBe(true)
    })

    it('charges residents a flat yearly amount (2018: ¥180) and gives them no personal account', async () => {
      const { demo } = await make()
      const all = await allContributions(demo, DEMO.father)
      expect(all.every((c) => /^\d{4}$/.test(c.period) && c.accountCreditFen === 0 && c.baseFen === undefined)).toBe(true)
      expect(all.find((c) => c.period === '2018')).toMatchObject({ totalFen: 18_000, personalFen: 18_000 })
      expect(all.some((c) => c.status === 'arrears')).toBe(true)
      const account = await demo.records.account(DEMO.father)
      expect(account).toMatchObject({ usable: false, balanceFen: 0 })
      expect(account.unusableReason).toContain('不设个人账户')
      expect((await demo.records.accountFlow(DEMO.father, {})).total).toBe(0)
    })

    it('keeps the account flow consistent: credits follow paid contributions and the balance adds up', async () => {
      const { demo } = await make()
      const [flows, contributions, account] = await Promise.all([
        allFlows(demo, DEMO.self),
        allContributions(demo, DEMO.self),
        demo.records.account(DEMO.self),
      ])
      const oldestFirst = [...flows].reverse()
      let balance = 0
      for (const f of oldestFirst) {
        balance += f.amountFen
        expect(f.balanceAfterFen).toBe(balance)
        expect(f.balanceAfterFen).toBeGreaterThanOrEqual(0)
      }
      expect(account.balanceFen).toBe(balance)
      const credited = new Map(flows.filter((f) => f.type === 'credit').map((f) => [f.period, f.amountFen]))
      for (const c of contributions) {
        if (c.status === 'arrears') expect(credited.has(c.period)).toBe(false)
        else if (credited.has(c.period)) expect(credited.get(c.period)).toBe(c.accountCreditFen)
      }
      // Every paid month except possibly the newest (credited two days after payment) has its credit.
      const paid = contributions.filter((c) => c.status !== 'arrears').slice(1)
      expect(paid.every((c) => credited.has(c.period))).toBe(true)
    })

    it('filters the account flow by month and type', async () => {
      const { demo } = await make()
      const credits = await demo.records.accountFlow(DEMO.self, { type: 'credit', pageSize: 200 })
      expect(credits.items.every((f) => f.type === 'credit' && f.amountFen > 0)).toBe(true)
      const month = credits.items[3].month
      const inMonth = await demo.records.accountFlow(DEMO.self, { month })
      expect(inMonth.items.length).toBeGreaterThan(0)
      expect(inMonth.items.every((f) => f.month === month)).toBe(true)
      await expectBackendError(demo.records.accountFlow(DEMO.self, { month: '2024-13' }), 'VALIDATION')
      await expectBackendError(demo.records.accountFlow(DEMO.self, { type: 'refund' as never }), 'VALIDATION')
    })

    it('lists settlements whose payment parts add up to the total, with the filing they used', async () => {
      const { demo } = await make()
      const { items } = await demo.records.settlements(DEMO.mother, {})
      for (const s of items) expect(s.fundFen + s.accountFen + s.familyAccountFen + s.cashFen).toBe(s.totalFen)
      const fs0001 = items.find((s) => s.totalFen === 1_046_380)
      expect(fs0001).toMatchObject({ filingId: 'FS0001', hospital: '荆门市第一人民医院' })
      expect(fs0001!.accountFen + fs0001!.cashFen).toBe(336_540)
      const detail = await demo.records.settlement(fs0001!.id)
      expect(detail).toEqual(fs0001)
      // The account part reduced the balance in the flow.
      const flows = await allFlows(demo, DEMO.mother)
      const paid = flows.find((f) => f.settlementId === fs0001!.id)
      expect(paid?.amountFen).toBe(-fs0001!.accountFen)
      const father = await demo.records.settlements(DEMO.father, {})
      expect(father.items[0]).toMatchObject({ filingId: 'FS0002', accountFen: 0 })
      await expectBackendError(demo.records.settlements(DEMO.mother, { pageSize: 51 }), 'VALIDATION')
    })

    it('answers an unknown settlement with NOT_FOUND and a malformed id with VALIDATION', async () => {
      const { demo } = await make()
      await expectBackendError(demo.records.settlement('S-P002-99'), 'NOT_FOUND')
      await expectBackendError(demo.records.settlement('../P002'), 'VALIDATION')
    })

    it('refuses another account, an unknown person and anonymous callers', async () => {
      const { demo, other, anonymous } = await make()
      const mine = (await demo.records.settlements(DEMO.mother, {})).items[0]
      await expectBackendError(other.records.insurance(DEMO.self), 'FORBIDDEN')
      await expectBackendError(other.records.contributions(DEMO.mother, {}), 'FORBIDDEN')
      await expectBackendError(other.records.account(DEMO.mother), 'FORBIDDEN')
      await expectBackendError(other.records.accountFlow(DEMO.self, {}), 'FORBIDDEN')
      await expectBackendError(other.records.settlements(DEMO.mother, {}), 'FORBIDDEN')
      await expectBackendError(other.records.settlement(mine.id), 'FORBIDDEN')
      await expectBackendError(demo.records.insurance(DEMO.unboundRegistered), 'FORBIDDEN')
      await expectBackendError(demo.records.contributions('P999', {}), 'FORBIDDEN')
      await expectBackendError(anonymous.records.insurance(DEMO.self), 'UNAUTHENTICATED')
      // The other account sees its own records.
      await expect(other.records.insurance(DEMO.otherAccountSelf)).resolves.toMatchObject({ personId: DEMO.otherAccountSelf })
    })

    it('gives the same history on a fresh server (deterministic from the seed)', async () => {
      const a = await make()
      const b = await make()
      const [x, y] = await Promise.all([
        a.demo.records.accountFlow(DEMO.mother, { pageSize: 100 }),
        b.demo.records.accountFlow(DEMO.mother, { pageSize: 100 }),
      ])
      expect(x).toEqual(y)
    })
  })
}
