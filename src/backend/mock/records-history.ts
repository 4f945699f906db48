import { birthDateOf, genderOf } from '@/lib/id-card'
import type { Fen, Instant, IsoDate, Region, AccountFlow, Contribution, Settlement } from '@/domain'
import { createRng, hashSeed } from '@/backend/mock/rng'
import type { FamilyPaymentRecord, PersonRecord } from '@/backend/mock/state'
import { HENGYANG, JINGMEN } from '@/backend/mock/seed-people'

/**
 * Deterministic record histories per person, regenerated (never persisted) from the seed, the person and the
 * server's current month. Contributions, account flow and settlements come from one pass so they agree:
 * credits follow paid contributions, arrears credit nothing, account payments of settlements and 家庭共济
 * payments reduce the balance, and the balance never goes below zero. What the app did (settlements the mock made,
 * 家庭共济 payments) is persisted by the mock and folded in here as events at the time it happened.
 */

export interface PersonHistory {
  /** Oldest first. */
  contributions: Contribution[]
  /** Oldest first. */
  flows: AccountFlow[]
  settlements: Settlement[]
  balanceFen: Fen
  retiredFrom: string | null
  /** Paid or back-paid months (职工) or years × 12 (城乡居民). */
  paidMonths: number
  suspended: boolean
}

type PhaseKind = 'employed' | 'flexible' | 'retired'
interface Phase {
  kind: PhaseKind
  /** `YYYY-MM`, inclusive. */
  from: string
  /** `YYYY-MM`, inclusive; null = until now. */
  to: string | null
}

interface PlannedSettlement {
  seq: number
  hospital: string
  destination: Region
  admissionDate: IsoDate
  dischargeDate: IsoDate
  totalFen: Fen
  fundFen: Fen
  /** What the account pays at most; the rest of the self-paid part is cash. */
  accountCapFen: Fen
  filingId?: string
  filingLabel: string
}

interface Story {
  phases?: (person: PersonRecord) => Phase[]
  /** Months (`YYYY-MM`) or, for residents, years (`YYYY`) left unpaid. */
  arrears?: string[]
  /** Months before now left unpaid (keeps a recent arrears visible whatever the date). */
  arrearsMonthsAgo?: number[]
  /** Month or year → back-paid date. */
  backPaid?: Record<string, IsoDate>
  /** Where the person lives from a month on (for pharmacy names). */
  livesIn?: { from: string; region: Region }[]
  settlements?: PlannedSettlement[]
}

const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const CHANGSHA: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430100', cityName: '长沙市' }

/** The demo people's life stories; everyone else follows the general rules. */
const STORIES: Record<string, Story> = {
  P001: {
    arrears: [],
    arrearsMonthsAgo: [1],
    backPaid: { '2019-03': '2019-07-10', '2019-04': '2019-07-10' },
    settlements: [
      {
        seq: 1,
        hospital: '中南大学湘雅医院',
        destination: CHANGSHA,
        admissionDate: '2023-10-02',
        dischargeDate: '2023-10-06',
        totalFen: 864_250,
        fundFen: 540_000,
        accountCapFen: 200_000,
        filingLabel: '异地急诊抢救（视同已备案）',
      },
    ],
  },
  P002: {
    // Reached retirement age in 2008 short of the minimum contribution years, so kept paying as 灵活就业 until 2023:
    // 30 years of monthly history from 1994.
    phases: (person) => [
      { kind: 'employed', from: person.insuredSince.slice(0, 7), to: '2008-02' },
      { kind: 'flexible', from: '2008-03', to: '2023-12' },
      { kind: 'retired', from: '2024-01', to: null },
    ],
    backPaid: { '2016-05': '2016-09-12', '2016-06': '2016-09-12' },
    livesIn: [{ from: '2025-03', region: JINGMEN }],
    settlements: [
      {
        // Made-up figures: seed 004's real case (¥11,811.24, a 衡阳 retiree in 广西) stays with its own story, in the Q&A.
        seq: 1,
        hospital: '荆门市第一人民医院',
        destination: JINGMEN,
        admissionDate: '2025-07-08',
        dischargeDate: '2025-07-19',
        totalFen: 1_046_380,
        fundFen: 1_046_380 - 336_540,
        accountCapFen: 150_000,
        filingId: 'FS0001',
        filingLabel: '异地长期居住人员',
      },
      {
        seq: 2,
        hospital: '荆门市第二人民医院',
        destination: JINGMEN,
        admissionDate: '2026-04-02',
        dischargeDate: '2026-04-09',
        totalFen: 562_310,
        fundFen: 393_380,
        accountCapFen: 80_000,
        filingId: 'FS0001',
        filingLabel: '异地长期居住人员',
      },
    ],
  },
  P003: {
    arrears: ['2020'],
    settlements: [
      {
        seq: 1,
        hospital: '中山大学附属第一医院',
        destination: GUANGZHOU,
        admissionDate: '2024-06-03',
        dischargeDate: '2024-06-14',
        totalFen: 2_345_678,
        fundFen: 1_055_555,
        accountCapFen: 0,
        filingId: 'FS0002',
        filingLabel: '其他临时外出就医人员',
      },
    ],
  },
}

