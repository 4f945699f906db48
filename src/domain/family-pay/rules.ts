// 家庭共济 rules (POLICY.md "家庭共济"), pure and shared: the mock enforces them, the page explains them.
import type { Fen, IsoDate, Region } from '@/domain/common'
import type { Relation } from '@/domain/family/types'
import type { FamilyPayIneligibility } from '@/domain/family-pay/types'

/** The sources the 共济 page cites. */
export const FAMILY_PAY_SOURCES = {
  scheme: '国办发〔2021〕14号',
  extension: '国办发〔2024〕38号',
} as const

/** Since 2021: spouse, parents and children [nat: 国办发〔2021〕14号]. */
export const CLOSE_RELATIONS: readonly Relation[] = ['spouse', 'parent', 'child']

/**
 * The holder's 参保地 configuration ([local] in POLICY.md). Since 2024 the account may also pay for other 近亲属 and,
 * where the provinces have joined, across provinces (国办发〔2024〕38号); the rollout varies by province.
 */
export interface FamilyPayPlacePolicy {
  /** Other 近亲属 (relation `other`) may be covered. */
  otherRelativesAllowed: boolean
  /** Province codes whose insured relatives may be covered besides the holder's own province; `*`: every province. */
  crossProvince: readonly string[] | '*'
  /** The 城乡居民 collection window for the next year: months (1–12) of the year before, inclusive. */
  collectionMonths: { from: number; to: number }
}

export const DEFAULT_FAMILY_PAY_POLICY: FamilyPayPlacePolicy = {
  otherRelativesAllowed: false,
  crossProvince: [],
  // Seed 004: 常宁 collected 2018's contributions from September to 31 December 2017.
  collectionMonths: { from: 9, to: 12 },
}

/** Demo configuration per 参保地 city code ([local]): 荆门 is configured as having joined cross-province 共济. */
export const LOCAL_FAMILY_PAY_POLICIES: Record<string, Partial<FamilyPayPlacePolicy>> = {
  '420800': { crossProvince: '*', otherRelativesAllowed: false },
}

export function familyPayPolicyFor(region: Region): FamilyPayPlacePolicy {
  return { ...DEFAULT_FAMILY_PAY_POLICY, ...LOCAL_FAMILY_PAY_POLICIES[region.cityCode] }
}

/** Why the holder cannot cover this relative, or null. Checks the relation and the provinces (not the account). */
export function beneficiaryProblem(
  relation: Relation,
  payerRegion: Region,
  beneficiaryRegion: Region,
  policy: FamilyPayPlacePolicy,
): { subReason: FamilyPayIneligibility; message: string } | null {
  if (!CLOSE_RELATIONS.includes(relation) && !(relation === 'other' && policy.otherRelativesAllowed)) {
    return {
      subReason: 'not-close-relative',
      message: `家庭共济只能用于配偶、父母、子女（${FAMILY_PAY_SOURCES.scheme}），您的参保地暂未扩展到其他近亲属`,
    }
  }
  const sameProvince = payerRegion.provinceCode === beneficiaryRegion.provinceCode
  const joined = policy.crossProvince === '*' || policy.crossProvince.includes(beneficiaryRegion.provinceCode)
  if (!sameProvince && !joined) {
    return {
      subReason: 'cross-province-not-joined',
      message: `${beneficiaryRegion.provinceName}与${payerRegion.provinceName}之间暂未开通跨省家庭共济，请以参保地规定为准`,
    }
  }
  return null
}

/**
 * The national minimum individual 城乡居民 contribution per year, in fen [nat, POLICY.md "Other facts": ¥380 for
 * 2023, ¥400 for 2024]. Later years use the latest known figure until the 参保地 publishes its own.
 */
export const RESIDENT_MINIMUM_CONTRIBUTION_FEN: Readonly<Record<number, Fen>> = { 2023: 38_000, 2024: 40_000 }

/** The 参保地's configured yearly amount where known, else the latest national minimum; with the words that say so. */
export function residentContribution(year: number): { amountFen: Fen; basis: string } {
  const known = Object.keys(RESIDENT_MINIMUM_CONTRIBUTION_FEN)
    .map(Number)
    .filter((y) => y <= year)
  const from = known.length > 0 ? Math.max(...known) : Math.min(...Object.keys(RESIDENT_MINIMUM_CONTRIBUTION_FEN).map(Number))
  const amountFen = RESIDENT_MINIMUM_CONTRIBUTION_FEN[from]
  const yuan = amountFen / 100
  const basis =
    from === year
      ? `${year}年全国城乡居民医保个人缴费最低标准为${yuan}元`
      : `演示金额：按${from}年全国城乡居民医保个人缴费最低标准${yuan}元计，${year}年度标准以参保地公布为准`
  return { amountFen, basis }
}

const pad = (n: number) => String(n).padStart(2, '0')

function lastDayOf(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The contribution year whose collection window contains `today`, with the window; null outside every window. */
export function collectionYear(today: IsoDate, policy: FamilyPayPlacePolicy): { year: number; from: IsoDate; to: IsoDate } | null {
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  const { from, to } = policy.collectionMonths
  if (month < from || month > to) return null
  return { year: year + 1, from: `${year}-${pad(from)}-01`, to: `${year}-${pad(to)}-${pad(lastDayOf(year, to))}` }
}
