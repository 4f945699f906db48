import { BackendError } from '@/domain'
import { createTestServer } from '@/backend/mock/test-server'
import { createCasesStore } from '@/features/cases/cases-store'

describe('我的办件 store', () => {
  it('shows the kinds that loaded and names the ones that did not, instead of an empty list', async () => {
    const demo = await createTestServer().signedIn('demo')
    const store = createCasesStore({
      api: { ...demo, chronic: { ...demo.chronic, list: () => Promise.reject(new BackendError('NETWORK')) } },
      report: () => '网络不给力',
    })
    const entry = await store.list.load()
    expect(entry.error).toBeNull()
    expect(entry.data!.missing).toEqual(['chronic'])
    expect(entry.data!.items.length).toBeGreaterThan(0)
    expect(entry.data!.items.every((c) => c.kind === 'filing')).toBe(true)
  })

  it('fails as a whole (with retry) only when nothing loaded', async () => {
    const down = () => Promise.reject(new BackendError('NETWORK'))
    const demo = await createTestServer().signedIn('demo')
    const store = createCasesStore({
      api: {
        filings: { ...demo.filings, list: down },
        chronic: { ...demo.chronic, list: down },
        claims: { ...demo.claims, list: down },
        transfers: { ...demo.transfers, list: down },
      },
      report: () => '网络不给力',
    })
    const entry = await store.list.load()
    expect(entry.error).toBe('网络不给力')
    expect(entry.data).toBeNull()
  })
})
