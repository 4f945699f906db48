import fc from 'fast-check'
import type { AccountFlow, Contribution, Settlement } from '@/domain'
import { formatYuan, sumFen, yuanToFen } from '@/lib/money'
import {
  arrearsOf,
  barPercents,
  contributionRows,
  filterFlows,
  flowRows,
  formatPeriod,
  inYearRange,
  monthTotals,
  partsAddUp,
  settlementParts,
  statementText,
  yearSummaries,
  contributionPlaces,
} from '@/features/records/model'

const contribution = (period: string, employerFen: number, personalFen: number, status: Contribution['status'] = 'paid'): Contribution => ({
  id: `C-${period}`,
  period,
  employerFen,
  personalFen,
  totalFen: employerFen + personalFen,
  status,
  accountCreditFen: 0,
  paidDate: status === 'arrears' ? undefined : `${period.slice(0, 7)}-15`,
})

const flow = (
  id: string,
  month: string,
  amountFen: number,
  type: AccountFlow['type'] = amountFen > 0 ? 'credit' : 'spend',
): AccountFlow => ({
  id,
  at: Date.parse(`${month}-10T10:00:00+08:00`),
  month,
  type,
  amountFen,
  balanceAfterFen: 0,
})

const arbContribution = fc
  .record({
    year: fc.integer({ min: 1996, max: 2026 }),
    month: fc.integer({ min: 1, max: 12 }),
    employer: fc.integer({ min: 0, max: 5_000_00 }),
    personal: fc.integer({ min: 0, max: 2_000_00 }),
    status: fc.constantFrom<Contribution['status']>('paid', 'arrears', 'back-paid'),
  })
  .map((r) => contribution(`${r.year}-${String(r.month).padStart(2, '0')}`, r.employer, r.personal, r.status))

describe('money in fen', () => {
  it('sums any amounts exactly and formats the sum the same as yuan arithmetic on strings would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -10_000_000, max: 10_000_000 }), { maxLength: 400 }), (amounts) => {
        const total = sumFen(amounts)
        // Exact reference with BigInt: no floating-point drift however many parts.
        expect(BigInt(total)).toBe(amounts.reduce((a, b) => a + BigInt(b), 0n))
        expect(yuanToFen(formatYuan(total, { symbol: false }).replace(/,/g, ''))).toBe(total)
      }),
    )
  })

  it('formats yuan with two decimals and thousands separators', () => {
    expect(formatYuan(1_181_124)).toBe('¥11,811.24')
    expect(formatYuan(-5)).toBe('-¥0.05')
    expect(formatYuan(30_000, { sign: true })).toBe('+¥300.00')
  })
})

