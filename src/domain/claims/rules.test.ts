import fc from 'fast-check'
import {
  amountError,
  assessClaim,
  canTransitionClaim,
  CLAIM_STATUSES,
  CLAIM_TRANSITIONS,
  claimCategory,
  claimDateErrors,
  claimDeadline,
  claimInputErrors,
  claimPolicyFor,
  claimReviewOutcome,
  claimWindowRefusal,
  cutPointsFor,
  duplicateInvoice,
  normalizeInvoiceNumber,
  parseYuan,
  type ClaimInput,
  type ClaimStatus,
  type Region,
} from '@/domain'
import { addDaysIso } from '@/domain/filings/rules'

const JINGMEN: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const policy = claimPolicyFor(JINGMEN)
const TODAY = '2026-11-23'
const photo = { ref: 'p.jpg', sizeBytes: 200_000, mime: 'image/jpeg' as const }

const input = (overrides: Partial<ClaimInput> = {}): ClaimInput => ({
  personId: 'P001',
  hospital: '广州市示例医院',
  destination: GUANGZHOU,
  admissionDate: '2026-10-01',
  dischargeDate: '2026-10-10',
  amountFen: 300_000,
  invoices: [
    { number: 'A0000001', amountFen: 100_000 },
    { number: 'A0000002', amountFen: 200_000 },
  ],
  materials: [
    { kind: 'invoice', files: [photo] },
    { kind: 'cost-list', files: [photo] },
  ],
  basis: 'late-filed',
  ...overrides,
})

/** Dates from 2020 to 2030. */
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))

describe('claim amounts', () => {
  it('accepts exactly the positive integer fen up to the maximum', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -1e10, max: 1e10 }), fc.double({ noNaN: false })), (fen) => {
        const ok = Number.isInteger(fen) && fen > 0 && fen <= policy.maxAmountFen
        expect(amountError(fen, policy) === null).toBe(ok)
      }),
    )
  })

  it('parses what people type in yuan into the same fen, and refuses more than two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99 }), (yuan, cents) => {
        expect(parseYuan(`${yuan}.${String(cents).padStart(2, '0')}`)).toBe(yuan * 100 + cents)
        expect(parseYuan(`${yuan}`)).toBe(yuan * 100)
        expect(parseYuan(`${yuan}.${String(cents).padStart(2, '0')}5`)).toBeNull()
      }),
    )
    expect(parseYuan('1,234.5')).toBe(123_450)
    expect(parseYuan('-3')).toBeNull()
    expect(parseYuan('abc')).toBeNull()
    expect(parseYuan('')).toBeNull()
  })

  it('requires the invoices to add up to the amount claimed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -500, max: 500 }),
        (amounts, delta) => {
          const invoices = amounts.map((amountFen, i) => ({ number: `INV${String(i).padStart(6, '0')}`, amountFen }))
          const total = amounts.reduce((a, b) => a + b, 0) + delta
          const errors = claimInputErrors(input({ invoices, amountFen: total }), TODAY, policy)
          if (total <= 0) expect(errors.amountFen).toBeDefined()
          else if (delta === 0) expect(errors.amountFen).toBeUndefined()
          else expect(errors.amountFen).toMatch(/不一致/)
        },
      ),
    )
  })

  it('splits an approved claim so that fund and self add up to the total, the fund never more than the total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: policy.maxAmountFen }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom('employee' as const, 'resident' as const),
        fc.constantFrom('other-temporary' as const, 'emergency' as const, 'referral' as const, 'long-term-resident' as const),
        (total, pct, insuranceType, category) => {
          const cut = cutPointsFor(category, JINGMEN)
          const a = assessClaim({
            totalFen: total,
            inCatalogueFen: Math.round((total * pct) / 100),
            insuranceType,
            category,
            cutPoints: cut,
          })
          expect(Number.isInteger(a.fundFen)).toBe(true)
          expect(a.fundFen).toBeGreaterThanOrEqual(0)
          expect(a.fundFen).toBeLessThanOrEqual(total)
          expect(a.fundFen + a.selfFen).toBe(total)
          expect(a.ratioPct).toBe(a.homeRatioPct - cut)
        },
      ),
    )
  })
})

