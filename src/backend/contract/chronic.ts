import type { Backend } from '@/backend/port'
import type { ProofMaterial, QualificationInput } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

let seq = 0
const rid = () => `chronic-${Date.now().toString(36)}-${++seq}`

const PHOTO = { sizeBytes: 300_000, mime: 'image/jpeg' as const }
const proof = (sizeBytes = PHOTO.sizeBytes): ProofMaterial[] => [
  { kind: 'medical-record', files: [{ ref: `record-${seq}.jpg`, ...PHOTO, sizeBytes }] },
  { kind: 'diagnosis', files: [{ ref: `diagnosis-${seq}.jpg`, ...PHOTO, sizeBytes }] },
]

function application(overrides: Partial<QualificationInput> = {}): QualificationInput {
  return { requestId: rid(), personId: DEMO.mother, disease: 'diabetes', materials: proof(), ...overrides }
}

async function statusOf(b: Backend, personId: string, disease: string) {
  const overview = await b.chronic.overview(personId)
  return overview.diseases.find((d) => d.disease === disease)!
}

export function chronicContract(make: ContractFactory): void {
  describe('门诊慢特病 qualification', () => {
    it('shows the five national diseases with a status each; 王秀英 holds 高血压', async () => {
      const { demo } = await make()
      const overview = await demo.chronic.overview(DEMO.mother)
      expect(overview.diseases.map((d) => d.disease)).toEqual(['hypertension', 'diabetes', 'cancer-therapy', 'dialysis', 'transplant'])
      const hypertension = overview.diseases[0]
      expect(hypertension.status).toBe('approved')
      expect(hypertension.latest?.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(overview.diseases.slice(1).every((d) => d.status === 'none' && d.latest === undefined)).toBe(true)
      expect((await demo.chronic.overview(DEMO.self)).diseases.every((d) => d.status === 'none')).toBe(true)
    })

    it('applies for 糖尿病 for 王秀英: 审核中, then 已认定 with validity after the review, with a message and the 代办 record', async () => {
      const clients = await make()
      const { demo } = clients
      const app = await demo.chronic.apply(application())
      expect(app).toMatchObject({ status: 'reviewing', personId: DEMO.mother, personName: '王秀英', disease: 'diabetes' })
      expect(app.title).toContain('糖尿病')
      expect(app.history[0]).toMatchObject({ status: 'reviewing', actorName: '李明' })
      expect((await statusOf(demo, DEMO.mother, 'diabetes')).status).toBe('reviewing')
      clients.advance(60_000)
      const decided = await demo.chronic.get(app.id)
      expect(decided.status).toBe('approved')
      expect(decided.validFrom! <= decided.validUntil!).toBe(true)
      expect(decided.updatedAt).toBeGreaterThan(app.createdAt)
      expect(decided.history.map((e) => e.status)).toEqual(['reviewing', 'approved'])
      expect((await statusOf(demo, DEMO.mother, 'diabetes')).status).toBe('approved')
      const messages = await demo.messages.list()
      const message = messages.find((m) => m.kind === 'qualification' && m.personId === DEMO.mother)
      expect(message?.title).toBe('门诊慢特病认定已通过')
      expect(message?.body).toContain('糖尿病')
      expect(message?.link).toContain(app.id)
      const delegations = await demo.family.delegations(DEMO.mother)
      expect(delegations.some((d) => d.actorName === '李明' && d.action.includes('糖尿病'))).toBe(true)
    })

    it('is idempotent by requestId: a double tap makes one application; a reused id with another body is refused', async () => {
      const { demo } = await make()
      const input = application()
      const [a, b] = await Promise.all([demo.chronic.apply(input), demo.chronic.apply(input)])
      expect(a.id).toBe(b.id)
      expect((await demo.chronic.list({ personId: DEMO.mother })).filter((q) => q.disease === 'diabetes')).toHaveLength(1)
      await expect(demo.chronic.apply({ ...input, disease: 'dialysis' })).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'IDEMPOTENCY_MISMATCH' },
      })
    })

    it('allows one application per disease at a time, and none while a qualification is valid', async () => {
      const { demo } = await make()
      const first = await demo.chronic.apply(application())
      await expect(demo.chronic.apply(application())).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'APPLICATION_PENDING', relatedId: first.id },
      })
      // Another disease may be applied for meanwhile.
      expect((await demo.chronic.apply(application({ disease: 'dialysis' }))).status).toBe('reviewing')
      await expect(demo.chronic.apply(application({ disease: 'hypertension' }))).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'ALREADY_QUALIFIED' },
      })
    })

    it('rejects unreadable proof with a reason and a message; a new application with new proof may follow', async () => {
      const clients = await make()
      const { demo } = clients
      const blurred = await demo.chronic.apply(application({ materials: proof(1000) }))
      clients.advance(60_000)
      const rejected = await demo.chronic.get(blurred.id)
      expect(rejected.status).toBe('rejected')
      expect(rejected.rejectReason).toMatch(/不清晰/)
      expect((await statusOf(demo, DEMO.mother, 'diabetes')).status).toBe('rejected')
      expect((await demo.messages.list()).some((m) => m.title === '门诊慢特病认定未通过')).toBe(true)
      const again = await demo.chronic.apply(application())
      expect(again.id).not.toBe(rejected.id)
      expect(again.status).toBe('reviewing')
      // The rejected one stays as it was: a decided application never moves again.
      clients.advance(60_000)
      expect((await demo.chronic.get(rejected.id)).status).toBe('rejected')
      expect((await demo.chronic.get(again.id)).status).toBe('approved')
    })

    it('validates the proof server-side with the filing photo rules', async () => {
      const { demo } = await make()
      const missing = demo.chronic.apply(application({ materials: [proof()[0]] }))
      await expect(missing).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fields: { diagnosis: expect.stringMatching(/诊断证明/) } },
      })
      const big = proof()
      big[1].files[0].sizeBytes = 11 * 1024 * 1024
      await expect(demo.chronic.apply(application({ materials: big }))).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fields: { diagnosis: expect.stringMatching(/10MB/) } },
      })
      const gif = proof() as unknown as { files: { mime: string }[] }[]
      gif[0].files[0].mime = 'image/gif'
      await expectBackendError(demo.chronic.apply(application({ materials: gif as unknown as ProofMaterial[] })), 'VALIDATION')
      await expectBackendError(demo.chronic.apply(application({ disease: '糖尿病' as never })), 'VALIDATION')
      await expectBackendError(demo.chronic.apply({ ...application(), requestId: 'x' }), 'VALIDATION')
    })

    it('refuses anyone the caller may not act for, without revealing whether an id exists', async () => {
      const { demo, other, anonymous } = await make()
      const app = await demo.chronic.apply(application())
      await expectBackendError(other.chronic.overview(DEMO.mother), 'FORBIDDEN')
      await expectBackendError(other.chronic.apply(application()), 'FORBIDDEN')
      await expectBackendError(other.chronic.list({ personId: DEMO.mother }), 'FORBIDDEN')
      expect(await other.chronic.list()).toEqual([])
      await expectBackendError(other.chronic.get(app.id), 'NOT_FOUND')
      await expectBackendError(other.chronic.get('CQ9999'), 'NOT_FOUND')
      await expectBackendError(anonymous.chronic.overview(DEMO.mother), 'UNAUTHENTICATED')
      await expectBackendError(demo.chronic.overview(DEMO.unboundRegistered), 'FORBIDDEN')
    })

    it('lists every person’s applications newest change first, filterable by person and status (for 我的办件)', async () => {
      const clients = await make()
      const { demo } = clients
      await demo.chronic.apply(application({ personId: DEMO.self, disease: 'hypertension' }))
      clients.advance(5_000)
      const latest = await demo.chronic.apply(application({ personId: DEMO.father, disease: 'dialysis' }))
      const all = await demo.chronic.list()
      expect(all[0].id).toBe(latest.id)
      const times = all.map((q) => q.updatedAt)
      expect([...times].sort((a, b) => b - a)).toEqual(times)
      expect(all.every((q) => q.title && q.personName && q.status)).toBe(true)
      expect((await demo.chronic.list({ status: ['approved'] })).every((q) => q.status === 'approved')).toBe(true)
      expect((await demo.chronic.list({ personId: DEMO.father })).map((q) => q.personId)).toEqual([DEMO.father])
    })
  })
}
