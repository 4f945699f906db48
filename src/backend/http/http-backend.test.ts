import { memoryTokens } from '@/backend/token-store'
import { createHttpBackend, type HttpTransport } from '@/backend/http/http-backend'

type Reply = { status: number; body: unknown } | Error

function scripted(replies: Reply[]) {
  const calls: { url: string; body: string; headers: Record<string, string> }[] = []
  const transport: HttpTransport = async (request) => {
    calls.push(request)
    const reply = replies.shift() ?? { status: 500, body: null }
    if (reply instanceof Error) throw reply
    return reply
  }
  return { calls, transport }
}

const ok = (result: unknown) => ({ status: 200, body: { result } })
const fail = (status: number, code: string, message = '出错') => ({ status, body: { error: { code, message, details: {} } } })

describe('HTTP adapter', () => {
  it('makes one attempt per call (retries are the retrying() layer)', async () => {
    const { calls, transport } = scripted([fail(500, 'SERVER'), ok([])])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t') })
    await expect(backend.messages.list()).rejects.toMatchObject({ code: 'SERVER' })
    expect(calls).toHaveLength(1)
  })

  it('sends the bearer token and positional args to /api/<capability>/<method>', async () => {
    const { calls, transport } = scripted([ok({ token: 't1', accountId: 'A', personId: 'P', expiresAt: 1 }), ok(3)])
    const backend = createHttpBackend({ baseUrl: 'http://h/', transport, tokens: memoryTokens() })
    await backend.session.login('code')
    expect(await backend.messages.unreadCount()).toBe(3)
    expect(calls[1].url).toBe('http://h/api/messages/unreadCount')
    expect(calls[1].headers.authorization).toBe('Bearer t1')
    expect(JSON.parse(calls[0].body)).toEqual({ args: ['code'] })
  })

  it('leaves out omitted trailing arguments instead of sending null (the server checks the exact tuple)', async () => {
    const { calls, transport } = scripted([ok([]), ok({})])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t') })
    await backend.filings.list(undefined)
    await backend.policyQa.content(undefined)
    expect(calls.map((c) => JSON.parse(c.body))).toEqual([{ args: [] }, { args: [] }])
  })

  it('maps 409 IDEMPOTENCY_MISMATCH to CONFLICT with its reason, and a bare 405 to VALIDATION', async () => {
    const { transport } = scripted([
      {
        status: 409,
        body: { error: { code: 'CONFLICT', message: '该请求编号已用于另一项操作', details: { reason: 'IDEMPOTENCY_MISMATCH' } } },
      },
      { status: 405, body: null },
    ])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t') })
    await expect(backend.filings.cancel('FS0001', { requestId: 'r-12345678' })).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'IDEMPOTENCY_MISMATCH' },
    })
    await expect(backend.messages.list()).rejects.toMatchObject({ code: 'VALIDATION' })
  })

  it('maps server errors and bare statuses to the port errors with Chinese messages', async () => {
    const { transport } = scripted([
      fail(401, 'SESSION_EXPIRED', '登录已过期，请重新登录'),
      { status: 403, body: '<html>' },
      new Error('socket hang up'),
    ])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t') })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'FORBIDDEN', message: '您没有权限查看或办理此人的业务' })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'NETWORK' })
  })
})
