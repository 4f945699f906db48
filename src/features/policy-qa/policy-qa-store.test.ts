import { retrying } from '@/backend/retrying'
import { create } from 'zustand'
import type { Backend } from '@/backend'
import type { QaContent } from '@/domain'
import { createTestServer } from '@/backend/mock/test-server'
import { CONTENT_VERSION, ENTRIES } from '@/features/policy-qa/content'
import { policyQaStore } from '@/features/policy-qa/policy-qa-store'

function setup(backend: Backend, saved: QaContent | null = null) {
  const storage: { update: QaContent | null; votes: Record<string, boolean> } = { update: saved, votes: {} }
  const store = create(
    policyQaStore({
      backend,
      bundled: { version: CONTENT_VERSION, entries: ENTRIES },
      loadUpdate: () => storage.update,
      saveUpdate: (u) => void (storage.update = u),
      loadVotes: () => storage.votes,
      saveVotes: (v) => void (storage.votes = v),
      report: (e) => (e instanceof Error ? e.message : '出错了'),
    }),
  )
  return { store, storage }
}

describe('policy Q&A store', () => {
  it('works from the bundled content before (and without) any network', () => {
    const t = createTestServer({ faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: true } })
    const { store } = setup(t.client())
    expect(store.getState().version).toBe(CONTENT_VERSION)
    expect(store.getState().search.search('异地就医备案材料')[0]).toBeDefined()
  })

  it('stays on its content and says so when the update check fails offline', async () => {
    const t = createTestServer({ faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: true } })
    const { store } = setup(t.client())
    await store.getState().checkForUpdate()
    expect(store.getState().updateStatus).toBe('error')
    expect(store.getState().entries).toHaveLength(ENTRIES.length)
  })

  it('applies the delivered update, caches it, and uses it on the next start without asking', async () => {
    const t = createTestServer()
    const { store, storage } = setup(t.client())
    await store.getState().checkForUpdate()
    const { version, byId, search } = store.getState()
    expect(version).not.toBe(CONTENT_VERSION)
    expect(byId['elder-green-channel']).toBeDefined()
    expect(search.search('医保大厅老人绿色通道')[0].id).toBe('elder-green-channel')
    expect(storage.update?.version).toBe(version)

    const offline = createTestServer({ faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: true } })
    const again = setup(offline.client(), storage.update).store
    expect(again.getState().version).toBe(version)
    expect(again.getState().byId['elder-green-channel']).toBeDefined()
  })

  it('sends a vote, remembers it, and (through the app’s retry layer) retries a lost response without counting twice', async () => {
    const t = createTestServer()
    const backend = retrying(await t.signedIn('demo'), { sleep: async () => {} })
    const { store, storage } = setup(backend)
    // The server records the first attempt but the response is lost.
    t.server.faults = { latencyMs: [0, 0], failureRate: 0, timeoutRate: 1, offline: false }
    const first = store.getState().vote('who-can-file', true)
    t.server.faults = { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: false }
    await first
    expect(store.getState().votes['who-can-file']).toEqual({ helpful: true, status: 'sent' })
    expect(storage.votes).toEqual({ 'who-can-file': true })
    expect(t.server.state.qaFeedback.filter((f) => f.entryId === 'who-can-file')).toHaveLength(1)
  })

  it('shows a clear error when the vote cannot be sent', async () => {
    const t = createTestServer()
    const { store } = setup(t.client()) // not signed in
    await store.getState().vote('who-can-file', false)
    expect(store.getState().votes['who-can-file']).toMatchObject({ helpful: false, status: 'error', message: '请先登录' })
  })
})
