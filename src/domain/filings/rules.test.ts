import fc from 'fast-check'
import { FILING_CATEGORIES, type FilingInput, type FilingStatus } from '@/domain/filings/types'
import {
  addDaysIso,
  addMonthsIso,
  endDateWindow,
  startDateWindow,
  cancelRefusal,
  canTransition,
  changeableFromDate,
  changeRefusal,
  chinaDate,
  dateErrors,
  destinationError,
  filesError,
  filingInputErrors,
  groupOf,
  nameError,
  phoneError,
  policyForRegion,
  ratioCutPoints,
  requiredUploads,
  pledgeAllowed,
  samePlace,
  TRANSITIONS,
} from '@/domain/filings/rules'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const NANJING = { provinceCode: '320000', provinceName: '江苏省', cityCode: '320100', cityName: '南京市' }
const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const policy = policyForRegion(HENGYANG)

describe('categories', () => {
  it('puts three categories in each group', () => {
    expect(FILING_CATEGORIES.filter((c) => groupOf(c) === 'long-term')).toEqual([
      'retired-resettled',
      'long-term-resident',
      'posted-worker',
    ])
    expect(FILING_CATEGORIES.filter((c) => groupOf(c) === 'temporary')).toEqual(['referral', 'emergency', 'other-temporary'])
  })

  it('offers 承诺制 only for long-term categories, and only where the 参保地 allows', () => {
    for (const c of FILING_CATEGORIES) expect(pledgeAllowed(c, policy)).toBe(groupOf(c) === 'long-term')
    expect(pledgeAllowed('long-term-resident', { pledgeAllowed: false })).toBe(false)
  })

  it('requires the category proof unless the pledge replaces it', () => {
    expect(requiredUploads('retired-resettled', false)).toEqual(['household-register'])
    expect(requiredUploads('retired-resettled', true)).toEqual([])
    expect(requiredUploads('posted-worker', false)).toEqual(['posting-letter'])
    expect(requiredUploads('referral', false)).toEqual(['referral-letter'])
    // A pledge cannot replace a referral letter.
    expect(requiredUploads('referral', true)).toEqual(['referral-letter'])
    expect(requiredUploads('emergency', false)).toEqual(['emergency-record'])
    expect(requiredUploads('other-temporary', false)).toEqual([])
  })

  it('pays long-term filers as at home, referrals up to 10 and others up to 20 points less', () => {
    expect(ratioCutPoints('long-term-resident', policy)).toBe(0)
    expect(ratioCutPoints('referral', policy)).toBe(10)
    expect(ratioCutPoints('emergency', policy)).toBe(10)
    expect(ratioCutPoints('other-temporary', policy)).toBe(20)
  })

  it('reads [local] values from the 参保地 policy', () => {
    expect(policyForRegion(JINGMEN).provinceLevelAllowed).toBe(true)
    expect(policyForRegion(HENGYANG).provinceLevelAllowed).toBe(false)
    expect(policyForRegion(NANJING).longTermMinMonthsBeforeChange).toBe(3)
    expect(policyForRegion({ ...GUANGZHOU }).temporaryValidityMonths).toBe(6)
  })
})

