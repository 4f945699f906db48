import type { Backend } from '@/backend/port'
import { BackendError, ERROR_MESSAGES, type ErrorCode, type ErrorDetails } from '@/domain'

/**
 * The wire format, shared by the HTTP adapter and the reference server:
 * `POST /api/<capability>/<method>` with body `{"args": [...]}` and `Authorization: Bearer <token>`;
 * success is `200 {"result": …}`, failure is `<status> {"error": {code, message, details}}`.
 */
export const API_PREFIX = '/api'

export const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VALIDATION: 400,
  CONFLICT: 409,
  RULE_VIOLATION: 422,
  RATE_LIMITED: 429,
  LOCKED: 423,
  PAYLOAD_TOO_LARGE: 413,
  NETWORK: 503,
  TIMEOUT: 504,
  SERVER: 500,
}

export interface WireError {
  code: ErrorCode
  message: string
  details?: ErrorDetails
}

/** Maps a status without a usable error body (a proxy's page, say) to the port's errors. */
export function errorFromStatus(status: number): BackendError {
  const code: ErrorCode =
    status === 401
      ? 'UNAUTHENTICATED'
      : status === 403
        ? 'FORBIDDEN'
        : status === 404
          ? 'NOT_FOUND'
          : status === 409
            ? 'CONFLICT'
            : status === 413
              ? 'PAYLOAD_TOO_LARGE'
              : status === 422
                ? 'RULE_VIOLATION'
                : status === 423
                  ? 'LOCKED'
                  : status === 429
                    ? 'RATE_LIMITED'
                    : status === 504
                      ? 'TIMEOUT'
                      : status >= 400 && status < 500
                        ? 'VALIDATION'
                        : 'SERVER'
  return new BackendError(code)
}

export function errorFromWire(status: number, body: unknown): BackendError {
  const error = (body as { error?: Partial<WireError> } | null)?.error
  if (error && typeof error.code === 'string' && error.code in ERROR_MESSAGES) {
    const code = error.code as ErrorCode
    return new BackendError(code, typeof error.message === 'string' ? error.message : ERROR_MESSAGES[code], error.details ?? {})
  }
  return errorFromStatus(status)
}

/** Every method of the port, by capability. The reference server checks this list against the mock's services. */
export const PORT_METHODS = {
  session: ['login', 'logout', 'getProfile'],
  messages: ['list', 'unreadCount', 'markRead'],
  servicePoints: ['search', 'get'],
  filings: ['policyFor', 'list', 'get', 'submit', 'change', 'cancel'],
  records: ['insurance', 'contributions', 'account', 'accountFlow', 'settlements', 'settlement'],
  family: ['list', 'boundBy', 'startBinding', 'resendCode', 'confirm', 'unbind', 'delegations'],
  familyPay: ['overview', 'start', 'end', 'payContribution'],
  policyQa: ['content', 'feedback'],
  chronic: ['overview', 'list', 'get', 'apply'],
  transfers: ['list', 'get', 'apply', 'cancel'],
  evoucher: ['issue', 'verify', 'issueCertificate', 'verifyCertificate'],
  claims: ['list', 'get', 'submit'],
} as const satisfies { [K in keyof Backend]: readonly (keyof Backend[K])[] }

/** Writes that may only be retried when they carry a client request id. */
export const NON_IDEMPOTENT: ReadonlySet<string> = new Set([
  'session.login',
  'filings.submit',
  'filings.change',
  'filings.cancel',
  'family.startBinding',
  'family.resendCode',
  'family.confirm',
  'family.unbind',
  'familyPay.start',
  'familyPay.end',
  'familyPay.payContribution',
  'chronic.apply',
  'transfers.apply',
  'transfers.cancel',
  // A retried verify after a lost answer would be refused as a replay; a retried issue would revoke the code shown.
  'evoucher.issue',
  'evoucher.verify',
  'evoucher.issueCertificate',
  'claims.submit',
])
