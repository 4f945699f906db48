/**
 * @jest-environment node
 */
import fc from 'fast-check'
import committedOpenApi from '../docs/openapi.json'
import { backendContract } from '@/backend/contract'
import { createHttpBackend, fetchTransport } from '@/backend/http/http-backend'
import { retrying } from '@/backend/retrying'
import { METHOD_ARGS } from '../server/method-schemas'
import { openApiDocument } from '../server/openapi'
import { startReferenceServer, type RunningServer } from '../server/reference-server'
import { API_PREFIX, PORT_METHODS } from '@/backend/http/wire'
import { createServices } from '@/backend/mock/services'
import { memoryTokens } from '@/backend/token-store'
import { createTestServer } from '@/backend/mock/test-server'
import { setInsuranceStatus } from '@/backend/mock/insurance-status'
import type { Backend } from '@/backend/port'

const running: RunningServer[] = []
afterAll(async () => {
  await Promise.all(running.map((r) => r.close()))
})

async function serve() {
  const t = createTestServer()
  const server = await startReferenceServer({ mock: t.server })
  running.push(server)
  const client = (): Backend =>
    retrying(createHttpBackend({ baseUrl: server.url, transport: fetchTransport, tokens: memoryTokens() }), { backoffMs: 1 })
  const signedIn = async (code: string) => {
    const backend = client()
    await backend.session.login(code)
    return backend
  }
  return { t, server, client, signedIn }
}

describe('HTTP adapter against the reference server', () => {
  backendContract(async () => {
    const { t, client, signedIn } = await serve()
    return {
      demo: await signedIn('demo'),
      other: await signedIn('other:1'),
      anonymous: client(),
      advance: t.advance,
      now: t.now,
      setInsuranceStatus: (personId, status) => void setInsuranceStatus(t.server, personId, status),
    }
  })
})

describe('reference server with raw requests', () => {
  let base = ''
  let token = ''
  beforeAll(async () => {
    const { server } = await serve()
    base = server.url
    const login = await fetch(`${base}${API_PREFIX}/session/login`, { method: 'POST', body: JSON.stringify({ args: ['raw'] }) })
    token = ((await login.json()) as { result: { token: string } }).result.token
  })
  const post = (path: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    })

  it('answers malformed JSON with a typed 400', async () => {
    const response = await post(`${API_PREFIX}/session/getProfile`, '{"args": [')
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'VALIDATION', message: '请求格式不正确' } })
  })

  it('answers a body that is not {args: [...]} with a typed 400', async () => {
    for (const body of ['[]', '{"args": 1}', 'null', '"x"', '{"args": [1,2,3,4,5]}']) {
      const response = await post(`${API_PREFIX}/messages/list`, body)
      expect(response.status).toBe(400)
    }
  })

  it('refuses calls without a bearer token with 401', async () => {
    const response = await post(`${API_PREFIX}/session/getProfile`, '{"args":[]}', { authorization: '' })
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: '请先登录' } })
  })

  it('rejects oversized bodies with 413', async () => {
    const response = await post(`${API_PREFIX}/session/login`, JSON.stringify({ args: ['x'.repeat(200_000)] }))
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('answers unknown routes with 404 JSON', async () => {
    const response = await post('/api/nothing/here', '{"args":[]}')
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('serves its OpenAPI document', async () => {
    const response = await fetch(`${base}/openapi.json`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())))
  })

  it('limits login attempts per client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 35; i++)
      statuses.push((await post(`${API_PREFIX}/session/login`, '{"args":["again"]}', { authorization: '' })).status)
    expect(statuses).toContain(429)
  })

  it('never answers bad input with a 5xx (fuzz over every route, prototype-key routes and wrong-length tuples)', async () => {
    const routes = Object.entries(PORT_METHODS)
      .flatMap(([c, ms]) => ms.map((m) => `${API_PREFIX}/${c}/${m}`))
      .filter((r) => !r.endsWith('/login'))
    const protoKeys = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf']
    const capabilities = Object.keys(PORT_METHODS)
    const protoRoutes = fc
      .tuple(fc.constantFrom(...protoKeys, ...capabilities), fc.constantFrom(...protoKeys))
      .map(([c, m]) => `${API_PREFIX}/${c}/${m}`)
    const json = fc.jsonValue({ maxDepth: 3 })
    await fc.assert(
      fc.asyncProperty(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...routes) }, { weight: 1, arbitrary: protoRoutes }),
        fc.array(json, { maxLength: 6 }),
        async (route, args) => {
          const response = await post(route, JSON.stringify({ args }))
          expect(response.status).toBeLessThan(500)
          if (response.status !== 200) {
            const body = (await response.json()) as { error: { code: string; message: string } }
            expect(typeof body.error.code).toBe('string')
            expect(body.error.message).toMatch(/[\u4e00-\u9fff]/)
          }
          const [, , capability, method] = route.split('/')
          const known = routes.includes(route)
          const count = known ? (METHOD_ARGS as Record<string, Record<string, unknown[]>>)[capability][method].length : -1
          // Prototype keys are unknown routes; a tuple longer than a known method takes is always refused.
          if (!known) expect(response.status).toBe(404)
          // (or rate-limited first: binding calls are capped per account)
          else if (args.length > count) expect([400, 429]).toContain(response.status)
        },
      ),
      { numRuns: 300 },
    )
    // And the server is still up.
    expect((await fetch(`${base}/health`)).status).toBe(200)
  }, 60_000)
})

