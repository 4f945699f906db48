import type { PersonId, Transfer, TransferCancel, TransferInput, TransferStatus } from '@/domain'

/**
 * 跨省转移接续 of 职工医保: apply, track each step (已申请 → 转出地审核 → 转出地已转出 → 转入地已接收 → 已完成), cancel
 * before the old place has transferred out. Refusals carry `details.reason`: NOT_ELIGIBLE with `subReason`
 * (not-employee, same-city, not-mainland, from-mismatch), TRANSFER_PENDING (`relatedId`), ALREADY_TRANSFERRED_OUT.
 */
export interface TransfersApi {
  /** Transfers of every person the user may act for, newest change first, optionally narrowed. */
  list(filter?: { personId?: PersonId; status?: TransferStatus[] }): Promise<Transfer[]>
  get(id: string): Promise<Transfer>
  /** Applies; the same request id returns the same transfer, never a second one. */
  apply(input: TransferInput): Promise<Transfer>
  /** Cancels before the old place has transferred out; a cancelled transfer is returned as it is. */
  cancel(id: string, request: TransferCancel): Promise<Transfer>
}
