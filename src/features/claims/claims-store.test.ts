import { storage } from '@/platform/storage'
import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'
import { errorMessage } from '@/domain'
import { createRequestIds } from '@/app-state/server-state'
import { createClaimStore } from '@/features/claims/claims-store'
import { claimDraftKey, loadClaimDraft, saveClaimDraft } from '@/features/claims/draft-storage'
import { claimDraftErrors, claimTimeline, emptyClaimDraft, toClaimInput, type ClaimDraft } from '@/features/claims/model'
import { claimPolicyFor } from '@/domain/claims/rules'

const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const photo = { ref: 'blob:1', sizeBytes: 200_000, mime: 'image/jpeg' as const, name: 'a.jpg' }

const filled = (overrides: Partial<ClaimDraft> = {}): ClaimDraft => ({
  ...emptyClaimDraft('late-filed', '2026-11-23'),
  hospital: '广州市示例第一人民医院',
  destination: GUANGZHOU,
  admissionDate: '2026-11-01',
  dischargeDate: '2026-11-10',
  amount: '3000.50',
  invoices: [
    { number: 'GZ00000001', amount: '1000' },
    { number: 'GZ00000002', amount: '2000.5' },
  ],
  materials: { invoice: [photo], 'cost-list': [photo] },
  ...overrides,
})

describe('claim form model', () => {
  const policy = claimPolicyFor(JINGMEN)

  it('turns typed yuan into fen and finds nothing wrong with a complete draft', () => {
    const input = toClaimInput(filled(), 'P001')
    expect(input.amountFen).toBe(300_050)
    expect(input.invoices.map((i) => i.amountFen)).toEqual([100_000, 200_050])
    expect(input.materials[0].files[0]).toEqual({ ref: 'blob:1', sizeBytes: 200_000, mime: 'image/jpeg' })
    expect(claimDraftErrors(filled(), 'P001', '2026-11-23', policy)).toEqual({})
  })

  it('says at the field when typed text is not an amount, never sending it as 0', () => {
    const draft = filled({ amount: '3000.505', invoices: [{ number: 'GZ00000001', amount: '一千' }] })
    expect(Number.isNaN(toClaimInput(draft, 'P001').amountFen)).toBe(true)
    const errors = claimDraftErrors(draft, 'P001', '2026-11-23', policy)
    expect(errors.amountFen).toMatch(/金额格式不正确/)
    expect(errors['invoices.0.amountFen']).toMatch(/金额格式不正确/)
  })

  it('checks the window on the discharge date before sending', () => {
    const errors = claimDraftErrors(filled({ admissionDate: '2025-10-01', dischargeDate: '2025-10-10' }), 'P001', '2026-11-23', policy)
    expect(errors.dischargeDate).toMatch(/12个月内/)
  })
})

describe('claim store', () => {
  beforeEach(() => (storage as unknown as { clear(): void }).clear())

  it('keeps each person’s draft under their own key', () => {
    saveClaimDraft('P002', filled())
    expect(claimDraftKey('P002')).toBe('person:P002:claim-draft')
    expect(loadClaimDraft('P003')).toBeNull()
    expect(loadClaimDraft('P002')?.hospital).toBe('广州市示例第一人民医院')
  })

  it('files once when the answer is lost and the app restarts, and clears the draft only then', async () => {
    const t = createTestServer()
    const backend = await t.signedIn()
    saveClaimDraft('P001', filled())
    const store = createClaimStore({ api: backend.claims, filings: backend.filings, report: errorMessage, requestIds: createRequestIds() })
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    await expect(store.submitDraft('P001')).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(loadClaimDraft('P001')).not.toBeNull()
    t.server.faults = NO_FAULTS
    const restarted = createClaimStore({
      api: backend.claims,
      filings: backend.filings,
      report: errorMessage,
      requestIds: createRequestIds(),
    })
    const claim = await restarted.submitDraft('P001')
    expect(loadClaimDraft('P001')).toBeNull()
    expect((await backend.claims.list()).map((c) => c.id)).toEqual([claim.id])
  })

  it('files once for a double tap', async () => {
    const t = createTestServer()
    const backend = await t.signedIn()
    saveClaimDraft('P001', filled())
    const store = createClaimStore({ api: backend.claims, filings: backend.filings, report: errorMessage, requestIds: createRequestIds() })
    const results = await Promise.allSettled([store.submitDraft('P001'), store.submitDraft('P001')])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await backend.claims.list()).toHaveLength(1)
  })

  it('shows the timeline with who acted and the next step to expect', async () => {
    const t = createTestServer()
    const backend = await t.signedIn()
    saveClaimDraft('P002', filled())
    const store = createClaimStore({ api: backend.claims, filings: backend.filings, report: errorMessage, requestIds: createRequestIds() })
    const claim = await store.submitDraft('P002')
    const steps = claimTimeline(claim)
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['已受理', 'current'],
      ['审核中', 'todo'],
    ])
    expect(steps[0].by).toBe('由 李明 代办')
  })
})
