import { answerIneligibility } from '@/features/filing/category-guide'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }

describe('the guided start', () => {
  it("tells early which answers this person cannot use, by the server's eligibility rule", () => {
    const father = { name: '李建国', insuranceType: 'resident' as const, retired: true, insuredRegion: HENGYANG }
    expect(answerIneligibility(father, { category: 'posted-worker' })?.subReason).toBe('not-employee')
    expect(answerIneligibility(father, { category: 'retired-resettled' })).toBeNull()
    expect(answerIneligibility({ ...father, insuranceStatus: 'suspended' }, { category: 'other-temporary' })?.subReason).toBe('suspended')
    expect(answerIneligibility({ ...father, insuranceStatus: 'suspended' }, {})).toBeNull()
  })
})
