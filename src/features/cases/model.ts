/**
 * 我的办件: every application the user made or follows (filings, 门诊慢特病 qualifications, 手工报销 claims,
 * 转移接续), as one list, newest change first. Each capability keeps its own states; here they fold into three stages
 * a person filters by.
 */
import {
  CLAIM_STATUS_LABELS,
  FILING_CATEGORY_LABELS,
  FILING_STATUS_LABELS,
  QUALIFICATION_STATUS_LABELS,
  TRANSFER_STATUS_LABELS,
  type Claim,
  type ClaimStatus,
  type Filing,
  type FilingStatus,
  type Instant,
  type PersonId,
  type Qualification,
  type Transfer,
  type TransferStatus,
} from '@/domain'
import { route } from '@/domain/routes'
import { regionLabel } from '@/domain/region-label'

export type CaseKind = 'filing' | 'chronic' | 'claim' | 'transfer'

export const CASE_KIND_LABELS: Record<CaseKind, string> = {
  filing: '异地就医备案',
  chronic: '门诊慢特病认定',
  claim: '手工报销',
  transfer: '转移接续',
}

/** 办理中: waiting on someone; 已办结: done and in force; 已结束: refused, cancelled or lapsed. */
export type CaseStage = 'active' | 'done' | 'ended'

export const CASE_STAGE_LABELS: Record<CaseStage, string> = {
  active: '办理中',
  done: '已办结',
  ended: '已结束',
}

export interface CaseItem {
  kind: CaseKind
  id: string
  personId: PersonId
  personName: string
  title: string
  statusLabel: string
  stage: CaseStage
  /** The last change: the list's order. */
  updatedAt: Instant
  /** Its detail page. */
  link: string
}

const FILING_STAGES: Record<FilingStatus, CaseStage> = {
  submitted: 'active',
  reviewing: 'active',
  approved: 'done',
  rejected: 'ended',
  cancelled: 'ended',
  expired: 'ended',
}

export function filingCase(filing: Filing): CaseItem {
  const last = filing.history.reduce((at, event) => Math.max(at, event.at), filing.createdAt)
  return {
    kind: 'filing',
    id: filing.id,
    personId: filing.personId,
    personName: filing.personName,
    title: `${FILING_CATEGORY_LABELS[filing.category]} · ${regionLabel(filing.destination)}`,
    statusLabel: FILING_STATUS_LABELS[filing.status],
    stage: FILING_STAGES[filing.status],
    updatedAt: last,
    link: route('filingDetail', { id: filing.id }),
  }
}

export function qualificationCase(application: Qualification): CaseItem {
  return {
    kind: 'chronic',
    id: application.id,
    personId: application.personId,
    personName: application.personName,
    title: application.title,
    statusLabel: QUALIFICATION_STATUS_LABELS[application.status],
    stage: application.status === 'reviewing' ? 'active' : application.status === 'approved' ? 'done' : 'ended',
    updatedAt: application.updatedAt,
    link: route('chronicDetail', { id: application.id }),
  }
}

const CLAIM_STAGES: Record<ClaimStatus, CaseStage> = {
  accepted: 'active',
  reviewing: 'active',
  // 已核定 is decided but not yet paid: still under way for the person.
  approved: 'active',
  paid: 'done',
  rejected: 'ended',
}

export function claimCase(claim: Claim): CaseItem {
  return {
    kind: 'claim',
    id: claim.id,
    personId: claim.personId,
    personName: claim.personName,
    title: claim.title,
    statusLabel: CLAIM_STATUS_LABELS[claim.status],
    stage: CLAIM_STAGES[claim.status],
    updatedAt: claim.updatedAt,
    link: route('claimsDetail', { id: claim.id }),
  }
}

const TRANSFER_STAGES: Record<TransferStatus, CaseStage> = {
  applied: 'active',
  'out-review': 'active',
  'transferred-out': 'active',
  received: 'active',
  completed: 'done',
  cancelled: 'ended',
}

export function transferCase(transfer: Transfer): CaseItem {
  return {
    kind: 'transfer',
    id: transfer.id,
    personId: transfer.personId,
    personName: transfer.personName,
    title: transfer.title,
    statusLabel: TRANSFER_STATUS_LABELS[transfer.status],
    stage: TRANSFER_STAGES[transfer.status],
    updatedAt: transfer.updatedAt,
    link: route('transferDetail', { id: transfer.id }),
  }
}

export interface CaseFilter {
  personId?: PersonId | null
  stage?: CaseStage | null
}

/** The cases a filter keeps, newest change first (ties: by id, so the order is stable across loads). */
export function visibleCases(items: readonly CaseItem[], filter: CaseFilter): CaseItem[] {
  return items
    .filter((c) => (!filter.personId || c.personId === filter.personId) && (!filter.stage || c.stage === filter.stage))
    .sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}
