// Node-only: the reference mock server. It serves the Backend port over JSON/HTTP by wrapping the same
// mock services the app runs in-process, so there is exactly one implementation of the rules.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { BackendError, isBackendError } from '@/domain'
import { createServices } from '@/backend/mock/client'
import type { MockServer } from '@/backend/mock/server'
import { openApiDocument } from './openapi'
import { API_PREFIX, HTTP_STATUS, PORT_METHODS } from '@/backend/http/wire'

export interface ReferenceServerOptions {
  mock: MockServer
  port?: number
  /** Origins allowed by CORS (the h5 dev server); none by default. */
  corsOrigins?: string[]
  /** Largest accepted request body in bytes. */
  bodyLimit?: number
  /** Server-side fault injection: chance of a 500 before handling. */
  failureRate?: number
  /** Chance the request is handled but the connection dropped before the answer (a lost response). */
  dropRate?: number
  log?: (entry: Record<string, unknown>) => void
  random?: () => number
}

/** Calls per window a real server would cap, keyed by client. */
const RATE_LIMITS: Record<string, { max: number; windowMs: number }> = {
  'session.login': { max: 30, windowMs: 60_000 },
  'family.startBinding': { max: 10, windowMs: 60_000 },
  'family.resendCode': { max: 10, windowMs: 60_000 },
}

export interface RunningServer {
  url: string
  close(): Promise<void>
}

class HttpFailure extends Error {
  constructor(
    readonly status: number,
    readonly error: BackendError,
  ) {
    super(error.message)
  }
}

export function startReferenceServer(options: ReferenceServerOptions): Promise<RunningServer> {
  const { mock, corsOrigins = [], bodyLimit = 64 * 1024, failureRate = 0, dropRate = 0, log = () => undefined } = options
  const random = options.random ?? Math.random
  const services = createServices(mock) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>
  const hits = new Map<string, number[]>()
  /** Injected faults so far, for load tests to reconcile against. */
  const injected = { failed: 0, dropped: 0 }
  const openapi = JSON.stringify(openApiDocument())

  const rateLimited = (key: string, name: string): boolean => {
    const limit = RATE_LIMITS[name]
    if (!limit) return false
    const now = Date.now()
    const recent = (hits.get(key) ?? []).filter((t) => now - t < limit.windowMs)
    recent.push(now)
    hits.set(key, recent)
    return recent.length > limit.max
  }

  const readBody = (req: IncomingMessage): Promise<string> =>
    new Promise((resolve, reject) => {
      const declared = Number(req.headers['content-length'] ?? 0)
      if (declared > bodyLimit) return reject(new HttpFailure(413, new BackendError('PAYLOAD_TOO_LARGE', '请求内容过大')))
      const chunks: Buffer[] = []
      let size = 0
      req.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size > bodyLimit) {
          reject(new HttpFailure(413, new BackendError('PAYLOAD_TOO_LARGE', '请求内容过大')))
          req.destroy()
        } else chunks.push(chunk)
      })
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      req.on('error', reject)
    })

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (res.destroyed) return
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(typeof body === 'string' ? body : JSON.stringify(body))
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<{ status: number; code?: string; route: string }> => {
    const origin = req.headers.origin
    const cors: Record<string, string> =
      origin && corsOrigins.includes(origin)
        ? {
            'access-control-allow-origin': origin,
            'access-control-allow-headers': 'content-type, authorization',
            'access-control-allow-methods': 'POST, GET, OPTIONS',
            vary: 'Origin',
          }
        : {}
    const path = new URL(req.url ?? '/', 'http://local').pathname
    if (req.method === 'OPTIONS') {
      const status = cors['access-control-allow-origin'] ? 204 : 403
      res.writeHead(status, cors)
      res.end()
      return { status, route: 'OPTIONS' }
    }
    if (req.method === 'GET' && path === '/openapi.json') {
      send(res, 200, openapi, cors)
      return { status: 200, route: path }
    }
    if (req.method === 'GET' && path === '/health') {
      send(res, 200, { ok: true, injected }, cors)
      return { status: 200, route: path }
    }
    const match = new RegExp(`^${API_PREFIX}/(\\w+)/(\\w+)$`).exec(path)
    const known = match && (PORT_METHODS as Record<string, readonly string[]>)[match[1]]?.includes(match[2])
    if (!match || !known || req.method !== 'POST') {
      const status = match && known ? 405 : 404
      send(res, status, { error: { code: 'NOT_FOUND', message: '接口不存在' } }, cors)
      return { status, code: 'NOT_FOUND', route: path }
    }
    const name = `${match[1]}.${match[2]}`
    try {
      const text = await readBody(req)
      let body: unknown
      try {
        body = JSON.parse(text)
      } catch {
        throw new HttpFailure(400, new BackendError('VALIDATION', '请求格式不正确'))
      }
      const args = (body as { args?: unknown } | null)?.args
      if (typeof body !== 'object' || body === null || Array.isArray(body) || !Array.isArray(args) || args.length > 4) {
        throw new HttpFailure(400, new BackendError('VALIDATION', '请求格式不正确'))
      }
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null
      if (rateLimited(`${token ?? req.socket.remoteAddress}:${name}`, name)) throw new BackendError('RATE_LIMITED')
      if (random() < failureRate) {
        injected.failed++
        throw new BackendError('SERVER')
      }
      const result = await services[match[1]][match[2]]({ token }, ...args)
      if (random() < dropRate) {
        injected.dropped++
        res.destroy()
        return { status: 0, code: 'DROPPED', route: name }
      }
      send(res, 200, JSON.stringify({ result: result === undefined ? null : result }), cors)
      return { status: 200, route: name }
    } catch (error) {
      const failure =
        error instanceof HttpFailure
          ? error
          : isBackendError(error)
            ? new HttpFailure(HTTP_STATUS[error.code], error)
            : new HttpFailure(500, new BackendError('SERVER'))
      if (!(error instanceof HttpFailure) && !isBackendError(error)) log({ level: 'error', route: name, error: String(error) })
      send(res, failure.status, { error: failure.error.toJSON() }, cors)
      return { status: failure.status, code: failure.error.code, route: name }
    }
  }

  const server = createServer((req, res) => {
    const started = Date.now()
    void handle(req, res).then((outcome) =>
      // Structured and free of personal data: no bodies, no tokens.
      log({
        t: new Date(started).toISOString(),
        method: req.method,
        route: outcome.route,
        status: outcome.status,
        code: outcome.code,
        ms: Date.now() - started,
      }),
    )
  })

  return new Promise((resolve) => {
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
