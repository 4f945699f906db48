/**
 * 门诊慢特病 qualification (认定): a person applies to their 参保地 for one of the five national diseases with
 * diagnosis proof; once 认定, that disease's outpatient costs settle directly across provinces at institutions that
 * settle it (POLICY.md "What direct settlement covers"; seed 003 items 12 and 26).
 */
import type { Idempotent, Instant, IsoDate, PersonId, Region } from '@/domain/common'
import type { ChronicDiseaseId } from '@/domain/coverage'
import type { MaterialFile } from '@/domain/filings/types'

/** One application's status. A rejected one stays on record; resubmitting makes a new application. */
export type ApplicationStatus = 'reviewing' | 'approved' | 'rejected'

/** A disease's status for a person: the latest application's, or 未申请. */
export type QualificationStatus = 'none' | ApplicationStatus

export const QUALIFICATION_STATUS_LABELS: Record<QualificationStatus, string> = {
  none: '未申请',
  reviewing: '审核中',
  approved: '已认定',
  rejected: '未通过',
}

/** The diagnosis proof: 病历 and 诊断证明. */
export type ProofKind = 'medical-record' | 'diagnosis'

export const PROOF_KINDS: readonly ProofKind[] = ['medical-record', 'diagnosis']

export const PROOF_KIND_LABELS: Record<ProofKind, string> = {
  'medical-record': '病历（门诊或住院病历）',
  diagnosis: '诊断证明',
}

export interface ProofMaterial {
  kind: ProofKind
  files: MaterialFile[]
}

export interface QualificationEvent {
  status: ApplicationStatus
  at: Instant
  note?: string
  /** Who acted for the person, e.g. 李明 (shown as 由 李明 代办). */
  actorName?: string
}

/** One application and, once decided, the qualification it gave. */
export interface Qualification {
  id: string
  personId: PersonId
  personName: string
  disease: ChronicDiseaseId
  status: ApplicationStatus
  /** `王秀英 · 糖尿病 门诊慢特病认定`: one line for lists such as 我的办件. */
  title: string
  /** The 参保地 that decides it. */
  insuredRegion: Region
  materials: ProofMaterial[]
  /** With approved: from the decision date until `validUntil` (the 参保地's period, configuration). */
  validFrom?: IsoDate
  validUntil?: IsoDate
  rejectReason?: string
  history: QualificationEvent[]
  createdAt: Instant
  /** The last change (submitted, decided): lists sort newest change first. */
  updatedAt: Instant
}

/** One disease in a person's overview. */
export interface DiseaseQualification {
  disease: ChronicDiseaseId
  status: QualificationStatus
  /** The latest application for it, if any. */
  latest?: Qualification
}

export interface QualificationOverview {
  personId: PersonId
  personName: string
  insuredRegion: Region
  /** The five diseases, in POLICY.md's order. */
  diseases: DiseaseQualification[]
}

export interface QualificationInput extends Idempotent {
  personId: PersonId
  disease: ChronicDiseaseId
  materials: ProofMaterial[]
}

export interface QualificationFilter {
  personId?: PersonId
  status?: ApplicationStatus[]
}

/** The first timeline entry of an application. */
export const CHRONIC_APPLY_NOTE = '已提交参保地医保经办机构审核'
