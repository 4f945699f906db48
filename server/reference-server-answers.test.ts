/**
 * @jest-environment node
 */
// Over the wire: reused answers (server/answer-cache.ts) never hide a change. Every read below follows a write that
// changes what it answers, and the server's cache counters show the reuse path was taken.
import { startReferenceServer, type RunningServer } from './reference-server'
import { API_PREFIX } from '@/backend/http/wire'
import { createTestServer } from '@/backend/mock/test-server'
import type { Filing, Message } from '@/domain'

let running: RunningServer
let token = ''
const call = async <T>(path: string, ...args: unknown[]): Promise<T> => {
  const response = await fetch(`${running.url}${API_PREFIX}/${path}`, {
    method: 'POST',
    body: JSON.stringify({ args }),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
  })
  const body = (await response.json()) as { result: T; error?: unknown }
  if (!response.ok) throw new Error(JSON.stringify(body.error))
  return body.result
}
const cacheStats = async () =>
  ((await (await fetch(`${running.url}/health`)).json()) as { answerCache: { hits: number; misses: number } }).answerCache

beforeAll(async () => {
  // Every answer is kept (minBytes 0), so the small seeded lists go through the cache too.
  running = await startReferenceServer({ mock: createTestServer().server, answerCache: { minBytes: 0 } })
  token = (await call<{ token: string }>('session/login', 'demo')).token
})
afterAll(() => running.close(100))

describe('reference server: reused answers', () => {
  it('answers a repeated read from the cache, and a message marked read is read in the next answer', async () => {
    const first = await call<Message[]>('messages/list')
    const again = await call<Message[]>('messages/list')
    expect(again).toEqual(first)
    expect((await cacheStats()).hits).toBeGreaterThan(0)

    const unread = first.find((m) => !m.read)!
    expect(unread).toBeDefined()
    // markRead changes the message object in place (same object, same list): only the save tells the cache.
    await call('messages/markRead', [unread.id])
    const after = await call<Message[]>('messages/list')
    expect(after.find((m) => m.id === unread.id)!.read).toBe(true)
  })

  it('lists a filing submitted after the list was answered, and its cancellation after that', async () => {
    const before = await call<Filing[]>('filings/list', { personId: 'P001' })
    await call<Filing[]>('filings/list', { personId: 'P001' })
    const filing = await call<Filing>('filings/submit', {
      requestId: 'answers-test-1',
      personId: 'P001',
      category: 'other-temporary',
      destination: { provinceCode: '110000', provinceName: '北京市', cityCode: '110100', cityName: '北京市' },
      startDate: '2026-11-25',
      endDate: '2027-05-25',
      phone: '13872451234',
      address: '人民路1号',
      // Under review (not 承诺制), so it may be withdrawn at once.
      usePledge: false,
      materials: [{ kind: 'identity', files: [{ ref: 'photo-1.jpg', sizeBytes: 300_000, mime: 'image/jpeg' }] }],
    })
    const after = await call<Filing[]>('filings/list', { personId: 'P001' })
    expect(after.map((f) => f.id)).toEqual(expect.arrayContaining([...before.map((f) => f.id), filing.id]))
    expect(after).toHaveLength(before.length + 1)

    await call('filings/cancel', filing.id, { requestId: 'answers-test-2' })
    const cancelled = await call<Filing[]>('filings/list', { personId: 'P001' })
    expect(cancelled.find((f) => f.id === filing.id)!.status).toBe('cancelled')
  })
})
