import type { Idempotent, Instant, IsoDate, PersonId, Region } from '@/domain/common'

export type FilingCategory = 'retired-resettled' | 'long-term-resident' | 'posted-worker' | 'referral' | 'emergency' | 'other-temporary'

export type FilingGroup = 'long-term' | 'temporary'

export const FILING_CATEGORIES: readonly FilingCategory[] = [
  'retired-resettled',
  'long-term-resident',
  'posted-worker',
  'referral',
  'emergency',
  'other-temporary',
]

export const FILING_CATEGORY_LABELS: Record<FilingCategory, string> = {
  'retired-resettled': '异地安置退休人员',
  'long-term-resident': '异地长期居住人员',
  'posted-worker': '常驻异地工作人员',
  referral: '异地转诊就医人员',
  emergency: '异地急诊抢救人员',
  'other-temporary': '其他临时外出就医人员',
}

export const FILING_GROUP_LABELS: Record<FilingGroup, string> = {
  'long-term': '跨省异地长期居住人员',
  temporary: '跨省临时外出就医人员',
}

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
  'identity' | 'household-register' | 'residence-proof' | 'posting-letter' | 'referral-letter' | 'emergency-record' | 'pledge'

export const MATERIAL_KIND_LABELS: Record<MaterialKind, string> = {
  identity: '身份证件（社保卡、身份证或医保电子凭证）',
  'household-register': '户口簿（就医地户籍页）',
  'residence-proof': '居住证或居住证明',
  'posting-letter': '单位派驻证明',
  'referral-letter': '转诊转院证明',
  'emergency-record': '门（急）诊病历和入院证明',
  pledge: '个人承诺书',
}

export interface MaterialFile {
  /** Opaque upload reference (mock: a short name or temp path, never the bytes). */
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
  /** The status after this event; a change keeps `approved` and says what changed in `note`. */
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
  /** Hospital stays on this filing (补办 admissions and the like), with the settlement once discharged. */
  stays?: FilingStay[]
  /** Materials as references and sizes (no bytes). */
  materials: FilingMaterial[]
  /** Filed late while in hospital (补办). */
  lateInHospital: boolean
  /** The person's 参保地, for the 备案登记表. */
  insuredRegion: Region
}

/** `self-paid`: discharged without direct settlement (the filing was not approved in time): a 手工报销 case. */
export type StayStatus = 'in-hospital' | 'settled' | 'self-paid'

/** A hospital stay the filing covers; once discharged and settled it links to the settlement record. */
export interface FilingStay {
  id: string
  hospital: string
  admissionDate: IsoDate
  status: StayStatus
  dischargeDate?: IsoDate
  /** The 异地就医结算 record (records.settlement). */
  settlementId?: string
}

/** The 参保地's configurable rules ([local] in POLICY.md). */
export interface InsuredPlacePolicy {
  /** The 参保地 this policy belongs to. */
  insuredRegion: Region
  provinceLevelAllowed: boolean
  /** Default and minimum validity of a temporary filing. */
  temporaryValidityMonths: number
  longTermMinMonthsBeforeChange: number
  maxStartDaysAhead: number
  /** 承诺制 for long-term categories. */
  pledgeAllowed: boolean
  /** How many percentage points lower the reimbursement ratio is, per temporary category. */
  ratioCutPoints: { referral: number; emergency: number; 'other-temporary': number }
  /** The 参保地's filing phone where a source gives one (seed 004 for 衡阳), otherwise the 12393 hotline. */
  hotline: string
  /** What the number is, with its source and date, shown beside it. */
  hotlineNote: string
}

export interface FilingChange extends Idempotent {
  destination?: Region
  startDate?: IsoDate
  endDate?: IsoDate
}
