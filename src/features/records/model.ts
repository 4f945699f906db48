import type { AccountFlow, AccountFlowType, Contribution, Settlement } from '@/domain'
import { formatYuan, type Fen } from '@/lib/money'

/** Rules of the records area: pure functions over fen, unit-tested without Taro. */

export interface YearSummary {
  year: number
  totalFen: Fen
  employerFen: Fen
  personalFen: Fen
  /** Periods in the year (months for 职工, 1 for 城乡居民). */
  periods: number
  arrears: number
  backPaid: number
  /** After a 转移接续: the 参保地 (city names) the year's periods were paid in, oldest first. */
  places: string[]
}

/** Per-year totals, newest year first. Arrears count but add no money (nothing was paid). */
export function yearSummaries(contributions: readonly Contribution[]): YearSummary[] {
  const byYear = new Map<number, YearSummary>()
  const firstPeriods = new Map<number, Map<string, string>>()
  for (const c of contributions) {
    const year = yearOf(c.period)
    let s = byYear.get(year)
    if (!s) {
      s = { year, totalFen: 0, employerFen: 0, personalFen: 0, periods: 0, arrears: 0, backPaid: 0, places: [] }
      byYear.set(year, s)
    }
    const place = c.insuredRegion ? c.insuredRegion.cityName || c.insuredRegion.provinceName : null
    if (place) {
      // Lists arrive newest first: keep each place's earliest period so places read oldest first.
      const seen = firstPeriods.get(year) ?? new Map<string, string>()
      firstPeriods.set(year, seen)
      if (!seen.has(place) || c.period < seen.get(place)!) seen.set(place, c.period)
    }
    s.periods++
    if (c.status === 'arrears') {
      s.arrears++
      continue
    }
    if (c.status === 'back-paid') s.backPaid++
    s.totalFen += c.totalFen
    s.employerFen += c.employerFen
    s.personalFen += c.personalFen
  }
  for (const [year, seen] of firstPeriods)
    byYear.get(year)!.places = [...seen.entries()].sort((a, b) => (a[1] < b[1] ? -1 : 1)).map(([place]) => place)
  return [...byYear.values()].sort((a, b) => b.year - a.year)
}

/** Every 参保地 the contributions name (after a 转移接续), oldest first; empty when they name none. */
export function contributionPlaces(contributions: readonly Contribution[]): string[] {
  const places: string[] = []
  const sorted = [...contributions].sort((a, b) => (a.period < b.period ? -1 : 1))
  for (const c of sorted) {
    const place = c.insuredRegion ? c.insuredRegion.cityName || c.insuredRegion.provinceName : null
    if (place && !places.includes(place)) places.push(place)
  }
  return places
}

export function yearOf(period: string): number {
  return Number(period.slice(0, 4))
}

/** Unpaid periods, newest first. */
export function arrearsOf(contributions: readonly Contribution[]): Contribution[] {
  return contributions.filter((c) => c.status === 'arrears').sort((a, b) => (a.period < b.period ? 1 : -1))
}

export function inYearRange(contributions: readonly Contribution[], fromYear: number | null, toYear: number | null): Contribution[] {
  return contributions.filter((c) => {
    const y = yearOf(c.period)
    return (fromYear === null || y >= fromYear) && (toYear === null || y <= toYear)
  })
}

/** `2023年5月` for a month, `2023年度` for a resident year. */
export function formatPeriod(period: string): string {
  return period.length === 4 ? `${period}年度` : `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`
}

/** Bar heights in percent of the largest year (at least 2 % so a small paid year is still visible). */
export function barPercents(summaries: readonly YearSummary[]): number[] {
  const max = summaries.reduce((m, s) => Math.max(m, s.totalFen), 0)
  return summaries.map((s) => (s.totalFen === 0 ? 0 : Math.max(2, Math.round((s.totalFen / (max || 1)) * 100))))
}

export interface MonthTotal {
  month: string
  inFen: Fen
  outFen: Fen
  count: number
}

/** Totals per month of an account flow, newest month first; outFen is positive. */
export function monthTotals(flows: readonly AccountFlow[]): MonthTotal[] {
  const byMonth = new Map<string, MonthTotal>()
  for (const f of flows) {
    let t = byMonth.get(f.month)
    if (!t) {
      t = { month: f.month, inFen: 0, outFen: 0, count: 0 }
      byMonth.set(f.month, t)
    }
    t.count++
    if (f.amountFen >= 0) t.inFen += f.amountFen
    else t.outFen -= f.amountFen
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? 1 : -1))
}

export function filterFlows(flows: readonly AccountFlow[], filter: { month: string | null; type: AccountFlowType | null }): AccountFlow[] {
  return flows.filter((f) => (!filter.month || f.month === filter.month) && (!filter.type || f.type === filter.type))
}

/** Rows of a grouped list: a header per group, then its entries; fixed-height rows suit a virtual list. */
export type Row<H, E> = { kind: 'header'; key: string; header: H } | { kind: 'entry'; key: string; entry: E }

