import { storage } from '@/platform/storage'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'
import { errorMessage } from '@/domain'
import { createRequestIds } from '@/app-state/server-state'
import { createChronicStore } from '@/features/chronic/chronic-store'
import { chronicDraftKey, loadChronicDraft, saveChronicDraft } from '@/features/chronic/draft-storage'
import { applyBlock, draftErrors, emptyChronicDraft, filingQualificationLines, qualifiedDiseases } from '@/features/chronic/model'

const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const photo = (ref: string) => ({ ref, sizeBytes: 300_000, mime: 'image/jpeg' as const, name: ref })

function fullDraft() {
  return {
    ...emptyChronicDraft('diabetes'),
    materials: { 'medical-record': [photo('record.jpg')], diagnosis: [photo('diagnosis.jpg')] },
  }
}

describe('门诊慢特病 draft and store', () => {
  beforeEach(() => (storage as unknown as { clear(): void }).clear())

  it('says what the draft is missing, at the field', () => {
    expect(draftErrors(emptyChronicDraft(null))).toEqual({
      disease: '请选择申请认定的病种',
      'medical-record': expect.stringMatching(/病历/),
      diagnosis: expect.stringMatching(/诊断证明/),
    })
    expect(draftErrors(fullDraft())).toEqual({})
  })

  it('keeps each person’s draft under their own key, and drops junk read back from storage', () => {
    saveChronicDraft('P002', fullDraft())
    expect(chronicDraftKey('P002')).toBe('person:P002:chronic-draft')
    expect(loadChronicDraft('P002')?.disease).toBe('diabetes')
    expect(loadChronicDraft('P003')).toBeNull()
    saveChronicDraft('P003', { ...fullDraft(), disease: 'flu' as never })
    expect(loadChronicDraft('P003')?.disease).toBeNull()
  })

  it('submits the draft once even when the answer is lost and the app restarts, then clears it', async () => {
    const t = createTestServer()
    const backend = await t.signedIn()
    saveChronicDraft('P002', fullDraft())
    const store = createChronicStore({ api: backend.chronic, report: errorMessage, requestIds: createRequestIds() })
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(store.submitDraft('P002')).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(loadChronicDraft('P002')).not.toBeNull()
    t.server.faults = NO_FAULTS
    const restarted = createChronicStore({ api: backend.chronic, report: errorMessage, requestIds: createRequestIds() })
    const app = await restarted.submitDraft('P002')
    expect(loadChronicDraft('P002')).toBeNull()
    const diabetes = (await backend.chronic.list({ personId: 'P002' })).filter((q) => q.disease === 'diabetes')
    expect(diabetes.map((q) => q.id)).toEqual([app.id])
    // The form now refuses a second one for the same disease, before asking the server.
    const overview = await backend.chronic.overview('P002')
    expect(applyBlock(overview.diseases, 'diabetes', '2026-11-23')).toMatch(/审核中/)
    expect(applyBlock(overview.diseases, 'dialysis', '2026-11-23')).toBeNull()
  })

  it('gives the filing detail page one line per valid qualification, and the finder the disease to preselect', async () => {
    const t = createTestServer()
    const backend = await t.signedIn()
    const store = createChronicStore({ api: backend.chronic, report: errorMessage, requestIds: createRequestIds() })
    const today = new Date(t.server.now() + 8 * 3600e3).toISOString().slice(0, 10)
    const apps = await backend.chronic.list()
    expect(qualifiedDiseases(apps, 'P002', today)).toEqual(['hypertension'])
    expect(qualifiedDiseases(apps, 'P001', today)).toEqual([])
    expect(filingQualificationLines(JINGMEN, ['hypertension'])).toEqual(['在湖北省荆门市可直接结算高血压门诊费用'])
    expect(await store.qualifiedFor('P001')).toEqual([])
  })
})
