import { createHttpBackend, type HttpTransport } from '@/backend/http/http-backend'
import { retrying } from '@/backend/retrying'
import { memoryTokens } from '@/backend/token-store'

type Reply = { status: number; body: unknown }

function scripted(replies: Reply[]) {
  const calls: string[] = []
  const transport: HttpTransport = async (request) => {
    calls.push(request.body)
    return replies.shift() ?? { status: 500, body: null }
  }
  return {
    calls,
    backend: retrying(createHttpBackend({ baseUrl: 'http://h', transport, tokens: memoryTokens('t') }), { sleep: async () => {} }),
  }
}

const ok = (result: unknown) => ({ status: 200, body: { result } })
const fail = (status: number, code: string) => ({ status, body: { error: { code, message: '出错', details: {} } } })

describe('retrying: the one retry layer', () => {
  it('retries reads on retryable failures, at most twice', async () => {
    const good = scripted([fail(500, 'SERVER'), fail(503, 'NETWORK'), ok([])])
    await expect(good.backend.messages.list()).resolves.toEqual([])
    expect(good.calls).toHaveLength(3)

    const bad = scripted([fail(500, 'SERVER'), fail(500, 'SERVER'), fail(500, 'SERVER'), ok([])])
    await expect(bad.backend.messages.list()).rejects.toMatchObject({ code: 'SERVER' })
    expect(bad.calls).toHaveLength(3)
  })

  it('never retries a write without a request id, but retries one that carries it with the same body', async () => {
    const once = scripted([fail(504, 'TIMEOUT'), ok(null)])
    await expect(once.backend.session.login('code')).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(once.calls).toHaveLength(1)

    const twice = scripted([fail(504, 'TIMEOUT'), ok({ id: 'F1' })])
    await expect(twice.backend.filings.cancel('F1', { requestId: 'r1' })).resolves.toEqual({ id: 'F1' })
    expect(twice.calls).toHaveLength(2)
    expect(twice.calls[1]).toBe(twice.calls[0])
  })

  it('does not retry a refusal', async () => {
    const refused = scripted([fail(403, 'FORBIDDEN'), ok([])])
    await expect(refused.backend.messages.list()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    expect(refused.calls).toHaveLength(1)
  })
})