describe('reference server operations', () => {
  it('logs each request as structured JSON without ID numbers, phones or tokens', async () => {
    const entries: Record<string, unknown>[] = []
    const t = createTestServer()
    const server = await startReferenceServer({ mock: t.server, log: (entry) => entries.push(entry) })
    running.push(server)
    const client = retrying(createHttpBackend({ baseUrl: server.url, transport: fetchTransport, tokens: memoryTokens() }), { backoffMs: 1 })
    await client.session.login('logs')
    await client.family
      .startBinding({
        name: '张桂芳',
        idNumber: '320102196207151288',
        relation: 'other',
        phone: '13951886677',
        pledgeAccepted: true,
        requestId: 'log-check-1',
      } as never)
      .catch(() => undefined)
    await client.records.insurance('P002')
    const text = JSON.stringify(entries)
    expect(entries.length).toBeGreaterThanOrEqual(3)
    expect(entries[0]).toEqual(expect.objectContaining({ route: 'session.login', status: 200, ms: expect.any(Number) }))
    expect(text).not.toMatch(/\d{17}[\dX]/)
    expect(text).not.toMatch(/1[3-9]\d{9}/)
    expect(text).not.toContain('Bearer')
  })

  it('stops cleanly on SIGTERM', async () => {
    const { spawn } = await import('node:child_process')
    const port = 3900 + Math.floor(Math.random() * 90)
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts'], {
      env: { ...process.env, PORT: String(port), MOCK_QUIET: '1' },
    })
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    for (let i = 0; i < 150; i++) {
      const up = await fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      )
      if (up) break
      await new Promise((r) => setTimeout(r, 100))
    }
    child.kill('SIGTERM')
    expect(await exited).toBe(0)
  }, 30_000)
})

describe('the API contract cannot drift', () => {
  it('lists exactly the methods the mock implements', () => {
    const services = createServices(createTestServer().server) as unknown as Record<string, Record<string, unknown>>
    for (const [capability, methods] of Object.entries(PORT_METHODS)) {
      expect(Object.keys(services[capability]).sort()).toEqual([...methods].sort())
    }
  })

  it('documents every method, and the committed docs/openapi.json is current', () => {
    const document = openApiDocument() as { paths: Record<string, unknown> }
    const expected = Object.entries(PORT_METHODS).flatMap(([c, ms]) => ms.map((m) => `${API_PREFIX}/${c}/${m}`))
    expect(Object.keys(document.paths).sort()).toEqual(expected.sort())
    expect(committedOpenApi).toEqual(JSON.parse(JSON.stringify(document)))
  })
})
