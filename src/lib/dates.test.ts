import { addMonths, daysBetween, formatDateCn, isIsoDate } from '@/lib/dates'

describe('dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2026-13-01')).toBe(false)
    expect(isIsoDate('2026-1-1')).toBe(false)
  })
  it('adds months clamping to month end', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28')
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29')
  })
  it('counts days and formats in Chinese', () => {
    expect(daysBetween('2026-11-23', '2027-02-21')).toBe(90)
    expect(formatDateCn('2026-11-03')).toBe('2026年11月3日')
  })
})