/** Flow rows (newest first, as the server sends them) with a month header carrying that month's totals. */
export function flowRows(flows: readonly AccountFlow[]): Row<MonthTotal, AccountFlow>[] {
  const totals = new Map(monthTotals(flows).map((t) => [t.month, t]))
  const rows: Row<MonthTotal, AccountFlow>[] = []
  let current = ''
  for (const f of flows) {
    if (f.month !== current) {
      current = f.month
      rows.push({ kind: 'header', key: `h-${f.month}`, header: totals.get(f.month)! })
    }
    rows.push({ kind: 'entry', key: f.id, entry: f })
  }
  return rows
}

/** Contribution rows (newest first) with a year header carrying the year's summary. */
export function contributionRows(contributions: readonly Contribution[]): Row<YearSummary, Contribution>[] {
  const summaries = new Map(yearSummaries(contributions).map((s) => [s.year, s]))
  const rows: Row<YearSummary, Contribution>[] = []
  let current = -1
  for (const c of contributions) {
    const year = yearOf(c.period)
    if (year !== current) {
      current = year
      rows.push({ kind: 'header', key: `h-${year}`, header: summaries.get(year)! })
    }
    rows.push({ kind: 'entry', key: c.id, entry: c })
  }
  return rows
}

/** Distinct months of a flow, newest first, for the month filter. */
export function flowMonths(flows: readonly AccountFlow[]): string[] {
  return monthTotals(flows).map((t) => t.month)
}

export interface SettlementPart {
  key: 'fund' | 'account' | 'family' | 'cash'
  label: string
  fen: Fen
  explain: string
}

/** The parts of a settlement with what each means, in plain words; 家庭共济 only when a relative's account paid. */
export function settlementParts(s: Settlement): SettlementPart[] {
  const family: SettlementPart[] =
    s.familyAccountFen > 0
      ? [
          {
            key: 'family',
            label: '个人账户支付（家庭共济）',
            fen: s.familyAccountFen,
            explain: s.familyPayer
              ? `由${s.familyPayer.name}（${s.familyPayer.kinship}）的职工医保个人账户通过家庭共济支付，不是现金。`
              : '由家人的职工医保个人账户通过家庭共济支付，不是现金。',
          },
        ]
      : []
  const parts: SettlementPart[] = [
    {
      key: 'fund',
      label: '统筹基金支付',
      fen: s.fundFen,
      explain:
        s.channel === 'manual-claim'
          ? '出院时您全额自费；参保地审核后按起付线、报销比例和封顶线核定，由统筹基金报销到您的社保卡金融账户（手工报销）。'
          : '医保基金直接替您付给医院的部分，按参保地的起付线、报销比例和封顶线计算，您不用垫付。',
    },
    {
      key: 'account',
      label: '个人账户支付',
      fen: s.accountFen,
      explain:
        s.accountFen > 0
          ? '从您的医保个人账户余额里扣的部分，不用掏现金。'
          : '这次没有用个人账户（城乡居民医保不设个人账户，或账户余额不足）。',
    },
    {
      key: 'cash',
      label: '个人现金支付',
      fen: s.cashFen,
      explain:
        s.channel === 'manual-claim'
          ? '报销后仍由您自己负担的部分，包括起付线以下、按比例自付和目录外的费用。'
          : '出院结算时您自己用现金、银行卡或微信支付的部分，包括起付线以下、按比例自付和目录外的费用。',
    },
  ]
  return [...parts.slice(0, 2), ...family, parts[2]]
}

/** Whether the parts add up to the total, to the fen. */
export function partsAddUp(s: Settlement): boolean {
  return s.fundFen + s.accountFen + s.familyAccountFen + s.cashFen === s.totalFen
}

export interface StatementPerson {
  name: string
  idNumberMasked: string
  insuranceTypeLabel: string
  regionLabel: string
}

/** A year's contribution statement as plain text (to copy or share); amounts exact to the fen. */
export function statementText(person: StatementPerson, contributions: readonly Contribution[], year: number, printedOn: string): string {
  const rows = contributions.filter((c) => yearOf(c.period) === year).sort((a, b) => (a.period < b.period ? -1 : 1))
  const [summary] = yearSummaries(rows)
  const lines = [
    `${year}年度医保缴费明细`,
    `姓名：${person.name}\u3000身份证号：${person.idNumberMasked}`,
    `险种：${person.insuranceTypeLabel}\u3000参保地：${person.regionLabel}`,
    ...rows.map((c) => {
      const status = c.status === 'arrears' ? '欠缴' : c.status === 'back-paid' ? `补缴 ${c.paidDate ?? ''}` : `已到账 ${c.paidDate ?? ''}`
      const split = c.baseFen !== undefined ? `（单位 ${formatYuanPlain(c.employerFen)}，个人 ${formatYuanPlain(c.personalFen)}）` : ''
      return `${formatPeriod(c.period)}\u3000${formatYuanPlain(c.totalFen)}${split}\u3000${status}`
    }),
    `已缴合计：${formatYuanPlain(summary?.totalFen ?? 0)}${summary && summary.arrears > 0 ? `；欠缴 ${summary.arrears} 期` : ''}`,
    `查询日期：${printedOn}（随行医保，仅供参考，以参保地医保经办机构记录为准）`,
  ]
  return lines.join('\n')
}

function formatYuanPlain(fen: Fen): string {
  return `${formatYuan(fen, { symbol: false })}元`
}