describe('fields', () => {
  it('accepts Chinese names of 2–20 characters with ·', () => {
    expect(nameError('王秀英')).toBeNull()
    expect(nameError('阿依古丽·买买提')).toBeNull()
    expect(nameError('王')).toMatch(/2–20/)
    expect(nameError('Wang')).toMatch(/汉字/)
    expect(nameError('·王秀')).toMatch(/汉字/)
    expect(nameError('王'.repeat(21))).toMatch(/2–20/)
  })

  it('accepts mainland mobile numbers only', () => {
    expect(phoneError('13907341122')).toBeNull()
    expect(phoneError('139 0734 1122')).toBeNull()
    for (const bad of ['', '12907341122', '1390734112', '0734-8869012', '139073411222']) expect(phoneError(bad)).not.toBeNull()
  })

  it('refuses the 参保地 province and, where not allowed, province-level destinations', () => {
    expect(destinationError(GUANGZHOU, policy)).toBeNull()
    expect(destinationError({ ...HENGYANG, cityCode: '430100', cityName: '长沙市' }, policy)).toMatch(/湖南省/)
    expect(destinationError({ ...GUANGZHOU, cityCode: '', cityName: '' }, policy)).toMatch(/城市/)
    expect(destinationError({ ...GUANGZHOU, cityCode: '', cityName: '' }, policyForRegion(JINGMEN))).toBeNull()
    expect(destinationError(null, policy)).toBe('请选择就医地')
  })

  it('checks photo count, size and type', () => {
    const jpg = { sizeBytes: 1000, mime: 'image/jpeg' as const }
    expect(filesError([jpg, jpg, jpg, jpg, jpg])).toBeNull()
    expect(filesError([jpg, jpg, jpg, jpg, jpg, jpg])).toMatch(/最多上传5张/)
    expect(filesError([{ sizeBytes: 10 * 1024 * 1024 + 1, mime: 'image/png' }])).toMatch(/10MB/)
    expect(filesError([{ sizeBytes: 10 * 1024 * 1024, mime: 'image/png' }])).toBeNull()
    expect(filesError([{ sizeBytes: 100, mime: 'image/gif' as never }])).toMatch(/jpg 或 png/)
  })
})

describe('dates', () => {
  const today = '2026-11-23'
  const temp = (startDate: string, endDate?: string, lateInHospital = false) =>
    dateErrors({ category: 'other-temporary', startDate, endDate, lateInHospital }, today, policy)

  it('allows a start up to 90 days ahead, and not before today unless filing late in hospital', () => {
    expect(dateErrors({ category: 'long-term-resident', startDate: '2027-02-21' }, today, policy)).toEqual({})
    expect(dateErrors({ category: 'long-term-resident', startDate: '2027-02-22' }, today, policy).startDate).toMatch(/90天/)
    expect(dateErrors({ category: 'long-term-resident', startDate: '2026-11-22' }, today, policy).startDate).toMatch(/补办/)
    expect(dateErrors({ category: 'long-term-resident', startDate: '2026-11-22', lateInHospital: true }, today, policy)).toEqual({})
  })

  it('needs a temporary end date at least 6 months after the start', () => {
    expect(temp('2026-12-01', '2027-06-01')).toEqual({})
    expect(temp('2026-12-01', '2027-05-31').endDate).toMatch(/至少6个月/)
    expect(temp('2026-12-01', '2026-11-30').endDate).toMatch(/晚于开始日期/)
    expect(temp('2026-12-01').endDate).toBe('请选择结束日期')
  })

  it('handles month ends and leap years the calendar way', () => {
    expect(addMonthsIso('2023-08-31', 6)).toBe('2024-02-29')
    expect(addMonthsIso('2024-08-31', 6)).toBe('2025-02-28')
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28')
    // A temporary filing from 31 Aug 2023 may end on 29 Feb 2024, not a day earlier.
    expect(dateErrors({ category: 'referral', startDate: '2023-08-31', endDate: '2024-02-29' }, '2023-08-31', policy)).toEqual({})
    expect(dateErrors({ category: 'referral', startDate: '2023-08-31', endDate: '2024-02-28' }, '2023-08-31', policy).endDate).toBeDefined()
  })

  it('takes the calendar date in China, whatever the machine time zone', () => {
    // 23:30 UTC on 22 Nov is 07:30 on 23 Nov in China.
    expect(chinaDate(Date.parse('2026-11-22T23:30:00Z'))).toBe('2026-11-23')
    expect(chinaDate(Date.parse('2026-11-23T15:59:59Z'))).toBe('2026-11-23')
    expect(chinaDate(Date.parse('2026-11-23T16:00:00Z'))).toBe('2026-11-24')
  })

  it('validity: an end date passes exactly when it is on or after start + validity months (property)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (start, plus) => {
        const end = new Date(Date.parse(`${start}T00:00:00Z`) + plus * 86400000).toISOString().slice(0, 10)
        const errors = dateErrors({ category: 'other-temporary', startDate: start, endDate: end }, start, policy)
        const minEnd = addMonthsIso(start, 6)
        const tooLong = end > addMonthsIso(start, 24)
        expect(errors.endDate === undefined).toBe(end >= minEnd && !tooLong)
      }),
    )
  })
})

