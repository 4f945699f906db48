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

export interface ErrorDetails {
  /** Field errors keyed by the input's field name, each a Chinese message. */
  fields?: Record<string, string>
  /** An existing record the error points to (e.g. the filing that conflicts). */
  relatedId?: string
  /** When the refused action becomes possible, `YYYY-MM-DD` or epoch ms. */
  availableAt?: string | number
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

/** Any thrown value as a user-facing Chinese message. */
export function errorMessage(error: unknown): string {
  return isBackendError(error) ? error.message : ERROR_MESSAGES.SERVER
}
