import { errorMessage } from '@/domain'
import { createTestServer } from '@/backend/mock/test-server'
import { storage } from '@/platform/storage'
import { createRecordsStore, type SectionData } from '@/features/records/records-store'

async function setup() {
  ;(storage as unknown as { clear(): void }).clear()
  const t = createTestServer()
  const backend = await t.signedIn('demo')
  let now = 1_000
  const records = createRecordsStore({ api: backend.records, report: errorMessage, clock: () => now })
  const store = { getState: () => records }
  const entry = <S extends keyof SectionData>(section: S, personId: string) => records.resources[section].peek(personId)
  return { t, store, entry, tick: () => (now += 60_000) }
}

describe('records store', () => {
  it('loads every page of a long history and caches it under the person’s storage keys', async () => {
    const { store, entry } = await setup()
    await store.getState().load('contributions', 'P002')
    const loaded = entry('contributions', 'P002')
    expect(loaded.data!.length).toBeGreaterThan(300)
    expect(loaded).toMatchObject({ loading: false, error: null, stale: false, loadedAt: 1_000 })
    expect(storage.keys()).toContain('person:P002:records-contributions')
  })

  it('offline: keeps showing the last loaded copy, marked stale, with the time it was loaded', async () => {
    const { t, store, entry, tick } = await setup()
    await store.getState().load('account', 'P001')
    const balance = entry('account', 'P001').data!.summary.balanceFen
    tick()
    t.server.faults = { ...t.server.faults, offline: true }
    await store.getState().load('account', 'P001')
    expect(entry('account', 'P001')).toMatchObject({ stale: true, loadedAt: 1_000, error: '网络连接失败，请检查网络后重试' })
    expect(entry('account', 'P001').data!.summary.balanceFen).toBe(balance)
  })

  it('after a restart offline, shows the device copy rather than nothing', async () => {
    const first = await setup()
    await first.store.getState().load('settlements', 'P002')
    // A new store (app restart) over the same device storage, with the network down.
    const t = createTestServer({ faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: false } })
    const backend = await t.signedIn('demo')
    t.server.faults = { ...t.server.faults, offline: true }
    const records = createRecordsStore({ api: backend.records, report: errorMessage })
    await records.load('settlements', 'P002')
    const e = records.resources.settlements.peek('P002')
    expect(e.stale).toBe(true)
    expect(e.data!.length).toBeGreaterThan(0)
  })

  it('a refusal clears whatever was shown: no stale records of someone you may not see', async () => {
    const { t, store, entry } = await setup()
    await store.getState().load('insurance', 'P003')
    // The father is unbound on the server meanwhile.
    t.server.state.bindings.find((b) => b.personId === 'P003')!.status = 'unbound'
    await store.getState().load('insurance', 'P003')
    expect(entry('insurance', 'P003')).toMatchObject({ data: null, stale: false, error: '您没有权限查看或办理此人的业务' })
    expect(storage.keys()).not.toContain('person:P003:records-insurance')
  })
})
