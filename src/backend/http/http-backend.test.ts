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
  it('sends the bearer token and positional args to /api/<capability>/<method>', async () => {
    const { calls, transport } = scripted([ok({ token: 't1', accountId: 'A', personId: 'P', expiresAt: 1 }), ok(3)])
    const backend = createHttpBackend({ baseUrl: 'http://h/', transport, tokens: memoryTokens(), backoffMs: 0 })
    await backend.session.login('code')
    expect(await backend.messages.unreadCount()).toBe(3)
    expect(calls[1].url).toBe('http://h/api/messages/unreadCount')
    expect(calls[1].headers.authorization).toBe('Bearer t1')
    expect(JSON.parse(calls[0].body)).toEqual({ args: ['code'] })
  })

  it('retries idempotent reads on retryable failures, with a bound', async () => {
    const { calls, transport } = scripted([fail(500, 'SERVER'), fail(503, 'NETWORK'), ok([])])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t'), backoffMs: 0 })
    await expect(backend.messages.list()).resolves.toEqual([])
    expect(calls).toHaveLength(3)

    const again = scripted([fail(500, 'SERVER'), fail(500, 'SERVER'), fail(500, 'SERVER'), ok([])])
    const bounded = createHttpBackend({ baseUrl: 'http://h', transport: again.transport, tokens: memoryTokens('t'), backoffMs: 0 })
    await expect(bounded.messages.list()).rejects.toMatchObject({ code: 'SERVER' })
    expect(again.calls).toHaveLength(3)
  })

  it('never retries a write without a request id, but retries one that carries it', async () => {
    const once = scripted([fail(504, 'TIMEOUT'), ok(null)])
    const a = createHttpBackend({ baseUrl: 'http://h', transport: once.transport, tokens: memoryTokens('t'), backoffMs: 0 })
    await expect(a.policyQa.feedback('q1', true)).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(once.calls).toHaveLength(1)

    const twice = scripted([fail(504, 'TIMEOUT'), ok({ id: 'F1' })])
    const b = createHttpBackend({ baseUrl: 'http://h', transport: twice.transport, tokens: memoryTokens('t'), backoffMs: 0 })
    await expect(b.filings.cancel('F1', { requestId: 'r1' })).resolves.toEqual({ id: 'F1' })
    expect(twice.calls).toHaveLength(2)
    expect(JSON.parse(twice.calls[1].body)).toEqual(JSON.parse(twice.calls[0].body))
  })

  it('maps server errors and bare statuses to the port errors with Chinese messages', async () => {
    const { transport } = scripted([
      fail(401, 'SESSION_EXPIRED', '登录已过期，请重新登录'),
      { status: 403, body: '<html>' },
      new Error('socket hang up'),
    ])
    const backend = createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t'), retries: 0 })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'FORBIDDEN', message: '您没有权限查看或办理此人的业务' })
    await expect(backend.session.getProfile()).rejects.toMatchObject({ code: 'NETWORK' })
  })
})
