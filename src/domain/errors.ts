/** Typed error codes of the port. Every adapter throws BackendError with one of these. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'SESSION_EXPIRED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'RULE_VIOLATION'
  | 'RATE_LIMITED'
  | 'LOCKED'
  | 'PAYLOAD_TOO_LARGE'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'SERVER'

/** Default user-facing messages; a thrown error may carry a more specific one. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: '请先登录',
  SESSION_EXPIRED: '登录已过期，请重新登录',
  FORBIDDEN: '您没有权限查看或办理此人的业务',
  NOT_FOUND: '没有找到相关记录',
  VALIDATION: '填写的信息有误，请检查后重试',
  CONFLICT: '该业务已存在，请勿重复办理',
  RULE_VIOLATION: '当前不符合办理条件',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  LOCKED: '尝试次数过多，已暂时锁定',
  PAYLOAD_TOO_LARGE: '上传内容过大',
  NETWORK: '网络连接失败，请检查网络后重试',
  TIMEOUT: '网络超时，请稍后重试',
  SERVER: '服务暂时不可用，请稍后重试',
}

/** Errors a client may retry without changing anything. */
export const RETRYABLE: ReadonlySet<ErrorCode> = new Set(['NETWORK', 'TIMEOUT', 'SERVER', 'RATE_LIMITED'])

/**
 * Why a request was refused, for code to branch on (the message is for people). Each code's meaning:
 * - CODE_WRONG: the confirmation code does not match (`triesLeft` says how many tries remain).
 * - CODE_EXPIRED: the code has expired or was replaced; ask for a new one.
 * - LOCKED: too many wrong codes (`availableAt` says when a new code may be asked for).
 * - BINDING_GONE: the binding was ended or never existed for this caller; start again.
 * - ALREADY_BOUND: the person is already a member (`relatedId` is the binding).
 * - PENDING_CONFIRMATION: a binding is waiting for the member's code (`relatedId` is the binding).
 * - MEMBER_LIMIT: the account has as many members as it may.
 * - WINDOW_NOT_OPEN: a change or cancel is too early (`earliestDate` says when it opens).
 * - UNSETTLED_STAY: a hospital stay on the filing has not been settled yet.
 * - DUPLICATE_FILING: an active filing already covers this person and place (`relatedId`).
 * - NOT_ELIGIBLE: the person does not qualify (`subReason` says which check failed).
 * - INSUFFICIENT_BALANCE: the personal account cannot cover the amount.
 * - IDEMPOTENCY_MISMATCH: a request id was reused for a different operation, target or body (409 CONFLICT).
 * - NOT_GUARDIAN: a member under 16 may only be bound at once by a parent whose own record names the child.
 * - ALREADY_PAID: the contribution or bill has been paid already (`relatedId` is the payment or record).
 * - AMOUNT_CHANGED: the amount the user confirmed is not what is due now; nothing was paid.
 * - TRANSFER_PENDING: the person already has a 转移接续 under way; one at a time (`relatedId` is that transfer).
 * - ALREADY_TRANSFERRED_OUT: the old 参保地 has transferred the 医保关系 out; the transfer can no longer be cancelled.
 * - CLAIM_WINDOW_CLOSED: a 手工报销 claim came after the 参保地's window (`latestDate` was the last day).
 * - DUPLICATE_INVOICE: an invoice number is already on another claim of the person (`relatedId` is that claim).
 * - AMOUNT_MISMATCH: the invoices do not add up to the amount claimed.
 */
export type ErrorReason =
  | 'CODE_WRONG'
  | 'CODE_EXPIRED'
  | 'LOCKED'
  | 'BINDING_GONE'
  | 'ALREADY_BOUND'
  | 'PENDING_CONFIRMATION'
  | 'MEMBER_LIMIT'
  | 'WINDOW_NOT_OPEN'
  | 'UNSETTLED_STAY'
  | 'DUPLICATE_FILING'
  | 'NOT_ELIGIBLE'
  | 'INSUFFICIENT_BALANCE'
  | 'IDEMPOTENCY_MISMATCH'
  | 'NOT_GUARDIAN'
  | 'ALREADY_PAID'
  | 'AMOUNT_CHANGED'
  | 'APPLICATION_PENDING'
  | 'ALREADY_QUALIFIED'
  | 'TRANSFER_PENDING'
  | 'ALREADY_TRANSFERRED_OUT'
  | 'VOUCHER_EXPIRED'
  | 'VOUCHER_USED'
  | 'CLAIM_WINDOW_CLOSED'
  | 'DUPLICATE_INVOICE'
  | 'AMOUNT_MISMATCH'

export const ERROR_REASONS: readonly ErrorReason[] = [
  'CODE_WRONG',
  'CODE_EXPIRED',
  'LOCKED',
  'BINDING_GONE',
  'ALREADY_BOUND',
  'PENDING_CONFIRMATION',
  'MEMBER_LIMIT',
  'WINDOW_NOT_OPEN',
  'UNSETTLED_STAY',
  'DUPLICATE_FILING',
  'NOT_ELIGIBLE',
  'INSUFFICIENT_BALANCE',
  'IDEMPOTENCY_MISMATCH',
  'NOT_GUARDIAN',
  'ALREADY_PAID',
  'AMOUNT_CHANGED',
  'APPLICATION_PENDING',
  'ALREADY_QUALIFIED',
  'TRANSFER_PENDING',
  'ALREADY_TRANSFERRED_OUT',
  'VOUCHER_EXPIRED',
  'VOUCHER_USED',
  'CLAIM_WINDOW_CLOSED',
  'DUPLICATE_INVOICE',
  'AMOUNT_MISMATCH',
]

export interface ErrorDetails {
  /** Machine-readable cause of a refusal; branch on this, never on the message. */
  reason?: ErrorReason
  /** With NOT_ELIGIBLE: which check failed (e.g. `not-retired`, `not-employee`, `same-city`). */
  subReason?: string
  /** With CODE_WRONG: tries left before the lock. */
  triesLeft?: number
  /** With WINDOW_NOT_OPEN: the first date (`YYYY-MM-DD`, China time) the action is possible. */
  earliestDate?: string
  /** Field errors keyed by the input's field name, each a Chinese message. */
  fields?: Record<string, string>
  /** An existing record the error points to (e.g. the filing that conflicts). */
  relatedId?: string
  /** When the refused action becomes possible, `YYYY-MM-DD` or epoch ms. */
  availableAt?: string | number
  /** With CLAIM_WINDOW_CLOSED: the last day (`YYYY-MM-DD`) the action was possible. */
  latestDate?: string
}

export class BackendError extends Error {
  readonly code: ErrorCode
  readonly details: ErrorDetails

  constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code], details: ErrorDetails = {}) {
    super(message)
    this.name = 'BackendError'
    this.code = code
    this.details = details
  }

  get retryable(): boolean {
    return RETRYABLE.has(this.code)
  }

  toJSON(): { code: ErrorCode; message: string; details: ErrorDetails } {
    return { code: this.code, message: this.message, details: this.details }
  }
}

export function isBackendError(error: unknown): error is BackendError {
  return error instanceof BackendError
}

/** The refusal reason of an error, if it is a backend error that carries one. */
export function reasonOf(error: unknown): ErrorReason | undefined {
  return isBackendError(error) ? error.details.reason : undefined
}

/** Any thrown value as a user-facing Chinese message. */
export function errorMessage(error: unknown): string {
  return isBackendError(error) ? error.message : ERROR_MESSAGES.SERVER
}