describe('change and cancel windows', () => {
  const approvedLongTerm = (filedOn: string) => ({
    status: 'approved' as FilingStatus,
    group: 'long-term' as const,
    changeableFrom: changeableFromDate('long-term', filedOn, policy),
    hasUnsettledStay: false,
  })

  it('opens six months after filing, on the same calendar day', () => {
    const filing = approvedLongTerm('2026-05-31')
    expect(filing.changeableFrom).toBe('2026-11-30')
    expect(cancelRefusal(filing, '2026-11-29')).toMatchObject({ availableAt: '2026-11-30' })
    expect(cancelRefusal(filing, '2026-11-29')?.message).toContain('2026年11月30日起可以撤销')
    expect(cancelRefusal(filing, '2026-11-30')).toBeNull()
    expect(changeRefusal(filing, '2026-11-29')?.message).toContain('起可以变更')
    expect(changeRefusal(filing, '2026-11-30')).toBeNull()
  })

  it('handles a filing on 31 August before a leap February', () => {
    const filing = approvedLongTerm('2023-08-31')
    expect(filing.changeableFrom).toBe('2024-02-29')
    expect(cancelRefusal(filing, '2024-02-28')).not.toBeNull()
    expect(cancelRefusal(filing, '2024-02-29')).toBeNull()
  })

  it('is never open before the minimum period, always after it (property)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10))
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 24 }), (filedOn, today, months) => {
        const from = changeableFromDate('long-term', filedOn, { longTermMinMonthsBeforeChange: months })!
        const filing = { status: 'approved' as FilingStatus, group: 'long-term' as const, changeableFrom: from, hasUnsettledStay: false }
        expect(cancelRefusal(filing, today) === null).toBe(today >= from)
        expect(from > filedOn).toBe(true)
      }),
    )
  })

  it('lets temporary filings cancel at once, but not with an unsettled stay or when finished', () => {
    const temporary = { status: 'approved' as FilingStatus, group: 'temporary' as const, hasUnsettledStay: false }
    expect(changeableFromDate('temporary', '2026-11-23', policy)).toBeUndefined()
    expect(cancelRefusal(temporary, '2026-11-23')).toBeNull()
    expect(cancelRefusal({ ...temporary, hasUnsettledStay: true }, '2026-11-23')?.message).toContain('出院结算')
    expect(cancelRefusal({ ...temporary, status: 'expired' }, '2026-11-23')?.message).toContain('失效')
    expect(cancelRefusal({ ...temporary, status: 'cancelled' }, '2026-11-23')?.message).toContain('已撤销')
    expect(cancelRefusal({ ...temporary, status: 'reviewing' }, '2026-11-23')).toBeNull()
    expect(changeRefusal({ ...temporary, status: 'reviewing' }, '2026-11-23')?.message).toContain('审核中')
  })
})

