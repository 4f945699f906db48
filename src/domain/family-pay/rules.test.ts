import {
  beneficiaryProblem,
  collectionYear,
  DEFAULT_FAMILY_PAY_POLICY,
  familyPayPolicyFor,
  residentContribution,
} from '@/domain/family-pay/rules'

const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const WUHAN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' }
const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }

describe('家庭共济 rules (POLICY.md 家庭共济)', () => {
  it('covers spouse, parents and children; other relatives only where the 参保地 has extended it', () => {
    for (const relation of ['spouse', 'parent', 'child'] as const)
      expect(beneficiaryProblem(relation, JINGMEN, WUHAN, DEFAULT_FAMILY_PAY_POLICY)).toBeNull()
    expect(beneficiaryProblem('other', JINGMEN, WUHAN, DEFAULT_FAMILY_PAY_POLICY)?.subReason).toBe('not-close-relative')
    expect(beneficiaryProblem('other', JINGMEN, WUHAN, { ...DEFAULT_FAMILY_PAY_POLICY, otherRelativesAllowed: true })).toBeNull()
  })

  it('crosses provinces only where the 参保地 has joined (demo: 荆门)', () => {
    expect(beneficiaryProblem('parent', WUHAN, HENGYANG, familyPayPolicyFor(WUHAN))?.subReason).toBe('cross-province-not-joined')
    expect(beneficiaryProblem('parent', JINGMEN, HENGYANG, familyPayPolicyFor(JINGMEN))).toBeNull()
  })

  it('collects next year’s contribution from September to December (seed 004), nothing outside', () => {
    expect(collectionYear('2026-11-23', DEFAULT_FAMILY_PAY_POLICY)).toEqual({ year: 2027, from: '2026-09-01', to: '2026-12-31' })
    expect(collectionYear('2026-08-31', DEFAULT_FAMILY_PAY_POLICY)).toBeNull()
    expect(collectionYear('2027-01-05', DEFAULT_FAMILY_PAY_POLICY)).toBeNull()
  })

  it('uses the national minimum of the year where known, else says the amount is the latest known and a demo', () => {
    expect(residentContribution(2023)).toEqual({ amountFen: 38_000, basis: '2023年全国城乡居民医保个人缴费最低标准为380元' })
    expect(residentContribution(2024).amountFen).toBe(40_000)
    const later = residentContribution(2027)
    expect(later.amountFen).toBe(40_000)
    expect(later.basis).toContain('2024年')
    expect(later.basis).toContain('2027年度标准以参保地公布为准')
  })
})
