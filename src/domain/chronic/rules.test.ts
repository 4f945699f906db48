import fc from 'fast-check'
import type { ApplicationStatus, Qualification } from '@/domain'
import {
  CHRONIC_DISEASE_IDS,
  CHRONIC_DISEASE_LABELS,
  CHRONIC_DISEASES,
  COVERAGE_KIND_LABELS,
  type ChronicDiseaseId,
} from '@/domain/coverage'
import {
  applyRefusal,
  canMove,
  diseaseStatuses,
  isValidOn,
  proofErrors,
  QUALIFICATION_TRANSITIONS,
  settlesAtLine,
  validUntil,
} from '@/domain/chronic/rules'

const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }

let n = 0
function app(disease: ChronicDiseaseId, status: ApplicationStatus, extra: Partial<Qualification> = {}): Qualification {
  n++
  return {
    id: `CQ${String(n).padStart(4, '0')}`,
    personId: 'P002',
    personName: '王秀英',
    disease,
    status,
    title: '',
    insuredRegion: JINGMEN,
    materials: [],
    history: [],
    createdAt: n * 1000,
    updatedAt: n * 1000,
    ...(status === 'approved' ? { validFrom: '2026-01-01', validUntil: '2027-12-31' } : {}),
    ...extra,
  }
}

const photo = (sizeBytes = 300_000, mime: 'image/jpeg' | 'image/png' = 'image/jpeg') => ({ ref: 'a.jpg', sizeBytes, mime })

describe('门诊慢特病 rules', () => {
  it('names the five national diseases of POLICY.md by typed id, and one label map for the three kinds', () => {
    expect(CHRONIC_DISEASE_IDS).toHaveLength(5)
    expect(CHRONIC_DISEASES).toEqual(['高血压', '糖尿病', '恶性肿瘤门诊放化疗', '尿毒症透析', '器官移植术后抗排异治疗'])
    expect(CHRONIC_DISEASE_LABELS.diabetes).toBe('糖尿病')
    expect(COVERAGE_KIND_LABELS).toEqual({ inpatient: '住院', outpatient: '普通门诊', chronic: '门诊慢特病' })
  })

  it('only decides an application under review, and never moves a decided one', () => {
    expect(canMove('reviewing', 'approved')).toBe(true)
    expect(canMove('reviewing', 'rejected')).toBe(true)
    const statuses = Object.keys(QUALIFICATION_TRANSITIONS) as ApplicationStatus[]
    fc.assert(
      fc.property(fc.constantFrom(...statuses), fc.constantFrom(...statuses), (from, to) => {
        if (from !== 'reviewing') expect(canMove(from, to)).toBe(false)
        if (from === to) expect(canMove(from, to)).toBe(false)
      }),
    )
  })

  it('allows one application per disease at a time; a valid qualification needs none; a rejected one may be resubmitted', () => {
    const today = '2026-06-01'
    expect(applyRefusal([], 'diabetes', today)).toBeNull()
    expect(applyRefusal([app('diabetes', 'reviewing')], 'diabetes', today)?.reason).toBe('APPLICATION_PENDING')
    expect(applyRefusal([app('diabetes', 'reviewing')], 'dialysis', today)).toBeNull()
    expect(applyRefusal([app('diabetes', 'approved')], 'diabetes', today)?.reason).toBe('ALREADY_QUALIFIED')
    expect(applyRefusal([app('diabetes', 'rejected')], 'diabetes', today)).toBeNull()
    // Past its end, an approved qualification may be applied for again.
    expect(applyRefusal([app('diabetes', 'approved', { validUntil: '2026-05-31' })], 'diabetes', today)).toBeNull()
    // The latest application counts: rejected, then resubmitted and pending.
    expect(applyRefusal([app('diabetes', 'rejected'), app('diabetes', 'reviewing')], 'diabetes', today)?.reason).toBe('APPLICATION_PENDING')
  })

  it('gives each of the five diseases a status from its latest application', () => {
    const today = '2026-06-01'
    const statuses = diseaseStatuses([app('hypertension', 'approved'), app('diabetes', 'rejected'), app('diabetes', 'reviewing')], today)
    expect(statuses.map((s) => [s.disease, s.status])).toEqual([
      ['hypertension', 'approved'],
      ['diabetes', 'reviewing'],
      ['cancer-therapy', 'none'],
      ['dialysis', 'none'],
      ['transplant', 'none'],
    ])
    expect(diseaseStatuses([app('hypertension', 'approved', { validUntil: '2026-05-01' })], today)[0].status).toBe('none')
  })

  it('needs both 病历 and 诊断证明, each with the filing photo rules', () => {
    expect(proofErrors([])).toEqual({ 'medical-record': expect.stringMatching(/病历/), diagnosis: expect.stringMatching(/诊断证明/) })
    const ok = [
      { kind: 'medical-record' as const, files: [photo()] },
      { kind: 'diagnosis' as const, files: [photo(200_000, 'image/png')] },
    ]
    expect(proofErrors(ok)).toEqual({})
    expect(proofErrors([ok[0], { kind: 'diagnosis', files: [photo(11 * 1024 * 1024)] }]).diagnosis).toMatch(/10MB/)
    expect(proofErrors([ok[0], { kind: 'diagnosis', files: Array.from({ length: 6 }, () => photo()) }]).diagnosis).toMatch(/5张/)
    expect(proofErrors([ok[0], { kind: 'diagnosis', files: [photo(0)] }]).diagnosis).toMatch(/为空/)
  })

  it('is valid from the decision until its end date, inclusive', () => {
    const until = validUntil('2026-02-28')
    expect(until).toBe('2028-02-28')
    const q = { status: 'approved' as const, validUntil: until }
    expect(isValidOn(q, '2028-02-28')).toBe(true)
    expect(isValidOn(q, '2028-02-29')).toBe(false)
    expect(isValidOn({ status: 'rejected', validUntil: until }, '2026-03-01')).toBe(false)
  })

  it('says on a filing what the person can settle in the 就医地', () => {
    expect(settlesAtLine(JINGMEN, 'diabetes')).toBe('在湖北省荆门市可直接结算糖尿病门诊费用')
  })
})
