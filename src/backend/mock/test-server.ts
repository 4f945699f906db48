import type { Backend } from '@/backend/port'
import { connectMock } from '@/backend/mock/client'
import { createCapabilityServices } from '@/backend/mock/services'
import { memoryTokens } from '@/backend/token-store'
import type { FaultSettings } from '@/backend/mock/faults'
import { memoryStore, type KeyValueStore } from '@/backend/mock/key-value-store'
import { createMockServer, type MockServer } from '@/backend/mock/server'

export const NO_FAULTS: FaultSettings = { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: false }

/** A mock server on a fake clock, for tests and benches. */
export function createTestServer(
  options: {
    store?: KeyValueStore
    faults?: FaultSettings
    start?: number
    /** Clients load the capability services on first use, as the h5 app does (app-mock.ts). */
    lazy?: boolean
  } = {},
) {
  let now = options.start ?? Date.parse('2026-11-23T10:00:00+08:00')
  const store = options.store ?? memoryStore()
  const server: MockServer = createMockServer({ store, clock: () => now, faults: options.faults ?? NO_FAULTS })
  const client = (): Backend =>
    connectMock(server, memoryTokens(), options.lazy ? async () => createCapabilityServices(server) : createCapabilityServices(server))
  return {
    server,
    store,
    client,
    advance: (ms: number) => void (now += ms),
    now: () => now,
    async signedIn(code = 'demo'): Promise<Backend> {
      const backend = client()
      await backend.session.login(code)
      return backend
    },
  }
}