/** Contribution rates in basis points by 参保地 city (employer, personal). */
const RATES: Record<string, { employer: number; personal: number }> = {
  [JINGMEN.cityCode]: { employer: 800, personal: 200 },
  [HENGYANG.cityCode]: { employer: 700, personal: 200 },
}
const DEFAULT_RATES = { employer: 600, personal: 200 }
/** 灵活就业: the person pays the whole rate on 60 % of the average wage. */
const FLEXIBLE_RATE = 800

/** 城乡居民 personal contribution per year in fen (2018: ¥180 as in 常宁, seed 004; national minimums after). */
const RESIDENT_YEARLY: Record<number, Fen> = {
  2008: 2_000,
  2009: 2_000,
  2010: 3_000,
  2011: 3_000,
  2012: 6_000,
  2013: 7_000,
  2014: 9_000,
  2015: 12_000,
  2016: 15_000,
  2017: 15_000,
  2018: 18_000,
  2019: 25_000,
  2020: 28_000,
  2021: 32_000,
  2022: 35_000,
  2023: 38_000,
}
export function residentYearlyFen(year: number): Fen {
  if (year < 2008) return 2_000
  return RESIDENT_YEARLY[year] ?? 40_000
}

/** Average monthly wage in yuan, a smooth stand-in for the published 社平工资. */
function averageWageYuan(year: number): number {
  return Math.round(600 * Math.pow(1.075, year - 1998))
}

/** Monthly account credit of a retiree, fen (fixed after the 2023 reform). */
function retireeCreditFen(year: number): Fen {
  return year >= 2023 ? 9_600 : 12_000
}

const PHARMACIES: Record<string, string[]> = {
  [JINGMEN.cityCode]: ['荆门市老百姓大药房（象山大道店）', '益丰大药房（荆门东宝店）', '荆门市第二人民医院门诊', '荆门市中医医院门诊'],
  [HENGYANG.cityCode]: ['衡阳市老百姓大药房（解放路店）', '养天和大药房（衡阳蒸湘店）', '衡阳市中心医院门诊', '南华大学附属第一医院门诊'],
}
const DEFAULT_PHARMACIES = ['国大药房（社区店）', '社区卫生服务中心门诊']

// Month arithmetic on integer indices (year × 12 + month − 1), fast enough for 30-year histories.
const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1
const monthText = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
const pad = (n: number) => String(n).padStart(2, '0')
const instantOf = (date: IsoDate, hour: number, minute: number): Instant => Date.parse(`${date}T${pad(hour)}:${pad(minute)}:00+08:00`)
/** `YYYY-MM-DD` in China time. */
export function chinaIsoDate(instant: Instant): IsoDate {
  return new Date(instant + 8 * 3600 * 1000).toISOString().slice(0, 10)
}

function generalPhases(person: PersonRecord): Phase[] {
  const from = person.insuredSince.slice(0, 7)
  if (!person.retired) return [{ kind: 'employed', from, to: null }]
  const birth = birthDateOf(person.idNumber)
  const age = genderOf(person.idNumber) === 'female' ? 55 : 60
  const retire = birth ? monthText(monthIndex(birth.format('YYYY-MM')) + age * 12 + 1) : from
  return [
    { kind: 'employed', from, to: monthText(monthIndex(retire) - 1) },
    { kind: 'retired', from: retire, to: null },
  ]
}

interface Event {
  at: Instant
  apply(): void
}

/** What the app did that the generated history must include (persisted by the mock). */
export interface AppRecords {
  settlements: readonly Settlement[]
  payments: readonly FamilyPaymentRecord[]
}

export const NO_APP_RECORDS: AppRecords = { settlements: [], payments: [] }

/** The highest settlement sequence number the generated story uses for this person (app settlements follow it). */
export function plannedSettlementSeq(personId: string): number {
  return Math.max(0, ...(STORIES[personId]?.settlements ?? []).map((s) => s.seq))
}

