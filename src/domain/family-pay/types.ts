import type { Fen, Idempotent, Instant, InsuranceType, IsoDate, PersonId, Region } from '@/domain/common'
import type { Relation } from '@/domain/family/types'

/**
 * 家庭共济 (POLICY.md "家庭共济", 国办发〔2021〕14号): the 职工医保 personal account of the account holder pays the
 * medical costs and the 城乡居民 contributions of close relatives. It is not a transfer between two accounts: the
 * money pays the relative's own bill or contribution.
 */
export type FamilyPayStatus = 'active' | 'ended'

export const FAMILY_PAY_STATUS_LABELS: Record<FamilyPayStatus, string> = {
  active: '共济中',
  ended: '已解除',
}

export type FamilyPaymentKind = 'contribution' | 'medical'

export const FAMILY_PAYMENT_KIND_LABELS: Record<FamilyPaymentKind, string> = {
  contribution: '代缴城乡居民医保费',
  medical: '支付医疗费用',
}

/** One payment from the holder's account for the relative; it appears in both people's records. */
export interface FamilyPayment {
  id: string
  relationshipId: string
  kind: FamilyPaymentKind
  amountFen: Fen
  at: Instant
  /** `contribution`: the 城乡居民 contribution year paid. */
  year?: number
  /** `medical`: the relative's settlement the account paid into. */
  settlementId?: string
  /** e.g. 2027年度城乡居民医保个人缴费. */
  description: string
}

export type FamilyPayEndedBy = 'payer' | 'binding-ended'

/** A 共济 relationship (绑定共济关系) set up by the account holder for one bound close relative. */
export interface FamilyPayRelationship {
  id: string
  payerPersonId: PersonId
  payerName: string
  beneficiaryPersonId: PersonId
  beneficiaryName: string
  relation: Relation
  /** How the holder would say it: 父亲, 母亲, 女儿. */
  kinship: string
  status: FamilyPayStatus
  startedAt: Instant
  endedAt?: Instant
  /** Ended by the holder, or because the 亲情账户 binding ended. */
  endedBy?: FamilyPayEndedBy
  /** Newest first. */
  payments: FamilyPayment[]
}

/** A 城乡居民 contribution the holder's account can pay now. */
export interface DueContribution {
  year: number
  amountFen: Fen
  /** The collection window (China dates), from the 参保地 configuration. */
  windowFrom: IsoDate
  windowTo: IsoDate
  /** Where the amount comes from, shown with it (an amount is never shown without its year and source). */
  basis: string
}

/** A relative as the 共济 page shows them: whether the account may pay for them and what is due. */
export interface FamilyPayRelative {
  personId: PersonId
  name: string
  relation: Relation
  kinship: string
  insuranceType: InsuranceType
  insuredRegion: Region
  /** Whether a 共济 relationship may be set up (or exists). */
  eligible: boolean
  /** When not eligible: the NOT_ELIGIBLE sub-reason and a Chinese sentence saying why. */
  subReason?: FamilyPayIneligibility
  reason?: string
  /** The active relationship, if any. */
  relationship?: FamilyPayRelationship
  /** 城乡居民 only: what can be paid now (absent outside the collection window or once paid). */
  dueContribution?: DueContribution
  /** 城乡居民 only: the year already paid in the current window, if any. */
  paidYear?: number
}

export interface FamilyPayOverview {
  payer: {
    personId: PersonId
    name: string
    balanceFen: Fen
    /** false for 城乡居民 (no account) or a suspended account. */
    usable: boolean
    unusableReason?: string
    subReason?: FamilyPayIneligibility
  }
  /** Every actively bound relative, eligible or not (a relative who cannot be chosen is shown with the reason). */
  relatives: FamilyPayRelative[]
  /** Ended relationships, newest first, so every payment stays visible. */
  ended: FamilyPayRelationship[]
}

/** NOT_ELIGIBLE sub-reasons of 家庭共济. */
export type FamilyPayIneligibility =
  | 'payer-no-account'
  | 'payer-account-suspended'
  | 'not-close-relative'
  | 'cross-province-not-joined'
  | 'not-resident'
  | 'relationship-ended'
  | 'outside-collection-window'

export interface FamilyPayStartInput extends Idempotent {
  beneficiaryPersonId: PersonId
}

export type FamilyPayEndInput = Idempotent

export interface FamilyPayContributionInput extends Idempotent {
  relationshipId: string
  year: number
  /** The amount the holder confirmed; the server refuses if its amount differs (nothing is paid). */
  amountFen: Fen
}
