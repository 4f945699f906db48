import fc from 'fast-check'
import type { Filing, InsuredPlacePolicy } from '@/domain'
import { policyForRegion } from '@/domain/filings/rules'
import {
  answerIneligibility,
  addPhotos,
  draftErrors,
  emptyDraft,
  mimeOf,
  pledgeText,
  placeLabel,
  registrationRows,
  timelineOf,
  toInput,
  withCategory,
  withStartDate,
  type DraftFile,
} from '@/features/filing/model'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const policy: InsuredPlacePolicy = policyForRegion(HENGYANG)
const facts = { name: '王秀英', idNumberMasked: '4304**********2421', insuredRegion: HENGYANG, insuranceTypeLabel: '职工医保' }

describe('photos', () => {
  it('knows jpg and png from the MIME type or, on weapp, from the extension', () => {
    expect(mimeOf({ path: 'blob:http://x/1', type: 'image/png' })).toBe('image/png')
    expect(mimeOf({ path: 'wxfile://tmp_abc.JPG' })).toBe('image/jpeg')
    expect(mimeOf({ path: 'wxfile://tmp_abc.jpeg' })).toBe('image/jpeg')
    expect(mimeOf({ path: 'blob:http://x/1', type: 'image/gif' })).toBeNull()
    expect(mimeOf({ path: 'wxfile://tmp_abc.heic' })).toBeNull()
  })

  it('keeps at most 5 photos per item and refuses a batch that breaks a rule, keeping the old ones', () => {
    const pick = (n: number, size = 1000) => Array.from({ length: n }, (_, i) => ({ path: `p${i}.jpg`, size }))
    const four = addPhotos([], pick(4))
    expect(four).toMatchObject({ error: null })
    expect(four.files).toHaveLength(4)
    const six = addPhotos(four.files, pick(2))
    expect(six.error).toMatch(/最多上传5张/)
    expect(six.files).toHaveLength(4)
    expect(addPhotos([], pick(1, 10 * 1024 * 1024 + 1)).error).toMatch(/10MB/)
    expect(addPhotos([], [{ path: 'a.gif', size: 10 }]).error).toMatch(/jpg 或 png/)
  })

  it('never holds more than 5 photos, whatever is picked (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.record({ path: fc.constantFrom('a.jpg', 'b.png', 'c.gif'), size: fc.integer({ min: 0, max: 12e6 }) }), {
            maxLength: 6,
          }),
          { maxLength: 6 },
        ),
        (batches) => {
          let files: DraftFile[] = []
          for (const batch of batches) files = addPhotos(files, batch).files
          expect(files.length).toBeLessThanOrEqual(5)
          expect(files.every((f) => f.sizeBytes > 0 && f.sizeBytes <= 10 * 1024 * 1024 && f.mime !== undefined)).toBe(true)
        },
      ),
    )
  })
})

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

  it('adds the eligibility rule when it knows the person: the field it belongs to, and the guided start answer', () => {
    const father = { name: '李建国', insuranceType: 'resident' as const, retired: true, insuredRegion: HENGYANG }
    const draft = { ...emptyDraft('posted-worker', '2026-11-23', policy), destination: GUANGZHOU }
    expect(draftErrors(draft, 'P003', '2026-11-23', policy, father).category).toContain('城乡居民医保')
    expect(draftErrors(draft, 'P003', '2026-11-23', policy).category).toBeUndefined()
    expect(answerIneligibility(father, { category: 'posted-worker' })?.subReason).toBe('not-employee')
    expect(answerIneligibility(father, { category: 'retired-resettled' })).toBeNull()
    expect(answerIneligibility({ ...father, insuranceStatus: 'suspended' }, { category: 'other-temporary' })?.subReason).toBe('suspended')
    expect(answerIneligibility({ ...father, insuranceStatus: 'suspended' }, {})).toBeNull()
  })
})

describe('generated documents', () => {
  const draft = {
    ...emptyDraft('long-term-resident', '2026-11-23', policy),
    destination: GUANGZHOU,
    phone: '13907341122',
    address: '广州市天河区体育西路1号',
  }

  it('fills the 登记表 from the draft, with the phone masked', () => {
    const rows = Object.fromEntries(registrationRows(draft, facts).map((r) => [r.label, r.value]))
    expect(rows).toMatchObject({
      姓名: '王秀英',
      人员类别: '异地长期居住人员',
      就医地: '广东省广州市',
      结束日期: '长期有效',
      联系电话: '139****1122',
      备案材料: '个人承诺书（承诺制）',
    })
  })

  it('writes the 承诺书 with the person, place and the consequence of a false promise', () => {
    const text = pledgeText(draft, facts).join('')
    expect(text).toContain('本人王秀英')
    expect(text).toContain('广东省广州市')
    expect(text).toContain('居住证或居住证明')
    expect(text).toContain('追回')
  })

  it('reads municipalities once', () => {
    expect(placeLabel({ provinceName: '北京市', cityName: '北京市' })).toBe('北京市')
    expect(placeLabel({ provinceName: '广东省', cityName: '' })).toBe('广东省（全省）')
  })
})

describe('timeline', () => {
  const base = {
    status: 'reviewing' as const,
    history: [
      { status: 'submitted' as const, at: 1, actorName: '李明' },
      { status: 'reviewing' as const, at: 2 },
    ],
  }

  it('shows who acted, the current step, and what comes next while under review', () => {
    const steps = timelineOf(base)
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['已提交', 'done'],
      ['审核中', 'current'],
      ['审核结果', 'todo'],
    ])
    expect(steps[0].by).toBe('由 李明 代办')
  })

  it('labels later approved events as changes, and a rejection as failed', () => {
    const changed: Pick<Filing, 'status' | 'history'> = {
      status: 'approved',
      history: [
        { status: 'submitted', at: 1 },
        { status: 'approved', at: 2 },
        { status: 'approved', at: 3, note: '变更：…' },
      ],
    }
    expect(timelineOf(changed).map((s) => s.label)).toEqual(['已提交', '已备案', '已变更'])
    const rejected = timelineOf({ status: 'rejected', history: [...base.history, { status: 'rejected', at: 3, note: '不清晰' }] })
    expect(rejected.at(-1)).toMatchObject({ label: '未通过', state: 'failed', note: '不清晰' })
  })
})
