import type { InsuredPlacePolicy } from '@/domain'
import { policyForRegion } from '@/domain/filings/rules'
import type { DraftFile } from '@/domain/photos'
import { draftErrors, emptyDraft, toInput, withCategory, withStartDate } from '@/features/filing/draft'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const policy: InsuredPlacePolicy = policyForRegion(HENGYANG)

describe('the draft', () => {
  it('starts a temporary draft with an end date at the minimum validity, and long-term drafts on 承诺制', () => {
    expect(emptyDraft('other-temporary', '2026-11-23', policy)).toMatchObject({
      startDate: '2026-11-23',
      endDate: '2027-05-23',
      usePledge: false,
    })
    expect(emptyDraft('long-term-resident', '2026-11-23', policy)).toMatchObject({ endDate: '', usePledge: true })
  })

  it('moves the end date along with a later start, but keeps a longer chosen end', () => {
    const draft = { ...emptyDraft('referral', '2026-11-23', policy), endDate: '2027-05-23' }
    expect(withStartDate(draft, '2026-12-10', policy).endDate).toBe('2027-06-10')
    expect(withStartDate({ ...draft, endDate: '2027-11-01' }, '2026-12-10', policy).endDate).toBe('2027-11-01')
  })

  it('switching category keeps the place and contact details', () => {
    const draft = {
      ...emptyDraft('long-term-resident', '2026-11-23', policy),
      destination: GUANGZHOU,
      phone: '13907341122',
      address: '广州市天河区1号',
    }
    const switched = withCategory(draft, 'referral', policy)
    expect(switched).toMatchObject({ destination: GUANGZHOU, phone: '13907341122', usePledge: false, endDate: '2027-05-23' })
  })

  it('sends only the materials the category needs, and keeps the request id', () => {
    const photo: DraftFile = { ref: 'p.jpg', sizeBytes: 5000, mime: 'image/jpeg', name: 'p.jpg' }
    const draft = {
      ...emptyDraft('long-term-resident', '2026-11-23', policy),
      materials: { 'residence-proof': [photo], 'referral-letter': [photo] },
    }
    expect(toInput(draft, 'P002').materials).toEqual([])
    const input = toInput({ ...draft, usePledge: false }, 'P002')
    expect(input.materials).toEqual([{ kind: 'residence-proof', files: [{ ref: 'p.jpg', sizeBytes: 5000, mime: 'image/jpeg' }] }])
  })

  it('reports the same field errors as the server', () => {
    const draft = { ...emptyDraft('referral', '2026-11-23', policy), destination: HENGYANG, phone: '123' }
    expect(Object.keys(draftErrors(draft, 'P002', '2026-11-23', policy)).sort()).toEqual([
      'address',
      'destination',
      'materials',
      'phone',
      'referringHospital',
    ])
    expect(draftErrors({ ...draft, category: null }, 'P002', '2026-11-23', policy)).toHaveProperty('personId')
  })

  it('adds the eligibility rule when it knows the person: on the field it belongs to', () => {
    const father = { name: '李建国', insuranceType: 'resident' as const, retired: true, insuredRegion: HENGYANG }
    const draft = { ...emptyDraft('posted-worker', '2026-11-23', policy), destination: GUANGZHOU }
    expect(draftErrors(draft, 'P003', '2026-11-23', policy, father).category).toContain('城乡居民医保')
    expect(draftErrors(draft, 'P003', '2026-11-23', policy).category).toBeUndefined()
  })
})