describe('state machine', () => {
  const statuses = Object.keys(TRANSITIONS) as FilingStatus[]
  const reachable = (() => {
    const seen = new Set<FilingStatus>(['submitted'])
    const queue: FilingStatus[] = ['submitted']
    while (queue.length) {
      for (const next of TRANSITIONS[queue.shift()!]) {
        if (!seen.has(next)) {
          seen.add(next)
          queue.push(next)
        }
      }
    }
    return seen
  })()

  it('reaches every status from 已提交', () => {
    expect([...reachable].sort()).toEqual([...statuses].sort())
  })

  it('never leaves a final status, never goes back to 已提交, and only a decided review can be rejected', () => {
    for (const final of ['rejected', 'cancelled', 'expired'] as FilingStatus[]) expect(TRANSITIONS[final]).toEqual([])
    for (const s of statuses) expect(canTransition(s, 'submitted')).toBe(false)
    expect(statuses.filter((s) => canTransition(s, 'rejected'))).toEqual(['reviewing'])
    expect(statuses.filter((s) => canTransition(s, 'expired'))).toEqual(['approved'])
  })

  it('any random walk of legal moves ends in a status that allows exactly what the table says (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...statuses), { maxLength: 12 }), (attempts) => {
        let status: FilingStatus = 'submitted'
        const path: FilingStatus[] = [status]
        for (const next of attempts) if (canTransition(status, next)) path.push((status = next))
        // Approved never appears after a final status.
        const finalAt = path.findIndex((s) => ['rejected', 'cancelled', 'expired'].includes(s))
        if (finalAt >= 0) expect(path.length - 1).toBe(finalAt)
      }),
    )
  })
})

describe('a whole input', () => {
  const base: FilingInput = {
    personId: 'P002',
    category: 'long-term-resident',
    destination: GUANGZHOU,
    startDate: '2026-11-24',
    phone: '13907341122',
    address: '广州市天河区体育西路1号',
    usePledge: true,
    materials: [],
  }

  it('passes a complete 承诺制 long-term filing', () => {
    expect(filingInputErrors(base, '2026-11-23', policy)).toEqual({})
  })

  it('names the failing fields', () => {
    const errors = filingInputErrors({ ...base, phone: '1', address: '', destination: HENGYANG, usePledge: false }, '2026-11-23', policy)
    expect(Object.keys(errors).sort()).toEqual(['address', 'destination', 'materials', 'phone'])
    expect(
      filingInputErrors({ ...base, category: 'referral', usePledge: true, endDate: '2027-06-01' }, '2026-11-23', policy).usePledge,
    ).toBeDefined()
  })

  it('treats two places as the same when the cities match or one is the whole province', () => {
    expect(samePlace(GUANGZHOU, { ...GUANGZHOU })).toBe(true)
    expect(samePlace(GUANGZHOU, { ...GUANGZHOU, cityCode: '', cityName: '' })).toBe(true)
    expect(samePlace(GUANGZHOU, { ...GUANGZHOU, cityCode: '440300', cityName: '深圳市' })).toBe(false)
    expect(samePlace(GUANGZHOU, JINGMEN)).toBe(false)
  })
})

describe('date windows offered by the pickers', () => {
  const policy = policyForRegion({ provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' })
  it('are the dates dateErrors accepts: every day inside passes, the days just outside fail', () => {
    const today = '2026-11-24'
    for (const late of [false, true]) {
      const window = startDateWindow(today, policy, late)
      const input = (startDate: string) => ({ category: 'long-term-resident' as const, startDate, lateInHospital: late })
      expect(dateErrors(input(window.start), today, policy).startDate).toBeUndefined()
      expect(dateErrors(input(window.end), today, policy).startDate).toBeUndefined()
      expect(dateErrors(input(addDaysIso(window.start, -1)), today, policy).startDate).toBeDefined()
      expect(dateErrors(input(addDaysIso(window.end, 1)), today, policy).startDate).toBeDefined()
    }
    const end = endDateWindow('2026-12-01', policy)
    const temp = (endDate: string) => ({ category: 'referral' as const, startDate: '2026-12-01', endDate })
    expect(dateErrors(temp(end.start), today, policy).endDate).toBeUndefined()
    expect(dateErrors(temp(end.end), today, policy).endDate).toBeUndefined()
    expect(dateErrors(temp(addDaysIso(end.start, -1)), today, policy).endDate).toBeDefined()
    expect(dateErrors(temp(addDaysIso(end.end, 1)), today, policy).endDate).toBeDefined()
  })
})
