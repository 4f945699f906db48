export type PersonId = string
/** `YYYY-MM-DD` */
export type IsoDate = string
/** Epoch milliseconds. */
export type Instant = number
/** Integer fen. */
export type Fen = number

export interface Page<T> {
  items: T[]
  page: number
  pageSize: number
  total: number
  hasMore: boolean
}

export interface PageQuery {
  /** 1-based. */
  page?: number
  /** Bounded by the server (max 100 unless a method says otherwise). */
  pageSize?: number
}

export interface Region {
  provinceCode: string
  provinceName: string
  cityCode: string
  cityName: string
}

export type InsuranceType = 'employee' | 'resident'

export const INSURANCE_TYPE_LABELS: Record<InsuranceType, string> = {
  employee: '职工医保',
  resident: '城乡居民医保',
}

/**
 * 参保状态 on the person's record: `suspended` is 停保 or 中断 (contributions stopped), `terminated` ended. Only an
 * active person may file; a change ends their long-term filings (POLICY.md, seed 003 item 6).
 */
export type InsuranceStatus = 'active' | 'suspended' | 'terminated'

export const INSURANCE_STATUS_LABELS: Record<InsuranceStatus, string> = {
  active: '参保缴费',
  suspended: '暂停',
  terminated: '终止',
}

/** A person as the client may see them: identifiers always masked. */
export interface PersonSummary {
  id: PersonId
  name: string
  idNumberMasked: string
  phoneMasked: string
  gender: 'male' | 'female'
  birthDate: IsoDate
  insuranceType: InsuranceType
  insuredRegion: Region
  retired: boolean
  insuranceStatus: InsuranceStatus
}

/** Every write that could be retried carries a client-made id; the same id never acts twice. */
export interface Idempotent {
  requestId: string
}
