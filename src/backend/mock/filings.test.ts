import fc from 'fast-check'
import { isBackendError } from '@/domain'
import type { FilingInput } from '@/domain'
import { connectMock } from '@/backend/mock/client'
import { createCapabilityServices, createServices } from '@/backend/mock/services'
import { memoryTokens } from '@/backend/token-store'
import { memoryStore } from '@/backend/mock/key-value-store'
import { createMockServer } from '@/backend/mock/server'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'

const SHENZHEN = { provinceCode: '440000', provinceName: '广东省', cityCode: '440300', cityName: '深圳市' }

function input(requestId: string, overrides: Partial<FilingInput> = {}): FilingInput & { requestId: string } {
  return {
    requestId,
    personId: 'P001',
    category: 'long-term-resident',
    destination: SHENZHEN,
    startDate: '2026-11-24',
    phone: '13872451234',
    address: '深圳市南山区科技园2号',
    usePledge: true,
    materials: [],
    ...overrides,
  }
}

const afterAllTimers: (() => void)[] = []
afterEach(() => afterAllTimers.splice(0).forEach((undo) => undo()))

describe('filings on the mock server', () => {
  it('creates exactly one filing when every response is lost and the client retries', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    const attempt = () => demo.filings.submit(input('retry-after-timeout-1'))
    for (let i = 0; i < 3; i++) await expect(attempt()).rejects.toMatchObject({ code: 'TIMEOUT' })
    t.server.faults = NO_FAULTS
    const filing = await attempt()
    const mine = await demo.filings.list({ personId: 'P001' })
    expect(mine.filter((f) => f.destination.cityCode === SHENZHEN.cityCode).map((f) => f.id)).toEqual([filing.id])
  })

  it('a double tap (two concurrent submits with one request id) makes one filing', async () => {
    const t = createTestServer({ faults: { ...NO_FAULTS, latencyMs: [5, 20] } })
    const demo = await t.signedIn()
    const [a, b] = await Promise.all([demo.filings.submit(input('double-tap-1')), demo.filings.submit(input('double-tap-1'))])
    expect(a.id).toBe(b.id)
    expect((await demo.filings.list({ personId: 'P001' })).filter((f) => f.id === a.id)).toHaveLength(1)
  })

  it('a request id of another account does not leak that account’s filing', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const other = await t.signedIn('other:1')
    const mine = await demo.filings.submit(input('shared-id-0001'))
    const own = await other.filings.submit(input('shared-id-0001', { personId: 'P006' }))
    expect(own.id).not.toBe(mine.id)
    expect(own.personId).toBe('P006')
  })

  it('keeps filings and their review across a restart, and stores only small material references', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const filing = await demo.filings.submit(
      input('restart-0001', {
        personId: 'P003',
        category: 'other-temporary',
        usePledge: false,
        startDate: '2026-11-24',
        endDate: '2027-05-24',
        materials: [{ kind: 'identity', files: [{ ref: 'blob:photo-1', sizeBytes: 2_000_000, mime: 'image/jpeg' }] }],
      }),
    )
    expect(filing.status).toBe('reviewing')
    const restarted = createMockServer({ store: t.store, faults: NO_FAULTS, clock: () => t.now() + 60_000 })
    const services = createServices(restarted)
    const token = restarted.state.sessions[0].token
    const after = await services.filings.get({ token }, filing.id)
    expect(after.status).toBe('approved')
    expect(after.history.map((e) => e.status)).toEqual(['submitted', 'reviewing', 'approved'])
    expect(restarted.state.messages.some((m) => m.kind === 'filing-approved' && m.personId === 'P003')).toBe(true)
    expect(t.store.get('mock-server-state')!.length).toBeLessThan(64 * 1024)
  })

  it('decides a review when due even if nobody reads filings, so the message arrives by itself', async () => {
    jest.useFakeTimers({ now: Date.parse('2026-11-23T10:00:00+08:00') })
    afterAllTimers.push(() => jest.useRealTimers())
    const server = createMockServer({ store: memoryStore(), faults: NO_FAULTS, reviewDelayMs: 30 })
    const demo = connectMock(server, memoryTokens(), createCapabilityServices(server))
    await demo.session.login('demo')
    const filing = await demo.filings.submit(
      input('timer-0001', {
        personId: 'P003',
        category: 'other-temporary',
        usePledge: false,
        startDate: '2026-11-23',
        endDate: '2027-06-01',
      }),
    )
    expect(filing.status).toBe('reviewing')
    jest.advanceTimersByTime(100)
    const messages = await demo.messages.list()
    expect(messages.find((m) => m.link?.endsWith(`id=${filing.id}`))).toMatchObject({ kind: 'filing-approved', personId: 'P003' })
  })

  it('answers any malformed call with a typed error, never a crash (property)', async () => {
    const t = createTestServer()
    await t.signedIn()
    const services = createServices(t.server).filings as unknown as Record<string, (...args: unknown[]) => unknown>
    const token = t.server.state.sessions[0].token
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(services)),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }),
        async (method, args) => {
          try {
            await services[method]({ token }, ...args)
          } catch (error) {
            expect(isBackendError(error)).toBe(true)
            expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
