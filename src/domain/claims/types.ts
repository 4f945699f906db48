import type { Fen, Idempotent, Instant, InsuranceType, IsoDate, PersonId, Region } from '@/domain/common'
import type { FilingCategory, MaterialFile } from '@/domain/filings/types'

/**
 * A 手工报销 (manual, 零星报销) claim: the person paid a hospital stay in full away from home and asks the 参保地 to
 * reimburse it afterwards (POLICY.md "Late filing (补办) and self-pay"; seed 003 item 9, seed 004).
 */
export type ClaimStatus = 'accepted' | 'reviewing' | 'approved' | 'paid' | 'rejected'

export const CLAIM_STATUSES: readonly ClaimStatus[] = ['accepted', 'reviewing', 'approved', 'paid', 'rejected']

export const CLAIM_STATUS_LABELS: Record<ClaimStatus, string> = {
  accepted: '已受理',
  reviewing: '审核中',
  approved: '已核定',
  paid: '已支付',
  rejected: '未通过',
}

/**
 * Why the stay may be claimed at all: a filing existed before, a 补办 was done after discharge, or it was an emergency
 * (视同已备案). Without one of these the person files (补办) first.
 */
export type ClaimBasis = 'filed' | 'late-filed' | 'emergency'

export const CLAIM_BASES: readonly ClaimBasis[] = ['filed', 'late-filed', 'emergency']

export const CLAIM_BASIS_LABELS: Record<ClaimBasis, string> = {
  filed: '就医前已办理异地就医备案',
  'late-filed': '出院后已补办异地就医备案',
  emergency: '急诊抢救（视同已备案）',
}

export type ClaimMaterialKind = 'invoice' | 'cost-list'

export const CLAIM_MATERIAL_KINDS: readonly ClaimMaterialKind[] = ['invoice', 'cost-list']

export const CLAIM_MATERIAL_LABELS: Record<ClaimMaterialKind, string> = {
  invoice: '住院收费票据（发票）',
  'cost-list': '住院费用总清单',
}

export interface ClaimMaterial {
  kind: ClaimMaterialKind
  files: MaterialFile[]
}

/** One 医疗收费票据: its number and the amount it shows. */
export interface ClaimInvoice {
  number: string
  amountFen: Fen
}

export interface ClaimInput {
  personId: PersonId
  hospital: string
  /** The 就医地 (city level). */
  destination: Region
  admissionDate: IsoDate
  dischargeDate: IsoDate
  /** What the person paid in total; equals the sum of the invoices. */
  amountFen: Fen
  invoices: ClaimInvoice[]
  materials: ClaimMaterial[]
  basis: ClaimBasis
  /** The filing the stay was under (filed or late-filed), when the person has it in this app. */
  filingId?: string
}

export interface ClaimEvent {
  status: ClaimStatus
  at: Instant
  note?: string
  /** Who acted, e.g. 李明 (shown as 由 李明 代办). */
  actorName?: string
}

/** How the approved amount was worked out (参保地政策, with the ratio cut of the category). */
export interface ClaimAssessment {
  totalFen: Fen
  /** Not in the 就医地's catalogue: paid by the person. */
  outOfCatalogueFen: Fen
  deductibleFen: Fen
  /** The 参保地's ratio at home, before the cut. */
  homeRatioPct: number
  /** Percentage points lower for a temporary category (POLICY.md "Payment levels"). */
  ratioCutPoints: number
  ratioPct: number
  /** The approved amount: what the fund pays back. */
  fundFen: Fen
  /** What stays with the person: total − fund. */
  selfFen: Fen
  insuranceType: InsuranceType
  /** Whose rules: the filing category used for the cut. */
  category: FilingCategory
}

export interface ClaimPayout {
  /** e.g. 社保卡金融账户 6217 **** **** 1234. */
  accountMasked: string
  paidAt: Instant
  amountFen: Fen
  /** The 手工报销 settlement in the person's records. */
  settlementId: string
}

export interface Claim {
  id: string
  personId: PersonId
  personName: string
  /** One line for lists (我的办件): 手工报销 · <hospital>. */
  title: string
  hospital: string
  destination: Region
  insuredRegion: Region
  admissionDate: IsoDate
  dischargeDate: IsoDate
  amountFen: Fen
  invoices: ClaimInvoice[]
  materials: ClaimMaterial[]
  basis: ClaimBasis
  filingId?: string
  status: ClaimStatus
  history: ClaimEvent[]
  createdAt: Instant
  /** The last status change. */
  updatedAt: Instant
  assessment?: ClaimAssessment
  payout?: ClaimPayout
  rejectReason?: string
}

/** The 参保地's claim rules ([local] in POLICY.md): configuration, not constants. */
export interface ClaimPolicy {
  insuredRegion: Region
  /** A claim must be made within this many months after discharge. */
  windowMonths: number
  /** The largest amount one claim may ask for (a sanity bound against typing errors). */
  maxAmountFen: Fen
  maxInvoices: number
}

export interface ClaimListFilter {
  personId?: PersonId
  status?: ClaimStatus[]
}

export type ClaimSubmission = ClaimInput & Idempotent
