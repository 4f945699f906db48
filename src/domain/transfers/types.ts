import type { Fen, Idempotent, Instant, PersonId, Region } from '@/domain/common'

/**
 * 跨省转移接续 of 职工医保: the person's 医保关系 moves from the old 参保地 (转出地) to the new one (转入地), with the
 * contribution years merged and the personal account balance moved (seed 003 items 1–4).
 */
export type TransferStatus = 'applied' | 'out-review' | 'transferred-out' | 'received' | 'completed' | 'cancelled'

/** The steps in order; `cancelled` is off the path. */
export const TRANSFER_STEPS: readonly TransferStatus[] = ['applied', 'out-review', 'transferred-out', 'received', 'completed']

export const TRANSFER_STATUS_LABELS: Record<TransferStatus, string> = {
  applied: '已申请',
  'out-review': '转出地审核',
  'transferred-out': '转出地已转出',
  received: '转入地已接收',
  completed: '已完成',
  cancelled: '已撤销',
}

/** How the person is insured at the new place: through an employer, or as 灵活就业. */
export type TransferEmployment = 'employer' | 'flexible'

export const TRANSFER_EMPLOYMENT_LABELS: Record<TransferEmployment, string> = {
  employer: '用人单位参保',
  flexible: '灵活就业人员参保',
}

export interface TransferEvent {
  status: TransferStatus
  at: Instant
  note?: string
  /** Who acted for the person (由 X 代办). */
  actorName?: string
}

export interface Transfer {
  id: string
  personId: PersonId
  personName: string
  /** 转出地: the 参保地 when applying. */
  fromRegion: Region
  /** 转入地. */
  toRegion: Region
  employment: TransferEmployment
  /** `employer` only. */
  employerName?: string
  /** `YYYY-MM`: the first month insured at the new place. */
  newSinceMonth: string
  status: TransferStatus
  /** Oldest first; one event per step reached. */
  history: TransferEvent[]
  createdAt: Instant
  /** The last change (newest event). */
  updatedAt: Instant
  /** For lists that gather every kind of 办件, e.g. 职工医保转移接续（荆门市→广州市）. */
  title: string
  /** From 转出地已转出 on: the paid months of 缴费年限 moved and the personal account balance moved. */
  monthsMoved?: number
  balanceMovedFen?: Fen
  /** When the next step is expected, while one is pending (the mock's demo timing). */
  nextStepDueAt?: Instant
  /** On completion: the long-term and temporary filings under the old 参保地 that ended. */
  endedFilingIds?: string[]
}

export interface TransferInput extends Idempotent {
  personId: PersonId
  /** Must be the person's 参保地 now (the form shows it; the server checks it). */
  fromRegion: Region
  toRegion: Region
  employment: TransferEmployment
  employerName?: string
  newSinceMonth: string
}

export interface TransferCancel extends Idempotent {
  reason?: string
}

/** NOT_ELIGIBLE sub-reasons of a transfer. */
export type TransferIneligibility = 'not-employee' | 'same-city' | 'not-mainland' | 'from-mismatch'
