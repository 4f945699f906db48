import type { Contribution } from '@/domain/records/types'
import type { CertificateMonthStatus, Month } from '@/domain/evoucher/types'

/** Rules of the 医保码 and the 参保证明, shared by the app (to show and pre-check) and the server (to enforce). */
export const EVOUCHER_RULES = {
  /** A 医保码 is valid this long after it is issued; the page refreshes it then. */
  ttlMs: 60_000,
  /** The longest 参保证明 range, in months (five years). */
  maxCertificateMonths: 60,
  /** Certificates kept per person (older ones can no longer be verified). */
  certificatesKept: 20,
} as const

/** Seconds left before `expiresAt` (0 once expired), rounded up so a fresh code shows 60. */
export function secondsLeft(expiresAt: number, now: number): number {
  return Math.max(0, Math.ceil((expiresAt - now) / 1000))
}

/** A code is shown as valid only strictly before its expiry instant. */
export function isExpired(expiresAt: number, now: number): boolean {
  return now >= expiresAt
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/

export function isMonth(text: unknown): text is Month {
  return typeof text === 'string' && MONTH.test(text)
}

const monthIndex = (month: Month) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthOf = (index: number): Month => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`

/** Months from `from` to `to` inclusive, oldest first (empty when from is after to). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = []
  for (let i = monthIndex(from); i <= monthIndex(to); i++) out.push(monthOf(i))
  return out
}

export function addMonthsTo(month: Month, n: number): Month {
  return monthOf(monthIndex(month) + n)
}

/**
 * Why a certificate range cannot be issued, in Chinese, or null. `current` is this month (China time): the range
 * may not reach into the future, may not start before the person joined, and covers at most five years.
 */
export function certificateRangeProblem(from: Month, to: Month, current: Month, insuredSinceMonth?: Month): string | null {
  if (!isMonth(from)) return '请选择起始月份'
  if (!isMonth(to)) return '请选择结束月份'
  if (monthIndex(from) > monthIndex(to)) return '起始月份不能晚于结束月份'
  if (monthIndex(to) > monthIndex(current)) return '结束月份不能晚于本月'
  if (monthIndex(to) - monthIndex(from) + 1 > EVOUCHER_RULES.maxCertificateMonths) return '一次最多开具60个月（5年）的参保证明'
  if (insuredSinceMonth && monthIndex(to) < monthIndex(insuredSinceMonth)) return '所选月份早于参保日期，没有参保记录'
  return null
}

/**
 * Each month of the range with its contribution status. 职工 contributions are monthly (`YYYY-MM`); a 城乡居民
 * contribution is yearly (`YYYY`) and covers every month of that year. A month with no record is `none`.
 */
export function certificateMonths(
  contributions: readonly Pick<Contribution, 'period' | 'status'>[],
  from: Month,
  to: Month,
): { month: Month; status: CertificateMonthStatus }[] {
  const byPeriod = new Map<string, CertificateMonthStatus>()
  for (const c of contributions) byPeriod.set(c.period, c.status)
  return monthsBetween(from, to).map((month) => ({
    month,
    status: byPeriod.get(month) ?? byPeriod.get(month.slice(0, 4)) ?? 'none',
  }))
}

/** Paid (or back-paid) and arrears month counts. */
export function countMonths(months: readonly { status: CertificateMonthStatus }[]): { paid: number; arrears: number } {
  let paid = 0
  let arrears = 0
  for (const m of months) {
    if (m.status === 'paid' || m.status === 'back-paid') paid++
    else if (m.status === 'arrears') arrears++
  }
  return { paid, arrears }
}

/** Runs of consecutive arrears months, e.g. `2024年3月–2024年5月`, for the certificate's 欠缴 line. */
export function arrearsRuns(months: readonly { month: Month; status: CertificateMonthStatus }[]): string[] {
  const runs: string[] = []
  let start: Month | null = null
  let last: Month | null = null
  const label = (m: Month) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`
  const close = () => {
    if (start && last) runs.push(start === last ? label(start) : `${label(start)}–${label(last)}`)
    start = last = null
  }
  for (const m of months) {
    if (m.status === 'arrears') {
      if (!start) start = m.month
      last = m.month
    } else close()
  }
  close()
  return runs
}

// Verification codes: Crockford base32 without Z (31 symbols, a prime: no I, L, O, U), 15 random characters and a
// check character. A position-weighted sum mod 31 catches any single wrong character and any swap of two neighbours.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY'

function checkChar(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += (i + 1) * ALPHABET.indexOf(body[i])
  return ALPHABET[sum % 31]
}

/** A verification code of 15 uniformly random symbols (about 74 bits), grouped `XXXX-XXXX-XXXX-XXXX`. */
export function makeCertificateCode(randomBytes: (n: number) => Uint8Array): string {
  let body = ''
  while (body.length < 15) {
    for (const b of randomBytes(16)) {
      // Rejection sampling keeps every symbol equally likely.
      if ((b & 31) < 31 && body.length < 15) body += ALPHABET[b & 31]
    }
  }
  const raw = body + checkChar(body)
  return raw.match(/.{4}/g)!.join('-')
}

/**
 * A typed code in canonical form (upper case, dashes, Crockford's O→0 and I/L→1), or null when it cannot be one:
 * wrong length, a character outside the alphabet, or a check character that does not match (a typo or tampering).
 */
export function normalizeCertificateCode(text: string): string | null {
  const raw = text.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1')
  if (raw.length !== 16 || [...raw].some((c) => !ALPHABET.includes(c))) return null
  if (checkChar(raw.slice(0, 15)) !== raw[15]) return null
  return raw.match(/.{4}/g)!.join('-')
}
