import { storage } from '@/platform/storage'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'
import { draftKey, loadDraft, saveDraft } from '@/features/filing/draft-storage'
import { createFilingStore } from '@/features/filing/filing-store'
import { emptyDraft } from '@/features/filing/model'

const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }

async function setup() {
  const t = createTestServer()
  const backend = await t.signedIn()
  const store = createFilingStore(backend)
  const policy = await backend.filings.policyFor('P002')
  saveDraft('P002', {
    ...emptyDraft('long-term-resident', '2026-11-24', policy),
    destination: GUANGZHOU,
    phone: '13907341122',
    address: '广州市天河区体育西路1号',
  })
  return { t, backend, store }
}

describe('filing store', () => {
  beforeEach(() => (storage as unknown as { clear(): void }).clear())

  it('keeps the draft and its request id when the response is lost, so the retry files once', async () => {
    const { t, backend, store } = await setup()
    const requestId = loadDraft('P002')!.requestId
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(store.getState().submitDraft('P002')).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(loadDraft('P002')?.requestId).toBe(requestId)
    t.server.faults = NO_FAULTS
    const filing = await store.getState().submitDraft('P002')
    expect(loadDraft('P002')).toBeNull()
    const forPlace = (await backend.filings.list({ personId: 'P002' })).filter((f) => f.destination.cityCode === GUANGZHOU.cityCode)
    expect(forPlace.map((f) => f.id)).toEqual([filing.id])
    expect(store.getState().byId[filing.id].status).toBe('approved')
  })

  it('keeps each person’s draft under their own key', async () => {
    await setup()
    expect(draftKey('P002')).toBe('person:P002:filing-draft')
    expect(loadDraft('P003')).toBeNull()
    expect(loadDraft('P002')?.address).toBe('广州市天河区体育西路1号')
  })

  it('retries a cancel with the same request id after a lost response, instead of being told it is already cancelled', async () => {
    const { t, store } = await setup()
    const filing = await store.getState().submitDraft('P002')
    t.advance(200 * 24 * 3600 * 1000)
    // Keep the session alive across the jump in time.
    for (const session of t.server.state.sessions) session.expiresAt = t.now() + 3600_000
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(store.getState().cancel(filing.id)).rejects.toMatchObject({ code: 'TIMEOUT' })
    t.server.faults = NO_FAULTS
    expect((await store.getState().cancel(filing.id)).status).toBe('cancelled')
  })

  it('forgets a loaded filing once the server refuses it (after unbinding), but keeps it when offline', async () => {
    const { t, backend, store } = await setup()
    await store.getState().loadOne('FS0001')
    expect(store.getState().byId.FS0001?.personName).toBe('王秀英')

    t.server.faults = { ...NO_FAULTS, offline: true }
    await store.getState().loadOne('FS0001')
    expect(store.getState().byId.FS0001).toBeDefined()

    t.server.faults = NO_FAULTS
    const mother = (await backend.family.list()).find((m) => m.personId === 'P002')!
    await backend.family.unbind(mother.bindingId)
    await store.getState().loadOne('FS0001')
    expect(store.getState().byId.FS0001).toBeUndefined()
    expect(store.getState().items.some((f) => f.id === 'FS0001')).toBe(false)
    expect(store.getState().detailError).toBe('您没有权限查看或办理此人的业务')
  })

  it('loads the list and reports errors in Chinese', async () => {
    const { t, store } = await setup()
    await store.getState().load()
    expect(store.getState().items.map((f) => f.id)).toEqual(expect.arrayContaining(['FS0001', 'FS0002', 'FS0003']))
    t.server.faults = { ...NO_FAULTS, offline: true }
    await store.getState().load()
    expect(store.getState().error).toBe('网络连接失败，请检查网络后重试')
    expect(store.getState().items.length).toBeGreaterThan(0)
  })
})
