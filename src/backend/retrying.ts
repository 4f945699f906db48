/**
 * The one retry layer, wrapped around whichever adapter the app uses. A call is retried only when repeating it cannot
 * act twice: reads, and writes that carry a client request id. Stores and pages never retry on their own.
 */
import { BackendError, isBackendError } from '@/domain'
import type { Backend } from '@/backend/port'
import { NON_IDEMPOTENT, PORT_METHODS } from '@/backend/http/wire'

export interface RetryOptions {
  /** Extra attempts after the first, for retryable failures (NETWORK, TIMEOUT, SERVER, RATE_LIMITED). */
  retries?: number
  backoffMs?: number
  sleep?: (ms: number) => Promise<void>
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function carriesRequestId(args: unknown[]): boolean {
  return args.some((a) => typeof a === 'object' && a !== null && typeof (a as { requestId?: unknown }).requestId === 'string')
}

export function retrying(backend: Backend, options: RetryOptions = {}): Backend {
  const { retries = 2, backoffMs = 300, sleep = defaultSleep } = options
  const wrapped = {} as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
  for (const [capability, methods] of Object.entries(PORT_METHODS)) {
    const api = backend[capability as keyof Backend] as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>
    wrapped[capability] = {}
    for (const method of methods) {
      const mayRepeat = (args: unknown[]) => !NON_IDEMPOTENT.has(`${capability}.${method}`) || carriesRequestId(args)
      wrapped[capability][method] = async (...args: unknown[]) => {
        for (let attempt = 0; ; attempt++) {
          try {
            return await api[method](...args)
          } catch (error) {
            const failure = isBackendError(error) ? error : new BackendError('NETWORK')
            if (!mayRepeat(args) || !failure.retryable || attempt >= retries) throw failure
            await sleep(backoffMs * 2 ** attempt)
          }
        }
      }
    }
  }
  return wrapped as unknown as Backend
}
