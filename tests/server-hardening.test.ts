/**
 * @jest-environment node
 */
// Issue 13, over the wire and on raw sockets: each test here fails on the hand-written node:http server.
import { spawn } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { connect, type Socket } from 'node:net'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startReferenceServer, type ReferenceServerOptions, type RunningServer } from '../server/reference-server'
import { createJournal } from '../server/journal'
import { API_PREFIX, PORT_METHODS } from '@/backend/http/wire'
import { memoryStore } from '@/backend/mock/key-value-store'
import { createMockServer } from '@/backend/mock/server'
import { createTestServer } from '@/backend/mock/test-server'
import { METHOD_ARGS } from '../server/method-schemas'

const running: RunningServer[] = []
afterAll(async () => {
  await Promise.all(running.map((r) => r.close(100)))
})

async function serve(options: Partial<ReferenceServerOptions> = {}, mock = createTestServer().server) {
  const server = await startReferenceServer({ mock, ...options })
  running.push(server)
  const post = (path: string, body: unknown, token?: string, extra: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      body: typeof body === 'string' ? body : JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    })
  const login = async (code = 'demo') =>
    ((await (await post(`${API_PREFIX}/session/login`, { args: [code] })).json()) as { result: { token: string } }).result.token
  return { server, mock, post, login, port: Number(new URL(server.url).port) }
}

/** Writes `chunks` to a raw socket (with pauses) and collects what comes back until the server closes. */
function raw(port: number, chunks: (string | { waitMs: number })[], giveUpMs = 8000): Promise<{ text: string; closedByServer: boolean }> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1')
    let text = ''
    let done = false
    const finish = (closedByServer: boolean) => {
      if (done) return
      done = true
      clearTimeout(timer)
      socket.destroy()
      resolve({ text, closedByServer })
    }
    const timer = setTimeout(() => finish(false), giveUpMs)
    socket.on('data', (d) => (text += d.toString()))
    socket.on('close', () => finish(true))
    socket.on('error', () => undefined)
    socket.on('connect', async () => {
      for (const chunk of chunks) {
        if (done || socket.destroyed) return
        if (typeof chunk === 'string') socket.write(chunk)
        else await new Promise((r) => setTimeout(r, chunk.waitMs))
      }
    })
  })
}

describe('item 1: one request never takes the server down', () => {
  it('answers prototype-key capabilities and methods with 404 JSON and keeps serving', async () => {
    const { server, post } = await serve()
    for (const path of [
      '__proto__/x',
      'constructor/x',
      'toString/valueOf',
      'hasOwnProperty/call',
      'session/constructor',
      'session/__proto__',
      'session/toString',
      'family/valueOf',
    ]) {
      const response = await post(`${API_PREFIX}/${path}`, { args: [] })
      expect(response.status).toBe(404)
      expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND', message: '接口不存在' } })
    }
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })

  it('answers an unexpected error with a 500 JSON that carries no internals', async () => {
    const t = createTestServer()
    const { post, login, server } = await serve({}, t.server)
    const token = await login()
    t.server.person = () => {
      throw new TypeError('secret internals at /srv/app/records.ts')
    }
    const response = await post(`${API_PREFIX}/records/insurance`, { args: ['P001'] }, token)
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ error: { code: 'SERVER', message: '服务暂时不可用，请稍后重试', details: {} } })
    expect(text).not.toMatch(/secret|TypeError|srv/)
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })
})

describe('item 4: the member’s code is not handed to the binder', () => {
  const request = {
    requestId: 'outbox-1',
    name: '张桂芳',
    idNumber: '320102196207151288',
    relation: 'other',
    phone: '13951886677',
    pledgeAccepted: true,
  }

  it('leaves demoCode out unless demo codes are on, and the member reads the code from the dev outbox', async () => {
    const mock = createMockServer({ store: memoryStore(), demoCodes: false })
    const { server, post, login } = await serve({ devEndpoints: true }, mock)
    const token = await login()
    const challenge = (
      (await (await post(`${API_PREFIX}/family/startBinding`, { args: [request] }, token)).json()) as {
        result: { bindingId: string; demoCode?: string }
      }
    ).result
    expect(challenge.demoCode).toBeUndefined()
    const outbox = (await (await fetch(`${server.url}/dev/sms-outbox?bindingId=${challenge.bindingId}`)).json()) as {
      messages: { code: string; phoneMasked: string; text: string }[]
    }
    expect(outbox.messages).toHaveLength(1)
    expect(outbox.messages[0]).toMatchObject({ phoneMasked: '139****6677', code: expect.stringMatching(/^[1-9]\d{5}$/) })
    expect(outbox.messages[0].text).toContain(outbox.messages[0].code)
    const confirmed = await post(`${API_PREFIX}/family/confirm`, { args: [challenge.bindingId, outbox.messages[0].code] }, token)
    expect(((await confirmed.json()) as { result: { status: string } }).result.status).toBe('active')
  })

  it('has no outbox unless dev endpoints are on', async () => {
    const { server } = await serve()
    expect((await fetch(`${server.url}/dev/sms-outbox`)).status).toBe(404)
  })
})

