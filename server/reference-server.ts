// Node-only: the reference server. It serves the Backend port over JSON/HTTP by wrapping the same mock services the
// app runs in-process, so there is exactly one implementation of the rules. Built on Fastify: routing, body limits,
// rate limits (@fastify/rate-limit), CORS (@fastify/cors), pino logs with redaction, and close() that drains
// in-flight requests. Province teams copy this file: every limit below is deliberate and listed in the README.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import Fastify, { LogController, type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify'
import cors from '@fastify/cors'
import rateLimit from '@fastify/rate-limit'
import { BackendError, isBackendError } from '@/domain'
import { createServices } from '@/backend/mock/services'
import { setInsuranceStatus } from '@/backend/mock/insurance-status'
import type { MockServer } from '@/backend/mock/server'
import { API_PREFIX, HTTP_STATUS, PORT_METHODS } from '@/backend/http/wire'
import { createAnswerCache, type AnswerCacheOptions } from './answer-cache'
import { checkArgs } from './args'
import type { StateJournal } from './journal'
import { openApiDocument } from './openapi'

export interface ServerLimits {
  /** Largest request body in bytes, with or without Content-Length (chunked bodies are counted as they arrive). */
  bodyBytes: number
  /** Time to receive the request headers. */
  headersTimeoutMs: number
  /** Time to receive the body once the headers are in (the whole request gets headers + body). */
  bodyTimeoutMs: number
  /** How long an idle keep-alive connection stays open. */
  idleTimeoutMs: number
  /** Open connections at once; more are closed as they arrive. */
  maxConnections: number
  /** How often Node checks the header and request timeouts. */
  timeoutCheckMs: number
}

export const DEFAULT_LIMITS: ServerLimits = {
  bodyBytes: 64 * 1024,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  idleTimeoutMs: 5_000,
  maxConnections: 1024,
  timeoutCheckMs: 1_000,
}

/** Calls per window, keyed on the verified account when signed in, else on the client address. */
export const DEFAULT_RATE_LIMITS: Record<string, { max: number; windowMs: number }> = {
  'session.login': { max: 30, windowMs: 60_000 },
  'family.startBinding': { max: 10, windowMs: 60_000 },
  'family.resendCode': { max: 10, windowMs: 60_000 },
  'family.confirm': { max: 30, windowMs: 60_000 },
  // Anyone may verify without a session (a hospital's system, whoever is shown a certificate): limit guessing.
  'evoucher.verify': { max: 60, windowMs: 60_000 },
  'evoucher.verifyCertificate': { max: 30, windowMs: 60_000 },
}

export interface ReferenceServerOptions {
  mock: MockServer
  port?: number
  /** Origins allowed by CORS (the h5 dev server); none by default. */
  corsOrigins?: string[]
  limits?: Partial<ServerLimits>
  /** Per-method limits (`capability.method`); `false` turns rate limiting off (conformance runs). */
  rateLimits?: Record<string, { max: number; windowMs: number }> | false
  /** Most limiter keys held at once; the least recently used are evicted (bounded memory). */
  rateLimitKeys?: number
  /** Server-side fault injection: chance of a 500 before handling. */
  failureRate?: number
  /** Chance the request is handled but the connection dropped before the answer (a lost response). */
  dropRate?: number
  /** Structured log entries (pino's JSON, with secrets redacted); none when absent. */
  log?: (entry: Record<string, unknown>) => void
  random?: () => number
  /** Dev-only endpoints under /dev: the SMS outbox, and reset/clock when `devClock` is given. Never in production. */
  devEndpoints?: boolean
  /** Lets /dev/clock move the mock's clock (conformance runs against the reference server). */
  devClock?: { advance(ms: number): void; reset(): void }
  /** Reuse of encoded answers while the state is unchanged (server/answer-cache.ts); `false` encodes every answer. */
  answerCache?: AnswerCacheOptions | false
  /** Durable persistence: flushed (fsync) before each answer. */
  journal?: StateJournal
}

