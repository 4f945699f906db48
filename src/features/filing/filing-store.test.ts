import { storage } from '@/platform/storage'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'
import { draftKey, loadDraft, saveDraft } from '@/features/filing/draft-storage'
import { errorMessage } from '@/domain'
import { createRequestIds } from '@/app-state/server-state'
import { createFilingStore, policyIsStale } from '@/features/filing/filing-store'
import { emptyDraft } from '@/features/filing/draft'

const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }

async function setup() {
  const t = createTestServer()
  const backend = await t.signedIn()
  const requestIds = createRequestIds()
  const filings = createFilingStore({ api: backend.filings, report: errorMessage, requestIds })
  const policy = await backend.filings.policyFor('P002')
  saveDraft('P002', {
    ...emptyDraft('long-term-resident', '2026-11-24', policy),
    destination: GUANGZHOU,
    phone: '13907341122',
    address: '广州市天河区体育西路1号',
  })
  return { t, backend, filings, requestIds }
}

describe('filing store', () => {
  beforeEach(() => (storage as unknown as { clear(): void }).clear())

  it('keeps the draft and its request id when the response is lost, even across a restart, so the retry files once', async () => {
    const { t, backend, filings } = await setup()
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(filings.submitDraft('P002')).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(loadDraft('P002')).not.toBeNull()
    t.server.faults = NO_FAULTS
    // A new store (the app restarted) over the same device storage.
    const restarted = createFilingStore({ api: backend.filings, report: errorMessage, requestIds: createRequestIds() })
    const filing = await restarted.submitDraft('P002')
    expect(loadDraft('P002')).toBeNull()
    const forPlace = (await backend.filings.list({ personId: 'P002' })).filter((f) => f.destination.cityCode === GUANGZHOU.cityCode)
    expect(forPlace.map((f) => f.id)).toEqual([filing.id])
    expect(restarted.byId.peek(filing.id).data?.status).toBe('approved')
  })

  it('keeps each person’s draft under their own key', async () => {
    await setup()
    expect(draftKey('P002')).toBe('person:P002:filing-draft')
    expect(loadDraft('P003')).toBeNull()
    expect(loadDraft('P002')?.address).toBe('广州市天河区体育西路1号')
  })

  it('retries a cancel with the same request id after a lost response, instead of being told it is already cancelled', async () => {
    const { t, filings } = await setup()
    const filing = await filings.submitDraft('P002')
    t.advance(200 * 24 * 3600 * 1000)
    // Keep the session alive across the jump in time.
    for (const session of t.server.state.sessions) session.expiresAt = t.now() + 3600_000
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(filings.cancel(filing.id)).rejects.toMatchObject({ code: 'TIMEOUT' })
    t.server.faults = NO_FAULTS
    expect((await filings.cancel(filing.id)).status).toBe('cancelled')
  })

  it('forgets a loaded filing once the server refuses it (after unbinding), but keeps it when offline', async () => {
    const { t, backend, filings } = await setup()
    await filings.list.load()
    await filings.loadOne('FS0001')
    expect(filings.byId.peek('FS0001').data?.personName).toBe('王秀英')

    t.server.faults = { ...NO_FAULTS, offline: true }
    await filings.loadOne('FS0001')
    expect(filings.byId.peek('FS0001')).toMatchObject({ stale: true, data: { id: 'FS0001' } })

    t.server.faults = NO_FAULTS
    const mother = (await backend.family.list()).find((m) => m.personId === 'P002')!
    await backend.family.unbind(mother.bindingId)
    await filings.loadOne('FS0001')
    expect(filings.byId.peek('FS0001')).toMatchObject({ data: null, error: '没有找到该备案，或您已无权查看（例如已解除亲情账户绑定）' })
    expect(filings.list.peek().data!.some((f) => f.id === 'FS0001')).toBe(false)
  })

  it('loads the list and reports errors in Chinese', async () => {
    const { t, filings } = await setup()
    await filings.list.load()
    expect(filings.list.peek().data!.map((f) => f.id)).toEqual(expect.arrayContaining(['FS0001', 'FS0002', 'FS0003']))
    t.server.faults = { ...NO_FAULTS, offline: true }
    await filings.list.load()
    expect(filings.list.peek().error).toBe('网络连接失败，请检查网络后重试')
    expect(filings.list.peek().data!.length).toBeGreaterThan(0)
  })
})

describe('the 参保地 policy the form checks against', () => {
  it('is reloaded when the person’s 参保地 is no longer the cached policy’s (after a 转移接续), and kept otherwise', async () => {
    const backend = await createTestServer().signedIn()
    const jingmen = await backend.filings.policyFor('P001')
    expect(policyIsStale(null, '420800')).toBe(true)
    expect(policyIsStale(jingmen, jingmen.insuredRegion.cityCode)).toBe(false)
    // The profile not loaded yet: keep what we have.
    expect(policyIsStale(jingmen, undefined)).toBe(false)
    expect(policyIsStale(jingmen, GUANGZHOU.cityCode)).toBe(true)
  })
})
