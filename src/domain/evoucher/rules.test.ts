import {
  arrearsRuns,
  certificateMonths,
  certificateRangeProblem,
  countMonths,
  isExpired,
  makeCertificateCode,
  monthsBetween,
  normalizeCertificateCode,
  secondsLeft,
} from '@/domain/evoucher/rules'
import fc from 'fast-check'

describe('医保码 expiry', () => {
  it('counts down in whole seconds and is expired exactly at its expiry instant', () => {
    expect(secondsLeft(60_000, 0)).toBe(60)
    expect(secondsLeft(60_000, 59_001)).toBe(1)
    expect(secondsLeft(60_000, 60_000)).toBe(0)
    expect(secondsLeft(60_000, 90_000)).toBe(0)
    expect(isExpired(60_000, 59_999)).toBe(false)
    expect(isExpired(60_000, 60_000)).toBe(true)
  })
})

describe('参保证明 month ranges', () => {
  it('lists months inclusively across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02'])
    expect(monthsBetween('2024-02', '2024-01')).toEqual([])
  })

  it('refuses reversed, future, too long, malformed and pre-enrolment ranges in plain Chinese', () => {
    expect(certificateRangeProblem('2024-01', '2024-12', '2026-11')).toBeNull()
    expect(certificateRangeProblem('2024-12', '2024-01', '2026-11')).toBe('起始月份不能晚于结束月份')
    expect(certificateRangeProblem('2026-01', '2026-12', '2026-11')).toBe('结束月份不能晚于本月')
    expect(certificateRangeProblem('2021-11', '2026-11', '2026-11')).toMatch(/最多开具60个月/)
    expect(certificateRangeProblem('2021-12', '2026-11', '2026-11')).toBeNull()
    expect(certificateRangeProblem('2024-13', '2024-12', '2026-11')).toBe('请选择起始月份')
    expect(certificateRangeProblem('2000-01', '2000-12', '2026-11', '2010-07')).toMatch(/早于参保日期/)
  })

  it('expands yearly resident contributions to every month and marks months without a record', () => {
    const months = certificateMonths(
      [
        { period: '2019', status: 'paid' },
        { period: '2020', status: 'arrears' },
      ],
      '2019-11',
      '2021-02',
    )
    expect(months.map((m) => m.status)).toEqual(['paid', 'paid', ...Array(12).fill('arrears'), 'none', 'none'])
    expect(countMonths(months)).toEqual({ paid: 2, arrears: 12 })
    expect(arrearsRuns(months)).toEqual(['2020年1月–2020年12月'])
  })

  it('uses monthly employee contributions, back-paid months count as paid, and names each arrears run', () => {
    const months = certificateMonths(
      [
        { period: '2024-01', status: 'paid' },
        { period: '2024-02', status: 'arrears' },
        { period: '2024-03', status: 'back-paid' },
        { period: '2024-04', status: 'arrears' },
        { period: '2024-05', status: 'arrears' },
      ],
      '2024-01',
      '2024-05',
    )
    expect(countMonths(months)).toEqual({ paid: 2, arrears: 3 })
    expect(arrearsRuns(months)).toEqual(['2024年2月', '2024年4月–2024年5月'])
  })
})

describe('参保证明 verification codes', () => {
  const bytes = (seed: number[]) => (n: number) => Uint8Array.from({ length: n }, (_, i) => seed[i % seed.length])

  it('is grouped XXXX-XXXX-XXXX-XXXX and reads back however it is typed', () => {
    const code = makeCertificateCode(bytes([7, 200, 31, 64, 99]))
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
    expect(normalizeCertificateCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
  })

  it('rejects any single changed character and any swap of two different neighbours', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.nat(15), fc.nat(31), (seed, pos, delta) => {
        // The seed first, then zeros (a seed of rejected bytes only must not loop forever).
        let calls = 0
        const code = makeCertificateCode((n) => (calls++ === 0 ? seed : new Uint8Array(n)))
        const raw = code.replace(/-/g, '')
        const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXY'
        const changed = alphabet[(alphabet.indexOf(raw[pos]) + 1 + (delta % 30)) % 31]
        const edited = raw.slice(0, pos) + changed + raw.slice(pos + 1)
        expect(normalizeCertificateCode(edited)).toBeNull()
        if (pos < 15 && raw[pos] !== raw[pos + 1]) {
          const swapped = raw.slice(0, pos) + raw[pos + 1] + raw[pos] + raw.slice(pos + 2)
          expect(normalizeCertificateCode(swapped)).toBeNull()
        }
      }),
    )
  })

  it('rejects the wrong length and characters outside the alphabet', () => {
    expect(normalizeCertificateCode('ABC')).toBeNull()
    expect(normalizeCertificateCode('UUUU-UUUU-UUUU-UUUU')).toBeNull()
    expect(normalizeCertificateCode('ZZZZ-ZZZZ-ZZZZ-ZZZZ')).toBeNull()
  })
})