export interface RunningServer {
  url: string
  /** Stops accepting, lets in-flight requests finish up to `deadlineMs`, then persists and resolves. */
  close(deadlineMs?: number): Promise<void>
}

type Params = { capability: string; method: string }

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key)

const errorBody = (error: BackendError) => ({ error: error.toJSON() })

export async function startReferenceServer(options: ReferenceServerOptions): Promise<RunningServer> {
  const { mock, corsOrigins = [], failureRate = 0, dropRate = 0, journal } = options
  const limits = { ...DEFAULT_LIMITS, ...options.limits }
  const rateLimits = options.rateLimits === false ? {} : (options.rateLimits ?? DEFAULT_RATE_LIMITS)
  const random = options.random ?? Math.random
  const services = createServices(mock) as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>
  /** Injected faults so far, for load tests to reconcile against. */
  const injected = { failed: 0, dropped: 0 }
  const openapi = JSON.stringify(openApiDocument())
  const answers = createAnswerCache(options.answerCache === false ? { maxEntries: 0 } : options.answerCache)
  let closing = false

  /** Own properties only: `__proto__`, `constructor` or `toString` are unknown routes, never a lookup. */
  const isRoute = (capability: string, method: string): capability is keyof typeof PORT_METHODS =>
    own(PORT_METHODS, capability) &&
    (PORT_METHODS[capability as keyof typeof PORT_METHODS] as readonly string[]).includes(method) &&
    own(services, capability) &&
    own(services[capability], method)

  const bearer = (request: FastifyRequest) => /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null

  const app = Fastify({
    bodyLimit: limits.bodyBytes,
    // Fastify's own request lines log the raw URL; ours (onResponse) log the route name only.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    logger: options.log
      ? {
          level: 'info',
          base: null,
          timestamp: () => `,"t":"${new Date().toISOString()}"`,
          // Never tokens, bodies or query strings; unknown paths are not logged at all (they may carry ID numbers).
          redact: { paths: ['req.headers.authorization', 'headers.authorization', 'token', 'args', 'body', 'url'], censor: '[redacted]' },
          stream: {
            write: (line: string) => {
              const entry = JSON.parse(line) as Record<string, unknown>
              if (typeof entry.msg === 'string' && entry.msg.startsWith('Server listening')) return
              options.log!(entry)
            },
          },
        }
      : false,
    serverFactory: (handler) => {
      const server: Server = createServer(
        {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.headersTimeoutMs + limits.bodyTimeoutMs,
          keepAliveTimeout: limits.idleTimeoutMs,
          connectionsCheckingInterval: limits.timeoutCheckMs,
          noDelay: true,
        },
        handler as (req: IncomingMessage, res: ServerResponse) => void,
      )
      server.maxConnections = limits.maxConnections
      // A socket that goes quiet mid-request is closed too.
      server.setTimeout(limits.headersTimeoutMs + limits.bodyTimeoutMs)
      return server
    },
  })

  // Bodies are read as text (any content type, as before) and parsed here, so bad JSON is our typed 400.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body))

  await app.register(cors, {
    origin: corsOrigins.length > 0 ? corsOrigins : false,
    methods: ['POST', 'GET', 'OPTIONS'],
    allowedHeaders: ['content-type', 'authorization'],
  })

  await app.register(rateLimit, {
    global: false,
    cache: options.rateLimitKeys ?? 10_000,
    errorResponseBuilder: (_request, context) =>
      new BackendError('RATE_LIMITED', undefined, { availableAt: Date.now() + Math.max(0, context.ttl) }),
  })

  const routeName = (request: FastifyRequest): string => {
    const { capability, method } = (request.params ?? {}) as Partial<Params>
    return capability && method && isRoute(capability, method) ? `${capability}.${method}` : ''
  }

  // Timing is for the log lines only: without a log, no per-request hook runs for it.
  if (options.log) {
    app.addHook('onRequest', async (request) => {
      ;(request as FastifyRequest & { started: number }).started = performance.now()
    })
  }

  // fsync before the answer: whatever this request changed is on disk before the client hears back.
  app.addHook('onSend', async (_request, reply, payload) => {
    if (journal) await journal.flush()
    if (closing) void reply.header('connection', 'close')
    return payload
  })

  if (options.log)
    app.addHook('onResponse', async (request, reply) => {
      const started = (request as FastifyRequest & { started?: number }).started ?? performance.now()
      request.log.info(
        {
          method: request.method,
          // A known route's name, or just "unknown": the raw path may hold ID or phone numbers.
          route:
            routeName(request) ||
            (request.routeOptions.url && !request.routeOptions.url.includes(':') ? request.routeOptions.url : 'unknown'),
          status: reply.statusCode,
          code: (reply as FastifyReply & { errorCode?: string }).errorCode,
          ms: Math.round((performance.now() - started) * 10) / 10,
        },
        'request',
      )
    })

  app.setNotFoundHandler((_request, reply) => {
    void reply.code(404).send(errorBody(new BackendError('NOT_FOUND', '接口不存在')))
  })

  app.setErrorHandler((error: FastifyError | BackendError, request, reply) => {
    let failure: BackendError
    let status: number
    if (isBackendError(error)) {
      failure = error
      status = HTTP_STATUS[error.code]
    } else if ((error as FastifyError).statusCode === 413) {
      failure = new BackendError('PAYLOAD_TOO_LARGE', '请求内容过大')
      status = 413
    } else if ((error as FastifyError).statusCode && (error as FastifyError).statusCode! < 500) {
      failure = new BackendError('VALIDATION', '请求格式不正确')
      status = 400
    } else {
      // Unexpected: a 500 with nothing internal in it; the log gets the type and where, not the message.
      failure = new BackendError('SERVER')
      status = 500
      request.log.error(
        { route: routeName(request) || 'unknown', errorType: error.name, at: error.stack?.split('\n')[1]?.trim() },
        'unexpected error',
      )
    }
    ;(reply as FastifyReply & { errorCode?: string }).errorCode = failure.code
    if (status === 413) void reply.header('connection', 'close')
    void reply.code(status).send(errorBody(failure))
  })

  app.get('/openapi.json', async (_request, reply) => reply.type('application/json; charset=utf-8').send(openapi))
  app.get('/health', async () => ({
    ok: true,
    injected,
    answerCache: { hits: answers.stats.hits, misses: answers.stats.misses, uncached: answers.stats.uncached },
  }))

  if (options.devEndpoints) {
    // The member's phone, in development: the codes the mock "sent", newest first.
    app.get('/dev/sms-outbox', async (request) => {
      const { personId, bindingId } = request.query as { personId?: string; bindingId?: string }
      const messages = mock.outbox
        .filter((m) => (!personId || m.personId === personId) && (!bindingId || m.bindingId === bindingId))
        .slice(-50)
        .reverse()
      return { messages }
    })
    if (options.devClock) {
      const devClock = options.devClock
      app.post('/dev/reset', async () => {
        // Fresh test data on a fresh clock: a rule that moved time must not leave the next one months ahead.
        devClock.reset()
        mock.reset()
        return { ok: true }
      })
      // The 参保地 system's side (no port method: not the user's to make), for conformance runs.
      app.post('/dev/insurance-status', async (request) => {
        const { personId, status } = JSON.parse(String(request.body ?? '{}')) as { personId?: unknown; status?: unknown }
        if (typeof personId !== 'string' || typeof status !== 'string') throw new BackendError('VALIDATION', '参数不正确')
        setInsuranceStatus(mock, personId, status as Parameters<typeof setInsuranceStatus>[2])
        return { ok: true }
      })
      app.post('/dev/clock', async (request) => {
        const advanceMs = Number((JSON.parse(String(request.body ?? '{}')) as { advanceMs?: unknown }).advanceMs)
        if (!Number.isFinite(advanceMs) || advanceMs < 0) throw new BackendError('VALIDATION', '时间参数不正确')
        devClock.advance(advanceMs)
        return { now: mock.now() }
      })
    }
  }

  const limitOf = (request: FastifyRequest) => {
    const name = routeName(request)
    return name && own(rateLimits, name) ? rateLimits[name] : undefined
  }

  app.post<{ Params: Params }>(
    `${API_PREFIX}/:capability/:method`,
    {
      config: {
        rateLimit: {
          cache: options.rateLimitKeys ?? 10_000,
          allowList: (request) => !limitOf(request),
          max: (request) => limitOf(request)?.max ?? 1,
          timeWindow: (request) => limitOf(request)?.windowMs ?? 60_000,
          // The verified account when the token is a live session; an invented token counts as anonymous.
          keyGenerator: (request) => {
            const account = mock.sessionAccountId(bearer(request))
            return `${routeName(request)}|${account ? `account:${account}` : `ip:${request.ip}`}`
          },
        },
      },
    },
    async (request, reply) => {
      const { capability, method } = request.params
      if (!isRoute(capability, method)) throw new BackendError('NOT_FOUND', '接口不存在')
      let body: unknown
      try {
        body = JSON.parse(typeof request.body === 'string' ? request.body : '')
      } catch {
        throw new BackendError('VALIDATION', '请求格式不正确')
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body) || Object.keys(body).some((k) => k !== 'args')) {
        throw new BackendError('VALIDATION', '请求格式不正确：请求体应为 {"args": [...]}')
      }
      const args = (body as { args?: unknown }).args
      if (!Array.isArray(args)) throw new BackendError('VALIDATION', '请求格式不正确：请求体应为 {"args": [...]}')
      checkArgs(capability, method, args)
      if (random() < failureRate) {
        injected.failed++
        throw new BackendError('SERVER')
      }
      const result = await services[capability][method]({ token: bearer(request) }, ...args)
      if (random() < dropRate) {
        // A lost response: the work is done (and durable), the client never hears back.
        if (journal) await journal.flush()
        injected.dropped++
        reply.hijack()
        request.raw.socket.destroy()
        return
      }
      // Bytes, encoded once (a string would be measured and then encoded again), and reused while the state and the
      // objects in the answer are the same (server/answer-cache.ts).
      const raw = request.body as string
      const answer =
        raw.length <= 1024
          ? answers.encode(`${capability}.${method}|${bearer(request) ?? ''}|${raw}`, mock.revision, result)
          : Buffer.from(JSON.stringify({ result: result === undefined ? null : result }))
      return reply.type('application/json; charset=utf-8').send(answer)
    },
  )

  // Known routes with the wrong verb: 405 with Allow, not "接口不存在".
  app.route<{ Params: Params }>({
    method: ['GET', 'PUT', 'DELETE', 'PATCH'],
    url: `${API_PREFIX}/:capability/:method`,
    handler: async (request, reply) => {
      if (!isRoute(request.params.capability, request.params.method)) throw new BackendError('NOT_FOUND', '接口不存在')
      ;(reply as FastifyReply & { errorCode?: string }).errorCode = 'METHOD_NOT_ALLOWED'
      return reply
        .code(405)
        .header('allow', 'POST')
        .send(errorBody(new BackendError('VALIDATION', `该接口只接受 POST 请求，收到的是 ${request.method}`)))
    },
  })

  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  const sessionSweep = setInterval(() => mock.pruneSessions(), 10 * 60_000)
  sessionSweep.unref()

  return {
    url: `http://127.0.0.1:${port}`,
    close: async (deadlineMs = 10_000) => {
      closing = true
      clearInterval(sessionSweep)
      // In-flight requests finish; past the deadline, whatever is left is cut.
      const deadline = setTimeout(() => app.server.closeAllConnections(), deadlineMs)
      try {
        await app.close()
      } finally {
        clearTimeout(deadline)
      }
      if (journal) await journal.close()
    },
  }
}
