import { connectMock } from '@/backend/mock/client'
import { createCapabilityServices } from '@/backend/mock/services'
import { memoryTokens } from '@/backend/token-store'
import { faultsFromPresets, overNetwork } from '@/backend/mock/faults'
import { memoryStore } from '@/backend/mock/key-value-store'
import { createRng } from '@/backend/mock/rng'
import { createMockServer, STATE_KEY } from '@/backend/mock/server'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'

describe('mock server', () => {
  it('persists mutations and reloads them after a restart', async () => {
    const store = memoryStore()
    const first = createTestServer({ store })
    const demo = await first.signedIn()
    const [message] = await demo.messages.list()
    await demo.messages.markRead([message.id])

    const restarted = createMockServer({ store, faults: NO_FAULTS, clock: first.now })
    expect(restarted.state.messages.find((m) => m.id === message.id)?.read).toBe(true)
  })

  it('seeds the same data from the same seed', () => {
    const a = createMockServer({ store: memoryStore(), seed: 7, clock: () => 0 })
    const b = createMockServer({ store: memoryStore(), seed: 7, clock: () => 0 })
    expect(JSON.stringify(a.state)).toBe(JSON.stringify(b.state))
  })

  it('starts fresh when stored state is corrupt', () => {
    const store = memoryStore({ [STATE_KEY]: '{not json' })
    const server = createMockServer({ store, clock: () => 0 })
    expect(server.state.persons.length).toBeGreaterThan(0)
  })

  it('fails offline calls with a NETWORK error and flaky ones with SERVER errors', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    t.server.faults = faultsFromPresets(['fast', 'offline'])
    await expect(demo.messages.list()).rejects.toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })
    t.server.faults = { ...NO_FAULTS, failureRate: 1 }
    await expect(demo.messages.list()).rejects.toMatchObject({ code: 'SERVER', retryable: true })
  })

  it('a lost response still means the server acted (timeouts are after the work)', async () => {
    const rng = createRng(1)
    let handled = 0
    await expect(
      overNetwork({ ...NO_FAULTS, timeoutRate: 1 }, rng, () => {
        handled++
        return 1
      }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(handled).toBe(1)
  })

  it('never shares objects between client and server', async () => {
    const t = createTestServer()
    const demo = await t.signedIn()
    const list = await demo.messages.list()
    list[0].title = 'changed by client'
    expect(t.server.state.messages[0].title).not.toBe('changed by client')
  })

  it('parses fault presets from the URL form', () => {
    expect(faultsFromPresets(['slow', 'flaky', 'bogus'])).toMatchObject({ latencyMs: [1500, 3000], failureRate: 0.3, offline: false })
  })

  it('a client without a token is refused', async () => {
    const t = createTestServer()
    const anonymous = connectMock(t.server, memoryTokens(), createCapabilityServices(t.server))
    await expect(anonymous.messages.list()).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })
})