describe('year summaries', () => {
  it('add up, per year and overall, to the paid contributions; arrears add nothing but are counted', () => {
    fc.assert(
      fc.property(fc.array(arbContribution, { maxLength: 300 }), (items) => {
        const summaries = yearSummaries(items)
        const paid = items.filter((c) => c.status !== 'arrears')
        expect(sumFen(summaries.map((s) => s.totalFen))).toBe(sumFen(paid.map((c) => c.totalFen)))
        for (const s of summaries) expect(s.employerFen + s.personalFen).toBe(s.totalFen)
        expect(sumFen(summaries.map((s) => s.arrears))).toBe(items.length - paid.length)
        expect(sumFen(summaries.map((s) => s.periods))).toBe(items.length)
        expect(summaries.map((s) => s.year)).toEqual([...new Set(items.map((c) => Number(c.period.slice(0, 4))))].sort((a, b) => b - a))
      }),
    )
  })

  it('summarises a concrete year', () => {
    const [y2023, y2022] = yearSummaries([
      contribution('2023-02', 800, 200),
      contribution('2023-01', 800, 200, 'arrears'),
      contribution('2022-12', 700, 200, 'back-paid'),
    ])
    expect(y2023).toMatchObject({ year: 2023, totalFen: 1000, periods: 2, arrears: 1, backPaid: 0 })
    expect(y2022).toMatchObject({ year: 2022, totalFen: 900, backPaid: 1 })
  })

  it('names the 参保地 of each year after a 转移接续, oldest first, and every place of the history', () => {
    const jingmen = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
    const guangzhou = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
    const items = [
      { ...contribution('2026-11', 800, 200), insuredRegion: guangzhou },
      { ...contribution('2026-10', 800, 200), insuredRegion: jingmen },
      { ...contribution('2025-10', 800, 200), insuredRegion: jingmen },
    ]
    const [y2026, y2025] = yearSummaries(items)
    expect(y2026.places).toEqual(['荆门市', '广州市'])
    expect(y2025.places).toEqual(['荆门市'])
    expect(contributionPlaces(items)).toEqual(['荆门市', '广州市'])
    expect(contributionPlaces([contribution('2026-11', 800, 200)])).toEqual([])
  })

  it('scales bars to the largest year and keeps small paid years visible', () => {
    const summaries = yearSummaries([
      contribution('2024-01', 100_000, 0),
      contribution('2023-01', 1, 0),
      contribution('2022-01', 5, 0, 'arrears'),
    ])
    expect(barPercents(summaries)).toEqual([100, 2, 0])
  })
})

describe('arrears', () => {
  it('finds unpaid periods newest first and nothing else', () => {
    const items = [
      contribution('2021-03', 1, 1, 'arrears'),
      contribution('2021-04', 1, 1),
      contribution('2024-07', 1, 1, 'arrears'),
      contribution('2022-01', 1, 1, 'back-paid'),
    ]
    expect(arrearsOf(items).map((c) => c.period)).toEqual(['2024-07', '2021-03'])
  })

  it('filters by an inclusive year range', () => {
    const items = ['2019-12', '2020-01', '2021-06', '2022-01'].map((p) => contribution(p, 1, 1))
    expect(inYearRange(items, 2020, 2021).map((c) => c.period)).toEqual(['2020-01', '2021-06'])
    expect(inYearRange(items, null, 2019).map((c) => c.period)).toEqual(['2019-12'])
  })

  it('names periods in Chinese', () => {
    expect(formatPeriod('2023-05')).toBe('2023年5月')
    expect(formatPeriod('2018')).toBe('2018年度')
  })
})

describe('account flow', () => {
  const flows = [
    flow('f4', '2026-11', 12_274),
    flow('f3', '2026-11', -2_498),
    flow('f2', '2026-10', -30_000, 'family-pay'),
    flow('f1', '2026-10', 12_274),
  ]

  it('totals money in and out per month', () => {
    expect(monthTotals(flows)).toEqual([
      { month: '2026-11', inFen: 12_274, outFen: 2_498, count: 2 },
      { month: '2026-10', inFen: 12_274, outFen: 30_000, count: 2 },
    ])
  })

  it('month totals always reconcile with the entries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -100_000, max: 100_000 })), { maxLength: 200 }),
        (pairs) => {
          const list = pairs.map(([m, a], i) => flow(`f${i}`, `2025-${String(m).padStart(2, '0')}`, a))
          const totals = monthTotals(list)
          expect(sumFen(totals.map((t) => t.inFen - t.outFen))).toBe(sumFen(list.map((f) => f.amountFen)))
          expect(sumFen(totals.map((t) => t.count))).toBe(list.length)
        },
      ),
    )
  })

  it('filters by month and type', () => {
    expect(filterFlows(flows, { month: '2026-10', type: null }).map((f) => f.id)).toEqual(['f2', 'f1'])
    expect(filterFlows(flows, { month: null, type: 'family-pay' }).map((f) => f.id)).toEqual(['f2'])
  })

  it('groups rows under a month header carrying the totals', () => {
    const rows = flowRows(flows)
    expect(rows.map((r) => (r.kind === 'header' ? r.header.month : r.entry.id))).toEqual(['2026-11', 'f4', 'f3', '2026-10', 'f2', 'f1'])
    const contributionsRows = contributionRows([
      contribution('2024-02', 1, 1),
      contribution('2024-01', 1, 1),
      contribution('2023-12', 1, 1),
    ])
    expect(contributionsRows.filter((r) => r.kind === 'header').map((r) => r.key)).toEqual(['h-2024', 'h-2023'])
  })
})