const cache = new Map<string, PersonHistory>()

/** The history as of `now`; memoised per seed, person, day and the app's records about this person so far. */
export function personHistory(seed: number, person: PersonRecord, now: Instant, app: AppRecords = NO_APP_RECORDS): PersonHistory {
  const today = chinaIsoDate(now)
  const mine: AppRecords = {
    settlements: app.settlements.filter((s) => s.personId === person.id && s.settledAt <= now),
    payments: app.payments.filter((p) => (p.payerPersonId === person.id || p.beneficiaryPersonId === person.id) && p.at <= now),
  }
  // The records themselves, not just their ids: ids repeat across servers (tests run many), the cache is shared.
  const appKey = mine.settlements.length + mine.payments.length > 0 ? JSON.stringify(mine) : ''
  // A 转移接续 changes the 参保地 of periods and moves the balance: its steps are part of the key.
  const moves = person.moves?.length
    ? JSON.stringify(person.moves.map((m) => [m.sinceMonth, m.outAt <= now, (m.inAt ?? Infinity) <= now]))
    : ''
  const key = `${seed}|${person.id}|${person.insuranceType}|${person.insuredSince}|${today}|${appKey}|${moves}`
  const hit = cache.get(key)
  if (hit) return hit
  const history =
    person.insuranceType === 'resident' ? residentHistory(seed, person, today, mine) : employeeHistory(seed, person, today, now, mine)
  if (cache.size > 200) cache.clear()
  cache.set(key, history)
  return history
}

function residentHistory(seed: number, person: PersonRecord, today: IsoDate, app: AppRecords): PersonHistory {
  const rng = createRng(hashSeed(`${seed}|${person.id}|resident`))
  const story = STORIES[person.id] ?? {}
  const firstYear = Number(person.insuredSince.slice(0, 4))
  const thisYear = Number(today.slice(0, 4))
  // Next year's contribution (collected September–December, seed 004) is listed once paid: see the app's payments below.
  const lastYear = thisYear
  const contributions: Contribution[] = []
  let paidMonths = 0
  for (let year = firstYear; year <= lastYear; year++) {
    const period = String(year)
    const amount = residentYearlyFen(year)
    const arrears = story.arrears?.includes(period) ?? false
    // Collected September–December of the year before; next year's only as far as today.
    const paidDate =
      year > thisYear ? `${thisYear}-09-${pad(rng.int(10, 28))}` : `${year - 1}-${pad(rng.int(9, 12))}-${pad(rng.int(1, 28))}`
    const status = arrears ? 'arrears' : story.backPaid?.[period] ? 'back-paid' : 'paid'
    if (!arrears) paidMonths += 12
    contributions.push({
      id: `C-${person.id}-${period}`,
      period,
      employerFen: 0,
      personalFen: amount,
      totalFen: amount,
      paidDate: arrears ? undefined : (story.backPaid?.[period] ?? (paidDate < person.insuredSince ? person.insuredSince : paidDate)),
      status,
      accountCreditFen: 0,
      note: '城乡居民个人缴费（按年）',
    })
  }
  // Contributions paid in the app through 家庭共济 (a year not yet listed, or one in arrears).
  for (const payment of app.payments) {
    if (payment.kind !== 'contribution' || payment.beneficiaryPersonId !== person.id || payment.year === undefined) continue
    const period = String(payment.year)
    const paid: Contribution = {
      id: `C-${person.id}-${period}`,
      period,
      employerFen: 0,
      personalFen: payment.amountFen,
      totalFen: payment.amountFen,
      paidDate: chinaIsoDate(payment.at),
      status: 'paid',
      accountCreditFen: 0,
      note: payment.beneficiaryLine,
      familyPaymentId: payment.id,
    }
    const index = contributions.findIndex((c) => c.period === period)
    if (index >= 0) {
      if (contributions[index].status === 'arrears') paidMonths += 12
      contributions[index] = { ...paid, status: contributions[index].status === 'arrears' ? 'back-paid' : 'paid' }
    } else {
      contributions.push(paid)
      paidMonths += 12
    }
  }
  contributions.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0))
  const settlements = [...(story.settlements ?? []).map((plan) => settlementOf(person, plan, 0)), ...app.settlements]
  const current = contributions.find((c) => c.period === String(thisYear))
  return {
    contributions,
    flows: [],
    settlements,
    balanceFen: 0,
    retiredFrom: null,
    paidMonths,
    suspended: !current || current.status === 'arrears',
  }
}

