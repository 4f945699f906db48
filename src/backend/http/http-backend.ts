import type { Backend } from '@/backend/port'
import { BackendError, isBackendError } from '@/domain'
import type { TokenStore } from '@/backend/token-store'
import { API_PREFIX, errorFromWire, PORT_METHODS } from '@/backend/http/wire'

/** The transport the adapter needs: Taro.request in the app, fetch in tests and tools. */
export interface HttpTransport {
  (request: { url: string; body: string; headers: Record<string, string>; timeoutMs: number }): Promise<{ status: number; body: unknown }>
}

export interface HttpBackendOptions {
  baseUrl: string
  transport: HttpTransport
  tokens: TokenStore
  timeoutMs?: number
}

/**
 * The port over JSON/HTTP. A 401 surfaces as SESSION_EXPIRED/UNAUTHENTICATED, which the app answers with re-login.
 * One attempt per call: retries are the composition root's `retrying()` layer.
 */
export function createHttpBackend(options: HttpBackendOptions): Backend {
  const { baseUrl, transport, tokens, timeoutMs = 10_000 } = options

  async function call(capability: string, method: string, given: unknown[]): Promise<unknown> {
    // An omitted trailing argument is left out, not sent as null: the server checks the exact tuple.
    const args = given.slice()
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop()
    const token = tokens.get()
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token) headers.authorization = `Bearer ${token}`
    const url = `${baseUrl.replace(/\/$/, '')}${API_PREFIX}/${capability}/${method}`
    let response: Awaited<ReturnType<HttpTransport>>
    try {
      response = await transport({ url, body: JSON.stringify({ args }), headers, timeoutMs })
    } catch (error) {
      throw isBackendError(error) ? error : new BackendError('NETWORK')
    }
    if (response.status >= 200 && response.status < 300) return (response.body as { result?: unknown } | null)?.result
    throw errorFromWire(response.status, response.body)
  }

  const backend = {} as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
  for (const [capability, methods] of Object.entries(PORT_METHODS)) {
    backend[capability] = {}
    for (const method of methods) backend[capability][method] = (...args: unknown[]) => call(capability, method, args)
  }
  const typed = backend as unknown as Backend
  const login = typed.session.login
  typed.session.login = async (code) => {
    const session = await login(code)
    tokens.set(session.token)
    return session
  }
  const logout = typed.session.logout
  typed.session.logout = async () => {
    await logout().catch(() => undefined)
    tokens.set(null)
  }
  return typed
}

/** A transport over the standard fetch API (node tools, tests, h5). */
export const fetchTransport: HttpTransport = async ({ url, body, headers, timeoutMs }) => {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    const response = await fetch(url, { method: 'POST', body, headers, signal: controller.signal })
    const text = await response.text()
    let parsed: unknown = null
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      parsed = null
    }
    return { status: response.status, body: parsed }
  } catch {
    throw new BackendError(controller.signal.aborted ? 'TIMEOUT' : 'NETWORK')
  } finally {
    clearTimeout(timer)
  }
}
