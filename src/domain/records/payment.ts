import type { Fen, InsuranceType } from '@/domain/common'
import type { SettlementKind } from '@/domain/records/types'

/**
 * Example payment rules of the demo's 参保地 ([local] in POLICY.md "Payment levels": the 参保地 decides the deductible
 * and ratio, and they differ between 职工 and 城乡居民). Invented round figures, not any city's. Direct settlements
 * (backend/mock/stays.ts) and 手工报销 claims (backend/mock/claims.ts) both pay by them.
 */
export const EXAMPLE_PAYMENT_RULES: Record<SettlementKind, Record<InsuranceType, { deductibleFen: Fen; ratioPct: number }>> = {
  inpatient: { employee: { deductibleFen: 80_000, ratioPct: 85 }, resident: { deductibleFen: 100_000, ratioPct: 65 } },
  outpatient: { employee: { deductibleFen: 20_000, ratioPct: 60 }, resident: { deductibleFen: 10_000, ratioPct: 50 } },
}

export interface FundShare {
  deductibleFen: Fen
  homeRatioPct: number
  ratioPct: number
  fundFen: Fen
}

/**
 * What the fund pays of the in-catalogue costs: above the deductible, at the home ratio less the category's cut
 * (0 for long-term filers; up to 10 points for referral and emergency, up to 20 for other temporary stays).
 */
export function fundShare(kind: SettlementKind, insuranceType: InsuranceType, inCatalogueFen: Fen, cutPoints: number): FundShare {
  const rule = EXAMPLE_PAYMENT_RULES[kind][insuranceType]
  const ratioPct = Math.max(0, rule.ratioPct - cutPoints)
  const fundFen = Math.round((Math.max(0, inCatalogueFen - rule.deductibleFen) * ratioPct) / 100)
  return { deductibleFen: rule.deductibleFen, homeRatioPct: rule.ratioPct, ratioPct, fundFen }
}