describe('settlement parts', () => {
  const seed004: Settlement = {
    id: 'S-P002-01',
    personId: 'P002',
    kind: 'inpatient',
    hospital: '荆门市第一人民医院',
    destination: { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' },
    admissionDate: '2025-07-08',
    dischargeDate: '2025-07-19',
    totalFen: 1_181_124,
    fundFen: 801_913,
    accountFen: 150_000,
    familyAccountFen: 0,
    cashFen: 229_211,
    filingId: 'FS0001',
    filingLabel: '异地长期居住人员',
    insuranceType: 'employee',
    settledAt: 0,
  }

  it('explains the three parts, which add up to the total', () => {
    const parts = settlementParts(seed004)
    expect(parts.map((p) => p.label)).toEqual(['统筹基金支付', '个人账户支付', '个人现金支付'])
    expect(sumFen(parts.map((p) => p.fen))).toBe(seed004.totalFen)
    expect(partsAddUp(seed004)).toBe(true)
    expect(partsAddUp({ ...seed004, cashFen: seed004.cashFen + 1 })).toBe(false)
    expect(formatYuan(seed004.accountFen + seed004.cashFen)).toBe('¥3,792.11')
  })

  it('adds the 家庭共济 part, naming whose account paid, and still adds up', () => {
    const shared = {
      ...seed004,
      familyAccountFen: 100_000,
      cashFen: 129_211,
      familyPayer: { name: '李明', kinship: '儿子', paymentId: 'FP000001' },
    }
    const parts = settlementParts(shared)
    expect(parts.map((p) => p.key)).toEqual(['fund', 'account', 'family', 'cash'])
    expect(parts[2]).toMatchObject({ label: '个人账户支付（家庭共济）', fen: 100_000 })
    expect(parts[2].explain).toContain('李明（儿子）')
    expect(sumFen(parts.map((p) => p.fen))).toBe(shared.totalFen)
    expect(partsAddUp(shared)).toBe(true)
    expect(partsAddUp({ ...shared, familyAccountFen: 0 })).toBe(false)
  })

  it('says plainly when the account paid nothing', () => {
    expect(settlementParts({ ...seed004, accountFen: 0, cashFen: 379_211 })[1].explain).toContain('没有用个人账户')
  })
})

describe('year statement', () => {
  it('lists the year in order with exact totals and names arrears', () => {
    const items = [
      contribution('2023-02', 49_096, 12_274),
      contribution('2023-01', 49_096, 12_274, 'arrears'),
      contribution('2022-12', 1, 1),
    ]
    items[0].baseFen = 613_700
    items[1].baseFen = 613_700
    const text = statementText(
      { name: '王秀英', idNumberMasked: '4304**********2429', insuranceTypeLabel: '职工医保', regionLabel: '湖南省衡阳市' },
      items,
      2023,
      '2026-11-23',
    )
    const lines = text.split('\n')
    expect(lines[0]).toBe('2023年度医保缴费明细')
    expect(lines[3]).toBe('2023年1月\u3000613.70元（单位 490.96元，个人 122.74元）\u3000欠缴')
    expect(lines[4]).toContain('2023年2月\u3000613.70元')
    expect(text).toContain('已缴合计：613.70元；欠缴 1 期')
    expect(text).not.toContain('2022年12月')
    expect(text).not.toMatch(/\d{17}[\dX]/)
  })
})
