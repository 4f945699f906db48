import type { Fen, Instant, InsuranceStatus, IsoDate, PersonId, InsuranceType, Region } from '@/domain/common'

export interface InsuranceInfo {
  personId: PersonId
  name: string
  idNumberMasked: string
  insuranceType: InsuranceType
  insuredRegion: Region
  status: InsuranceStatus
  startDate: IsoDate
  /** Whole years of paid (or back-paid) contributions. */
  contributionYears: number
  /** The remainder, so the page can say 16年4个月. */
  contributionExtraMonths: number
  retired: boolean
  /** Resident scheme members have no personal account. */
  accountUsable: boolean
  updatedAt: Instant
}

export type ContributionStatus = 'paid' | 'arrears' | 'back-paid'

export const CONTRIBUTION_STATUS_LABELS: Record<ContributionStatus, string> = {
  paid: '已到账',
  arrears: '欠缴',
  'back-paid': '补缴',
}

export interface Contribution {
  id: string
  /** `YYYY-MM` for monthly (职工), `YYYY` for yearly (城乡居民). */
  period: string
  /** 职工 only: the contribution base. */
  baseFen?: Fen
  employerFen: Fen
  personalFen: Fen
  totalFen: Fen
  paidDate?: IsoDate
  status: ContributionStatus
  /** 职工: what went into the personal account for this period (0 for arrears and for 城乡居民). */
  accountCreditFen: Fen
  /** e.g. 灵活就业 when the person paid both parts themselves, or who paid it through 家庭共济. */
  note?: string
  /** Paid from a relative's 职工医保 personal account (家庭共济): that payment's id. */
  familyPaymentId?: string
  /** After a 转移接续: the 参保地 this period was paid in (the merged history marks every period). */
  insuredRegion?: Region
}

export type AccountFlowType = 'credit' | 'spend' | 'family-pay' | 'transfer'

export const ACCOUNT_FLOW_TYPES: readonly AccountFlowType[] = ['credit', 'spend', 'family-pay', 'transfer']

export const ACCOUNT_FLOW_TYPE_LABELS: Record<AccountFlowType, string> = {
  credit: '划入',
  spend: '支出',
  'family-pay': '家庭共济',
  transfer: '转移接续',
}

export interface AccountFlow {
  id: string
  at: Instant
  /** `YYYY-MM` */
  month: string
  type: AccountFlowType
  /** Positive in, negative out. */
  amountFen: Fen
  balanceAfterFen: Fen
  /** Pharmacy or hospital for spends; for 家庭共济, whom and what it paid for. */
  place?: string
  /** The contribution period a credit comes from. */
  period?: string
  /** The settlement an account payment belongs to (for 家庭共济: the relative's settlement). */
  settlementId?: string
  /** 家庭共济: the payment this entry is. */
  familyPaymentId?: string
}

export interface AccountSummary {
  personId: PersonId
  balanceFen: Fen
  updatedAt: Instant
  usable: boolean
  /** Why the account cannot be used, in plain words (e.g. 城乡居民医保不设个人账户). */
  unusableReason?: string
}

export type SettlementKind = 'inpatient' | 'outpatient'

export const SETTLEMENT_KIND_LABELS: Record<SettlementKind, string> = { inpatient: '住院', outpatient: '普通门诊' }

/** How a settlement was paid: directly at the hospital, or afterwards by a 手工报销 claim to the 参保地. */
export type SettlementChannel = 'direct' | 'manual-claim'

export const SETTLEMENT_CHANNEL_LABELS: Record<SettlementChannel, string> = { direct: '直接结算', 'manual-claim': '手工报销' }

export interface Settlement {
  id: string
  /** Absent: direct (every settlement made before claims existed). */
  channel?: SettlementChannel
  /** With manual-claim: the claim it paid. */
  claimId?: string
  personId: PersonId
  kind: SettlementKind
  hospital: string
  destination: Region
  admissionDate: IsoDate
  dischargeDate: IsoDate
  totalFen: Fen
  fundFen: Fen
  /** From the person's own personal account. */
  accountFen: Fen
  /** From a relative's 职工医保 personal account (家庭共济); 0 when none. */
  familyAccountFen: Fen
  /** Whose account paid `familyAccountFen`, and that payment. */
  familyPayer?: { name: string; kinship: string; paymentId: string }
  cashFen: Fen
  /** The filing it used; absent for emergencies, which count as filed (视同已备案). */
  filingId?: string
  /** Label of the filing category, or 急诊视同已备案. */
  filingLabel: string
  /** 职工医保 or 城乡居民医保 rules applied (参保地政策). */
  insuranceType: InsuranceType
  settledAt: Instant
}

/** Bounds the server enforces on paged record queries. */
export const RECORDS_LIMITS = {
  maxPageSize: 200,
  maxSettlementPageSize: 50,
  minYear: 1990,
  maxYear: 2100,
} as const