describe('item 6: rate limits key on who the caller really is', () => {
  it('does not let invented bearer tokens bypass the login limit', async () => {
    const { post } = await serve()
    const statuses: number[] = []
    for (let i = 0; i < 35; i++) statuses.push((await post(`${API_PREFIX}/session/login`, { args: ['again'] }, `invented-${i}`)).status)
    expect(statuses.slice(0, 30).every((s) => s === 200)).toBe(true)
    expect(statuses.slice(30)).toEqual([429, 429, 429, 429, 429])
  })

  it('does not reset the binding-code limit when the account signs in again', async () => {
    const { post, login } = await serve()
    const statuses: number[] = []
    for (let i = 0; i < 11; i++) {
      const token = await login(`fresh-${i}`)
      statuses.push((await post(`${API_PREFIX}/family/startBinding`, { args: [{}] }, token)).status)
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    const limited = await post(`${API_PREFIX}/family/startBinding`, { args: [{}] }, await login('fresh-last'))
    expect(limited.status).toBe(429)
    expect(await limited.json()).toMatchObject({ error: { code: 'RATE_LIMITED', details: { availableAt: expect.any(Number) } } })
  })

  it('holds a bounded number of limiter keys: the least recently used client is forgotten', async () => {
    const { port } = await serve({ rateLimitKeys: 2, rateLimits: { 'session.login': { max: 2, windowMs: 60_000 } } })
    const loginFrom = (localAddress: string) =>
      new Promise<number>((resolve, reject) => {
        const req = httpRequest(
          {
            host: '127.0.0.1',
            port,
            localAddress,
            method: 'POST',
            path: `${API_PREFIX}/session/login`,
            headers: { 'content-type': 'application/json' },
          },
          (res) => {
            res.resume()
            res.on('end', () => resolve(res.statusCode ?? 0))
          },
        )
        req.on('error', reject)
        req.end('{"args":["x"]}')
      })
    expect([await loginFrom('127.0.0.2'), await loginFrom('127.0.0.2'), await loginFrom('127.0.0.2')]).toEqual([200, 200, 429])
    await loginFrom('127.0.0.3')
    await loginFrom('127.0.0.4')
    // 127.0.0.2's entry was evicted: memory stays at two keys however many clients come.
    expect(await loginFrom('127.0.0.2')).toBe(200)
  })
})

describe('item 7: timeouts, a connection cap and body limits on raw sockets', () => {
  const fast = { headersTimeoutMs: 400, bodyTimeoutMs: 400, idleTimeoutMs: 300, timeoutCheckMs: 100 }

  it('closes a connection whose body trickles in, with 408', async () => {
    const { port } = await serve({ limits: fast })
    const head = `POST ${API_PREFIX}/session/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n`
    const trickle = Array.from({ length: 40 }, () => ['{', { waitMs: 100 }]).flat() as (string | { waitMs: number })[]
    const result = await raw(port, [head, ...trickle])
    expect(result.closedByServer).toBe(true)
    expect(result.text).toMatch(/^HTTP\/1\.1 408/)
  })

  it('closes a connection whose headers never finish', async () => {
    const { port } = await serve({ limits: fast })
    const trickle = Array.from({ length: 40 }, (_, i) => [`X-Slow-${i}: 1\r\n`, { waitMs: 100 }]).flat() as (string | { waitMs: number })[]
    const result = await raw(port, [`POST ${API_PREFIX}/session/login HTTP/1.1\r\nHost: x\r\n`, ...trickle])
    expect(result.closedByServer).toBe(true)
  })

  it('refuses connections over the cap', async () => {
    const { port } = await serve({ limits: { maxConnections: 2 } })
    const sockets = [connect(port, '127.0.0.1'), connect(port, '127.0.0.1')]
    await Promise.all(sockets.map((s) => new Promise((r) => s.on('connect', r))))
    await new Promise((r) => setTimeout(r, 100))
    const third = await raw(port, [], 3000)
    expect(third.closedByServer).toBe(true)
    expect(sockets.every((s) => !s.destroyed)).toBe(true)
    sockets.forEach((s) => s.destroy())
  })

  it('answers an oversized chunked body (no Content-Length) with 413 JSON instead of a reset', async () => {
    const { port } = await serve()
    const chunk = 'x'.repeat(16 * 1024)
    const body = Array.from({ length: 8 }, () => `${chunk.length.toString(16)}\r\n${chunk}\r\n`)
    const result = await raw(port, [
      `POST ${API_PREFIX}/session/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
      ...body,
      '0\r\n\r\n',
    ])
    expect(result.text).toMatch(/^HTTP\/1\.1 413/)
    expect(result.text).toContain('"code":"PAYLOAD_TOO_LARGE"')
  })

  it('answers an oversized declared body with 413 JSON', async () => {
    const { post } = await serve()
    const response = await post(`${API_PREFIX}/session/login`, { args: ['x'.repeat(70_000)] })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })
})

describe('item 8: exact argument tuples', () => {
  const methods = Object.entries(PORT_METHODS).flatMap(([c, ms]) => ms.map((m) => [c, m] as const))

  it('refuses one argument too many on every method, naming the arguments', async () => {
    const { post, login } = await serve({ rateLimits: false })
    const token = await login()
    for (const [capability, method] of methods) {
      const count = (METHOD_ARGS as Record<string, Record<string, unknown[]>>)[capability][method].length
      const response = await post(`${API_PREFIX}/${capability}/${method}`, { args: Array.from({ length: count + 1 }, () => 'x') }, token)
      expect([`${capability}.${method}`, response.status]).toEqual([`${capability}.${method}`, 400])
      const { error } = (await response.json()) as { error: { message: string; details: { fields: Record<string, string> } } }
      expect(error.message).toContain('参数个数不正确')
      expect(error.details.fields.args).toBe(error.message)
    }
  })

  it('refuses too few arguments, null or [] for an options object, and unknown keys', async () => {
    const { post, login } = await serve()
    const token = await login()
    const cases: [string, unknown[], string][] = [
      ['records/contributions', ['P001'], '参数个数不正确'],
      ['filings/cancel', ['FS0001'], '撤销申请'],
      ['records/contributions', ['P001', null], '查询条件'],
      ['records/contributions', ['P001', []], '查询条件'],
      ['filings/list', [null], '筛选条件'],
      ['filings/list', [[]], '筛选条件'],
      ['records/settlements', ['P001', { page: 1, extra: true }], 'extra'],
      ['filings/cancel', ['FS0001', { requestId: 'request-1234', reason: '不去了', sneaky: 1 }], 'sneaky'],
    ]
    for (const [route, args, named] of cases) {
      const response = await post(`${API_PREFIX}/${route}`, { args }, token)
      expect([route, response.status]).toEqual([route, 400])
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(named)
    }
  })

  it('gives a missing field the same Chinese message as an empty one, in details.fields too', async () => {
    const { post, login } = await serve()
    const token = await login()
    const binding = { requestId: 'missing-1', name: '张桂芳', idNumber: '320102196207151288', phone: '13951886677', pledgeAccepted: true }
    const noRelation = (await (await post(`${API_PREFIX}/family/startBinding`, { args: [binding] }, token)).json()) as {
      error: { message: string; details: { fields: Record<string, string> } }
    }
    expect(noRelation.error).toMatchObject({ message: '请选择与您的关系', details: { fields: { relation: '请选择与您的关系' } } })
    const filing = {
      requestId: 'missing-phone-1',
      personId: 'P001',
      category: 'long-term-resident',
      destination: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
      startDate: '2026-12-01',
      address: '广州市天河区体育西路1号',
      usePledge: true,
      materials: [],
    }
    const noPhone = (await (await post(`${API_PREFIX}/filings/submit`, { args: [filing] }, token)).json()) as {
      error: { message: string; details: { fields: Record<string, string> } }
    }
    expect(noPhone.error).toMatchObject({ message: '请输入联系电话', details: { fields: { phone: '请输入联系电话' } } })
  })
})

describe('item 11: wrong verbs and unknown paths', () => {
  it('answers GET on a POST route with 405, an Allow header and a message that says so', async () => {
    const { server } = await serve()
    const response = await fetch(`${server.url}${API_PREFIX}/session/getProfile`)
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('POST')
    expect((await fetch(`${server.url}${API_PREFIX}/nothing/here`)).status).toBe(404)
  })

  it('never writes an unknown URL path into the log', async () => {
    const entries: Record<string, unknown>[] = []
    const { server, post } = await serve({ log: (e) => entries.push(e) })
    await post(`${API_PREFIX}/420802198805121733/13872451234`, { args: [] })
    await fetch(`${server.url}/lookup/420802198805121733?phone=13872451234`)
    await new Promise((r) => setTimeout(r, 50))
    expect(entries.length).toBeGreaterThanOrEqual(2)
    expect(entries.every((e) => e.route === 'unknown')).toBe(true)
    const text = JSON.stringify(entries)
    expect(text).not.toContain('420802198805121733')
    expect(text).not.toContain('13872451234')
  })
})

describe('item 13: durable, incremental persistence', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'journal-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('has each write on disk (journal, fsync) before the answer, appending only what changed', async () => {
    const path = join(dir, 'state.json')
    const journal = createJournal(path)
    const mock = createMockServer({ store: memoryStore(), onSave: (s) => journal.markDirty(s) })
    const { post, login, server } = await serve({ journal }, mock)
    running.splice(running.indexOf(server), 1)
    const token = await login()
    const afterLogin = journal.journalBytes
    const stateBytes = JSON.stringify(mock.state).length
    const read = await post(`${API_PREFIX}/messages/markRead`, { args: [[mock.state.messages[0].id]] }, token)
    expect(read.status).toBe(200)
    // Read straight from disk the moment the answer arrives: the change is there.
    const onDisk = createJournal(path).load()!
    expect(onDisk.messages[0].read).toBe(true)
    expect(onDisk.sessions.map((s) => s.token)).toContain(token)
    // One message changed: the append is a small fraction of the whole state.
    const appended = journal.journalBytes - afterLogin
    expect(appended).toBeGreaterThan(0)
    expect(appended).toBeLessThan(stateBytes / 10)
    await server.close()
  })

  it('compacts into a snapshot, survives a torn last line, and reloads the same state', async () => {
    const path = join(dir, 'state.json')
    const journal = createJournal(path, { compactBytes: 2_000 })
    const t = createTestServer()
    const mock = createMockServer({ store: memoryStore(), clock: t.now, onSave: (s) => journal.markDirty(s) })
    for (let i = 0; i < 5; i++) {
      mock.notify({ kind: 'family', personId: 'P001', title: `通知${i}`, body: '内容' })
      mock.save()
      await journal.flush()
    }
    expect(journal.journalBytes).toBeLessThan(2_000 + 5_000)
    mock.state.messages[0].read = true
    mock.save()
    await journal.flush()
    appendFileSync(`${path}.journal`, '{"c":"messages","k":"M9')
    const reloaded = createJournal(path).load()
    expect(JSON.parse(JSON.stringify(reloaded))).toEqual(JSON.parse(JSON.stringify(mock.state)))
    expect(readFileSync(path, 'utf8').length).toBeGreaterThan(0)
  })

  it('expires old sessions and keeps only the newest few per account', async () => {
    const t = createTestServer()
    const client = t.client()
    for (let i = 0; i < 30; i++) await client.session.login(`again-${i}`)
    expect(t.server.state.sessions.length).toBeLessThanOrEqual(10)
    t.advance(3 * 3600_000)
    t.server.pruneSessions()
    expect(t.server.state.sessions).toEqual([])
  })
})

describe('item 12: SIGTERM drains in-flight requests, persists, then exits', () => {
  it('finishes a request that is mid-body when SIGTERM arrives, and keeps its write', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sigterm-'))
    const file = join(dir, 'state.json')
    const port = 3700 + Math.floor(Math.random() * 90)
    const start = () =>
      spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts'], {
        env: { ...process.env, PORT: String(port), MOCK_QUIET: '1', MOCK_STATE_FILE: file },
      })
    const up = async () => {
      for (let i = 0; i < 300; i++) {
        if (
          await fetch(`http://127.0.0.1:${port}/health`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return
        await new Promise((r) => setTimeout(r, 100))
      }
      throw new Error('server did not start')
    }
    const child = start()
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    await up()
    const body = '{"args":["drain"]}'
    const inFlight = raw(port, [
      `POST ${API_PREFIX}/session/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      body.slice(0, 5),
      { waitMs: 600 },
      body.slice(5),
    ])
    await new Promise((r) => setTimeout(r, 250))
    child.kill('SIGTERM')
    const answer = await inFlight
    expect(answer.text).toMatch(/^HTTP\/1\.1 200/)
    const token = /"token":"([0-9a-f]+)"/.exec(answer.text)![1]
    expect(await exited).toBe(0)
    // The default server hands out no demo codes, and the session written before the exit is still there.
    const again = start()
    const exitedAgain = new Promise<number | null>((resolve) => again.on('exit', (code) => resolve(code)))
    await up()
    const profile = await fetch(`http://127.0.0.1:${port}${API_PREFIX}/session/getProfile`, {
      method: 'POST',
      body: '{"args":[]}',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(profile.status).toBe(200)
    again.kill('SIGTERM')
    expect(await exitedAgain).toBe(0)
    rmSync(dir, { recursive: true, force: true })
  }, 60_000)
})
