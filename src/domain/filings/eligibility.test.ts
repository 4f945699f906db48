import type { Region } from '@/domain/common'
import { destinationError, policyForRegion } from '@/domain/filings/rules'
import {
  categoryIneligibility,
  destinationIneligibility,
  filingIneligibility,
  statusIneligibility,
  type EligibilityFacts,
} from '@/domain/filings/eligibility'

const HENGYANG: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const CHANGSHA: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430100', cityName: '长沙市' }
const HUNAN: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '', cityName: '' }
const MACAU: Region = { provinceCode: '820000', provinceName: '澳门特别行政区', cityCode: '820100', cityName: '澳门半岛' }
const TAIPEI: Region = { provinceCode: '710000', provinceName: '台湾省', cityCode: '710100', cityName: '台北市' }
const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }

const father: EligibilityFacts = { name: '李建国', insuranceType: 'resident', retired: true, insuredRegion: HENGYANG }
const worker: EligibilityFacts = { name: '陈志强', insuranceType: 'employee', retired: false, insuredRegion: HENGYANG }

describe('filing eligibility', () => {
  it('needs retirement for 异地安置 and 职工医保 for 常驻异地工作, and says which category fits instead', () => {
    expect(categoryIneligibility(worker, 'retired-resettled')).toMatchObject({ subReason: 'not-retired', field: 'category' })
    expect(categoryIneligibility(worker, 'retired-resettled')?.message).toContain('异地长期居住人员')
    expect(categoryIneligibility(father, 'posted-worker')).toMatchObject({ subReason: 'not-employee', field: 'category' })
    expect(categoryIneligibility(father, 'posted-worker')?.message).toMatch(/城乡居民医保.*异地长期居住人员/)
    expect(categoryIneligibility(father, 'retired-resettled')).toBeNull()
    expect(categoryIneligibility(worker, 'posted-worker')).toBeNull()
    for (const category of ['long-term-resident', 'referral', 'emergency', 'other-temporary'] as const) {
      expect(categoryIneligibility(father, category)).toBeNull()
      expect(categoryIneligibility(worker, category)).toBeNull()
    }
  })

  it('refuses anyone whose 参保 is suspended or terminated, before anything else; a record without a status is active', () => {
    expect(statusIneligibility(father)).toBeNull()
    for (const status of ['suspended', 'terminated'] as const) {
      const refusal = filingIneligibility({ ...father, insuranceStatus: status }, 'posted-worker', MACAU)
      expect(refusal).toMatchObject({ subReason: 'suspended', field: 'personId' })
    }
  })

  it('accepts only a mainland 就医地 in another province', () => {
    expect(destinationIneligibility(HENGYANG, MACAU)?.subReason).toBe('not-mainland')
    expect(destinationIneligibility(HENGYANG, TAIPEI)?.subReason).toBe('not-mainland')
    expect(destinationIneligibility(HENGYANG, HENGYANG)?.subReason).toBe('same-city')
    expect(destinationIneligibility(HENGYANG, CHANGSHA)?.subReason).toBe('same-province')
    expect(destinationIneligibility(HENGYANG, HUNAN)?.subReason).toBe('same-province')
    expect(destinationIneligibility(HENGYANG, GUANGZHOU)).toBeNull()
  })

  it('the form check and the server check give the same message', () => {
    const policy = policyForRegion(HENGYANG)
    expect(destinationError(CHANGSHA, policy)).toBe(destinationIneligibility(HENGYANG, CHANGSHA)?.message)
    expect(destinationError(GUANGZHOU, policy)).toBeNull()
  })
})