function settlementOf(person: PersonRecord, plan: PlannedSettlement, accountFen: Fen): Settlement {
  return {
    id: `S-${person.id}-${pad(plan.seq)}`,
    personId: person.id,
    kind: 'inpatient',
    hospital: plan.hospital,
    destination: plan.destination,
    admissionDate: plan.admissionDate,
    dischargeDate: plan.dischargeDate,
    totalFen: plan.totalFen,
    fundFen: plan.fundFen,
    accountFen,
    familyAccountFen: 0,
    cashFen: plan.totalFen - plan.fundFen - accountFen,
    filingId: plan.filingId,
    filingLabel: plan.filingLabel,
    insuranceType: person.insuranceType,
    settledAt: instantOf(plan.dischargeDate, 15, 20),
  }
}

function employeeHistory(seed: number, person: PersonRecord, today: IsoDate, now: Instant, app: AppRecords): PersonHistory {
  const rng = createRng(hashSeed(`${seed}|${person.id}|employee`))
  const story = STORIES[person.id] ?? {}
  const phases = story.phases?.(person) ?? generalPhases(person)
  // 转移接续 (transfers.ts): once completed, periods from `sinceMonth` on belong to the new 参保地, earlier ones to the
  // old; every period is then marked with its 参保地 and rated by it.
  const moves = (person.moves ?? []).filter((m) => m.outAt <= now)
  const completed = moves.filter((m) => m.inAt !== undefined && m.inAt <= now).sort((a, b) => (a.sinceMonth < b.sinceMonth ? -1 : 1))
  const placeOf = (ym: string): Region => {
    if (completed.length === 0) return person.insuredRegion
    let region = completed[0].from
    for (const m of completed) if (ym >= m.sinceMonth) region = m.to
    return region
  }
  const ratesOf = (ym: string) => RATES[placeOf(ym).cityCode] ?? DEFAULT_RATES
  // Each person earns a steady multiple of the average wage (0.9–1.5).
  const wageFactor = 0.9 + rng.int(0, 12) * 0.05
  const todayIndex = monthIndex(today)
  const dayOfMonth = Number(today.slice(8, 10))
  // This month's contribution is collected around the 20th.
  const lastDue = dayOfMonth >= 20 ? todayIndex : todayIndex - 1
  const arrearsSet = new Set(story.arrears ?? [])
  for (const ago of story.arrearsMonthsAgo ?? []) arrearsSet.add(monthText(todayIndex - ago))

  const contributions: Contribution[] = []
  const events: Event[] = []
  let balance = 0
  const flows: AccountFlow[] = []
  let flowSeq = 0
  const pushFlow = (at: Instant, type: AccountFlow['type'], amountFen: Fen, extra: Partial<AccountFlow> = {}) => {
    balance += amountFen
    flows.push({
      id: `F-${person.id}-${String(++flowSeq).padStart(5, '0')}`,
      at,
      month: chinaIsoDate(at).slice(0, 7),
      type,
      amountFen,
      balanceAfterFen: balance,
      ...extra,
    })
  }

  let paidMonths = 0
  let retiredFrom: string | null = null
  const residence = (ym: string): Region => {
    let region = placeOf(ym)
    for (const move of story.livesIn ?? []) if (ym >= move.from) region = move.region
    return region
  }

  for (const phase of phases) {
    const start = monthIndex(phase.from)
    const end = phase.to ? Math.min(monthIndex(phase.to), lastDue) : lastDue
    if (phase.kind === 'retired') retiredFrom = phase.from
    for (let m = start; m <= end; m++) {
      const period = monthText(m)
      const year = Math.floor(m / 12)
      if (phase.kind === 'retired') {
        const credit = retireeCreditFen(year)
        events.push({
          at: instantOf(`${period}-05`, 9, 0),
          apply: () => pushFlow(instantOf(`${period}-05`, 9, 0), 'credit', credit, { place: '退休人员个人账户划入', period }),
        })
        continue
      }
      const flexible = phase.kind === 'flexible'
      const avg = averageWageYuan(year)
      const baseFen = Math.round(flexible ? avg * 0.6 : avg * wageFactor) * 100
      const rates = ratesOf(period)
      const employerFen = flexible ? 0 : Math.round((baseFen * rates.employer) / 10_000)
      const personalFen = Math.round((baseFen * (flexible ? FLEXIBLE_RATE : rates.personal)) / 10_000)
      // Before the 2023 reform 30 % of the employer part also went to the account.
      const accountCreditFen = flexible
        ? Math.round((baseFen * 200) / 10_000)
        : personalFen + (year < 2023 ? Math.round((employerFen * 30) / 100) : 0)
      const back = story.backPaid?.[period]
      const arrears = arrearsSet.has(period)
      const paidDate = arrears ? undefined : (back ?? `${period}-${pad(rng.int(15, 25))}`)
      const status = arrears ? 'arrears' : back ? 'back-paid' : 'paid'
      if (!arrears) paidMonths++
      contributions.push({
        id: `C-${person.id}-${period}`,
        period,
        baseFen,
        employerFen,
        personalFen,
        totalFen: employerFen + personalFen,
        paidDate,
        status,
        accountCreditFen: arrears ? 0 : accountCreditFen,
        note: flexible ? '灵活就业人员（个人全额缴纳）' : undefined,
        ...(completed.length > 0 ? { insuredRegion: placeOf(period) } : {}),
      })
      if (paidDate) {
        const at = instantOf(paidDate, 9, rng.int(0, 59)) + 2 * 24 * 3600 * 1000
        if (at <= now)
          events.push({
            at,
            apply: () => pushFlow(at, 'credit', accountCreditFen, { place: flexible ? '灵活就业缴费划入' : '单位缴费划入', period }),
          })
      }
    }
  }

  // Everyday spends at pharmacies and clinics, only when the balance allows.
  const firstMonth = monthIndex(phases[0].from)
  for (let m = firstMonth; m <= todayIndex; m++) {
    const count = [0, 0, 0, 0, 1, 1, 2][rng.int(0, 6)]
    const ym = monthText(m)
    const places = PHARMACIES[residence(ym).cityCode] ?? DEFAULT_PHARMACIES
    for (let k = 0; k < count; k++) {
      const day = rng.int(1, 28)
      const at = instantOf(`${ym}-${pad(day)}`, rng.int(8, 20), rng.int(0, 59))
      const amount = rng.int(10, 200) * 100 + rng.int(0, 99)
      const place = rng.pick(places)
      if (at > now) continue
      events.push({ at, apply: () => void (balance >= amount && pushFlow(at, 'spend', -amount, { place })) })
    }
  }

  // 家庭共济 payments from this account for a relative's contribution or bill (checked against the balance when made).
  for (const payment of app.payments) {
    if (payment.payerPersonId !== person.id) continue
    events.push({
      at: payment.at,
      apply: () =>
        pushFlow(payment.at, 'family-pay', -payment.amountFen, {
          place: payment.payerLine,
          familyPaymentId: payment.id,
          settlementId: payment.settlementId,
        }),
    })
  }

  const settlements: Settlement[] = []
  for (const plan of story.settlements ?? []) {
    const at = instantOf(plan.dischargeDate, 15, 20)
    if (at > now) continue
    events.push({
      at,
      apply: () => {
        const accountFen = Math.min(balance, plan.accountCapFen, plan.totalFen - plan.fundFen)
        const settlement = settlementOf(person, plan, accountFen)
        settlements.push(settlement)
        if (accountFen > 0) pushFlow(at, 'spend', -accountFen, { place: `${plan.hospital}（异地住院结算）`, settlementId: settlement.id })
      },
    })
  }

  // Settlements the mock made in the app: their account part was taken from the balance at the time.
  for (const made of app.settlements) {
    events.push({
      at: made.settledAt,
      apply: () => {
        settlements.push(made)
        if (made.accountFen > 0)
          pushFlow(made.settledAt, 'spend', -made.accountFen, {
            place: `${made.hospital}（异地${made.kind === 'outpatient' ? '门诊' : '住院'}结算）`,
            settlementId: made.id,
          })
      },
    })
  }

  // 转移接续: the whole balance leaves the old account when the old place transfers out, and arrives on completion.
  for (const m of moves) {
    let moved = 0
    events.push({
      at: m.outAt,
      apply: () => {
        moved = balance
        pushFlow(m.outAt, 'transfer', -moved, { place: `转出至${m.to.cityName || m.to.provinceName}（医保关系转移接续）` })
      },
    })
    if (m.inAt !== undefined && m.inAt <= now) {
      const inAt = m.inAt
      events.push({
        at: inAt,
        apply: () => pushFlow(inAt, 'transfer', moved, { place: `由${m.from.cityName || m.from.provinceName}转入（医保关系转移接续）` }),
      })
    }
  }

  events.sort((a, b) => a.at - b.at)
  for (const event of events) event.apply()

  const recent = contributions.slice(-3)
  const suspended = retiredFrom === null && recent.length === 3 && recent.every((c) => c.status === 'arrears')
  return { contributions, flows, settlements, balanceFen: balance, retiredFrom, paidMonths, suspended }
}
