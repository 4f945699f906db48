import type { Fen, Instant, IsoDate, Page, PageQuery, PersonId, InsuranceType, Region } from './common'

export type InsuranceStatus = 'active' | 'suspended' | 'terminated'

export const INSURANCE_STATUS_LABELS: Record<InsuranceStatus, string> = {
  active: '参保缴费',
  suspended: '暂停',
  terminated: '终止',
}

export interface InsuranceInfo {
  personId: PersonId
  name: string
  idNumberMasked: string
  insuranceType: InsuranceType
  insuredRegion: Region
  status: InsuranceStatus
  startDate: IsoDate
  contributionYears: number
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
}

export type AccountFlowType = 'credit' | 'spend' | 'family-transfer'

export const ACCOUNT_FLOW_TYPE_LABELS: Record<AccountFlowType, string> = {
  credit: '划入',
  spend: '支出',
  'family-transfer': '家庭共济',
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
  /** Pharmacy or hospital for spends; relative's name for transfers. */
  place?: string
}

export interface AccountSummary {
  personId: PersonId
  balanceFen: Fen
  updatedAt: Instant
  usable: boolean
}

export interface Settlement {
  id: string
  personId: PersonId
  hospital: string
  destination: Region
  admissionDate: IsoDate
  dischargeDate: IsoDate
  totalFen: Fen
  fundFen: Fen
  accountFen: Fen
  cashFen: Fen
  filingId?: string
}

export interface RecordsApi {
  insurance(personId: PersonId): Promise<InsuranceInfo>
  contributions(personId: PersonId, query: PageQuery & { fromYear?: number; toYear?: number }): Promise<Page<Contribution>>
  account(personId: PersonId): Promise<AccountSummary>
  accountFlow(personId: PersonId, query: PageQuery & { month?: string; type?: AccountFlowType }): Promise<Page<AccountFlow>>
  settlements(personId: PersonId, query: PageQuery): Promise<Page<Settlement>>
  settlement(id: string): Promise<Settlement>
}
