// Records: yearly summaries over 5,000 contributions (budget < 5 ms), month totals over 5,000 flow entries,
// and the mock generating a 30-year monthly history. Ratios are not needed here: the budget is absolute.
import type { Contribution } from '@/domain'
import { personHistory } from '@/backend/mock/records-history'
import { DEFAULT_SEED } from '@/backend/mock/server'
import type { PersonRecord } from '@/backend/mock/state'
import { JINGMEN } from '@/backend/mock/seed-people'
import { syntheticFlows } from '@/features/records/bench-fixture'
import { monthTotals, yearSummaries } from '@/features/records/model'
import { makeIdCard } from '@/lib/id-card'
import { median, report } from './_lib'

function contributions(count: number): Contribution[] {
  const items: Contribution[] = []
  for (let i = 0; i < count; i++) {
    const year = 2026 - Math.floor(i / 12) // 5,000 monthly rows reach back ~417 years: many year groups, worst case.
    const period = `${year}-${String((i % 12) + 1).padStart(2, '0')}`
    const employerFen = 40_000 + (i % 997)
    const personalFen = 10_000 + (i % 331)
    items.push({
      id: `C${i}`,
      period,
      employerFen,
      personalFen,
      totalFen: employerFen + personalFen,
      status: i % 97 === 0 ? 'arrears' : 'paid',
      accountCreditFen: personalFen,
    })
  }
  return items
}

function timeRuns(runs: number, fn: () => unknown): number[] {
  for (let i = 0; i < 20; i++) fn()
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    samples.push(performance.now() - start)
  }
  return samples
}

const items = contributions(5000)
const summaryMs = median(timeRuns(200, () => yearSummaries(items)))
report('records', 'summary5000_ms', summaryMs, 'ms')

const flows = syntheticFlows(5000)
report('records', 'month_totals5000_ms', median(timeRuns(200, () => monthTotals(flows))), 'ms')

// A 职工 member insured for 30 years (360 monthly contributions); fresh "today" each run so the memo does not answer.
const member: PersonRecord = {
  id: 'P900',
  name: '测试',
  idNumber: makeIdCard('420802', '19700101', 111),
  phone: '13800000000',
  insuranceType: 'employee',
  insuredRegion: JINGMEN,
  retired: false,
  insuredSince: '1996-12-01',
}
const start = Date.parse('2026-11-23T10:00:00+08:00')
let day = 0
const historyMs = median(timeRuns(30, () => personHistory(DEFAULT_SEED, member, start + day++ * 86_400_000)))
const h = personHistory(DEFAULT_SEED, member, start)
report('records', 'history30y_contributions', h.contributions.length, 'entries')
report('records', 'history30y_generate_ms', historyMs, 'ms')
if (summaryMs >= 5) {
  console.error(`summary5000_ms ${summaryMs.toFixed(2)} ms is over the 5 ms budget`)
  process.exit(1)
}