describe('claim dates', () => {
  it('accepts a stay only when admission ≤ discharge ≤ today', () => {
    fc.assert(
      fc.property(isoDate, isoDate, isoDate, (admissionDate, dischargeDate, today) => {
        const errors = claimDateErrors({ admissionDate, dischargeDate }, today)
        const ok = admissionDate <= dischargeDate && dischargeDate <= today
        expect(Object.keys(errors).length === 0).toBe(ok)
      }),
    )
  })

  it('keeps the window open through the deadline day and closed the day after, for any window length', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 36 }), (discharge, windowMonths) => {
        const deadline = claimDeadline(discharge, { windowMonths })
        expect(claimWindowRefusal(discharge, deadline, { windowMonths })).toBeNull()
        const late = claimWindowRefusal(discharge, addDaysIso(deadline, 1), { windowMonths })
        expect(late?.latestDate).toBe(deadline)
        expect(late?.message).toContain(`${windowMonths}个月`)
      }),
    )
  })

  it('defaults to one year after discharge, configurable per 参保地', () => {
    expect(policy.windowMonths).toBe(12)
    expect(claimDeadline('2025-11-23', policy)).toBe('2026-11-23')
    expect(claimWindowRefusal('2025-11-23', TODAY, policy)).toBeNull()
    expect(claimWindowRefusal('2025-11-22', TODAY, policy)?.latestDate).toBe('2026-11-22')
    expect(claimWindowRefusal('2026-05-01', TODAY, { windowMonths: 6 })).toMatchObject({ latestDate: '2026-11-01' })
  })

  it('says why in Chinese at the field', () => {
    expect(claimDateErrors({ admissionDate: '2026-10-05', dischargeDate: '2026-10-01' }, TODAY)).toEqual({
      dischargeDate: '出院日期不能早于入院日期',
    })
    expect(claimDateErrors({ admissionDate: '2026-11-20', dischargeDate: '2026-11-24' }, TODAY).dischargeDate).toMatch(/不能晚于今天/)
    expect(claimDateErrors({ admissionDate: '2026-02-30', dischargeDate: '2026-03-01' }, TODAY).admissionDate).toBe('请选择入院日期')
  })
})

describe('claim rules', () => {
  it('accepts a complete claim', () => {
    expect(claimInputErrors(input(), TODAY, policy)).toEqual({})
  })

  it('needs both kinds of photos, readable invoice numbers, no number twice, a cross-province city', () => {
    const errors = claimInputErrors(
      input({
        materials: [{ kind: 'invoice', files: [{ ...photo, mime: 'image/gif' as never }] }],
        invoices: [
          { number: 'a000 0001', amountFen: 100_000 },
          { number: 'A0000001', amountFen: 200_000 },
          { number: '12', amountFen: 1 },
        ],
        amountFen: 300_001,
        destination: { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' },
      }),
      TODAY,
      policy,
    )
    expect(errors['materials.invoice']).toBe('只能上传 jpg 或 png 格式的照片')
    expect(errors['materials.cost-list']).toBe('请上传费用清单照片')
    expect(errors['invoices.1.number']).toBe('同一张票据不能重复填写')
    expect(errors['invoices.2.number']).toMatch(/8–20位/)
    expect(errors.destination).toMatch(/省内异地/)
  })

  it('finds an invoice already on another live claim, ignoring spacing and case; a refused claim frees it', () => {
    const others = [
      { id: 'BX1', status: 'paid' as const, invoices: [{ number: 'A0000009' }] },
      { id: 'BX2', status: 'rejected' as const, invoices: [{ number: 'B0000001' }] },
    ]
    expect(duplicateInvoice([{ number: 'x0000000' }, { number: 'a000 0009' }], others)).toEqual({
      index: 1,
      number: 'A0000009',
      claimId: 'BX1',
    })
    expect(duplicateInvoice([{ number: 'B0000001' }], others)).toBeNull()
    expect(normalizeInvoiceNumber(' ab-12 34 ')).toBe('AB1234')
  })

  it('uses the emergency level for emergencies and the lowest temporary level without a filing in hand', () => {
    expect(claimCategory('emergency', 'long-term-resident')).toBe('emergency')
    expect(claimCategory('late-filed')).toBe('other-temporary')
    expect(claimCategory('filed', 'retired-resettled')).toBe('retired-resettled')
    expect(cutPointsFor('other-temporary', JINGMEN)).toBe(20)
    expect(cutPointsFor('emergency', JINGMEN)).toBe(10)
    expect(cutPointsFor('retired-resettled', JINGMEN)).toBe(0)
  })

  it('refuses unreadable photos and a claim under the deductible at review', () => {
    expect(claimReviewOutcome({ materials: [{ kind: 'invoice', files: [{ ...photo, sizeBytes: 100 }] }] }, { fundFen: 5 })).toMatchObject({
      approved: false,
    })
    expect(claimReviewOutcome({ materials: [] }, { fundFen: 0 })).toMatchObject({ approved: false })
    expect(claimReviewOutcome({ materials: [] }, { fundFen: 1 })).toEqual({ approved: true })
  })

  it('has a state machine where only 已受理→审核中→已核定/未通过 and 已核定→已支付 are legal', () => {
    const legal = new Set(['accepted>reviewing', 'reviewing>approved', 'reviewing>rejected', 'approved>paid'])
    for (const from of CLAIM_STATUSES)
      for (const to of CLAIM_STATUSES) expect(canTransitionClaim(from, to)).toBe(legal.has(`${from}>${to}`))
    const ends: ClaimStatus[] = ['paid', 'rejected']
    for (const end of ends) expect(CLAIM_TRANSITIONS[end]).toEqual([])
  })
})
