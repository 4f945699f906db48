import type { Idempotent, Instant, IsoDate, PersonId, Region } from './common'

export type FilingCategory =
  | 'retired-resettled'
  | 'long-term-resident'
  | 'posted-worker'
  | 'referral'
  | 'emergency'
  | 'other-temporary'

export type FilingGroup = 'long-term' | 'temporary'

export type FilingStatus = 'submitted' | 'reviewing' | 'approved' | 'rejected' | 'cancelled' | 'expired'

export const FILING_STATUS_LABELS: Record<FilingStatus, string> = {
  submitted: '已提交',
  reviewing: '审核中',
  approved: '已备案',
  rejected: '未通过',
  cancelled: '已撤销',
  expired: '已失效',
}

export type MaterialKind =
  | 'identity'
  | 'household-register'
  | 'residence-proof'
  | 'posting-letter'
  | 'referral-letter'
  | 'emergency-record'
  | 'pledge'

export interface MaterialFile {
  /** Opaque upload reference (mock: a data URL or a temp path). */
  ref: string
  sizeBytes: number
  mime: 'image/jpeg' | 'image/png'
}

export interface FilingMaterial {
  kind: MaterialKind
  files: MaterialFile[]
}

export interface FilingInput {
  personId: PersonId
  category: FilingCategory
  /** City level, or province level (cityCode empty) where the 参保地 allows. */
  destination: Region
  startDate: IsoDate
  /** Temporary categories only. */
  endDate?: IsoDate
  phone: string
  address: string
  /** Referrals only. */
  referringHospital?: string
  /** true: 承诺制 instead of the proof material. */
  usePledge: boolean
  materials: FilingMaterial[]
  /** 补办: already admitted before startDate/today and not yet settled. */
  lateInHospital?: boolean
}

export interface FilingEvent {
  status: FilingStatus
  at: Instant
  note?: string
  /** Who acted, e.g. 由 李明 代办. */
  actorName?: string
}

export interface Filing {
  id: string
  personId: PersonId
  personName: string
  category: FilingCategory
  group: FilingGroup
  destination: Region
  startDate: IsoDate
  /** Absent for long-term filings (valid until changed or cancelled). */
  endDate?: IsoDate
  phoneMasked: string
  address: string
  referringHospital?: string
  usePledge: boolean
  status: FilingStatus
  rejectReason?: string
  history: FilingEvent[]
  createdAt: Instant
  /** Earliest date a change or cancel is allowed (long-term minimum period). */
  changeableFrom?: IsoDate
  /** An admission on this filing has not been settled yet. */
  hasUnsettledStay: boolean
}

/** The 参保地's configurable rules ([local] in POLICY.md). */
export interface InsuredPlacePolicy {
  provinceLevelAllowed: boolean
  temporaryValidityMonths: number
  longTermMinMonthsBeforeChange: number
  maxStartDaysAhead: number
}

export interface FilingChange extends Idempotent {
  destination?: Region
  startDate?: IsoDate
  endDate?: IsoDate
}

export interface FilingsApi {
  policyFor(personId: PersonId): Promise<InsuredPlacePolicy>
  /** Filings of every person the user may act for, optionally narrowed. */
  list(filter?: { personId?: PersonId; status?: FilingStatus[] }): Promise<Filing[]>
  get(id: string): Promise<Filing>
  submit(input: FilingInput & Idempotent): Promise<Filing>
  change(id: string, change: FilingChange): Promise<Filing>
  cancel(id: string, request: Idempotent & { reason?: string }): Promise<Filing>
}
