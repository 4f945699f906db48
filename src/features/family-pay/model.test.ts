import type { FamilyPayOverview, FamilyPayRelative } from '@/domain'
import { canAfford, FAMILY_PAY_EXPLAINER, payConfirmText, relativeStage, startConfirmText, windowText } from '@/features/family-pay/model'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const payer: FamilyPayOverview['payer'] = { personId: 'P001', name: '李明', balanceFen: 50_000, usable: true }
const due = { year: 2027, amountFen: 40_000, windowFrom: '2026-09-01', windowTo: '2026-12-31', basis: '演示金额' }
const father: FamilyPayRelative = {
  personId: 'P003',
  name: '李建国',
  relation: 'parent',
  kinship: '父亲',
  insuranceType: 'resident',
  insuredRegion: HENGYANG,
  eligible: true,
  dueContribution: due,
}

describe('家庭共济 texts', () => {
  it('says what is paid, for whom, from whose account, with the year and amount', () => {
    expect(payConfirmText('李明', father, due)).toBe(
      '从李明的职工医保个人账户支付 ¥400.00，为李建国（父亲）缴纳2027年度城乡居民医保个人缴费。缴费成功后不能退回。',
    )
    expect(startConfirmText('李明', father)).toContain('缴纳城乡居民医保费')
    expect(startConfirmText('李明', { ...father, insuranceType: 'employee' })).not.toContain('缴纳城乡居民医保费')
    expect(windowText(due)).toBe('2026年9月1日—12月31日')
  })

  it('never describes 家庭共济 as a transfer between accounts, and cites its sources', () => {
    const text = FAMILY_PAY_EXPLAINER.join('')
    expect(text).toContain('国办发〔2021〕14号')
    expect(text).toContain('不会转到家人的账户')
    expect(text).not.toMatch(/转给|转入|转账/)
  })

  it('offers 开通 only to an eligible relative while the holder’s account is usable', () => {
    expect(relativeStage(father, payer)).toEqual({ kind: 'not-started' })
    expect(relativeStage({ ...father, eligible: false, reason: '只能为配偶、父母、子女' }, payer)).toEqual({
      kind: 'ineligible',
      text: '只能为配偶、父母、子女',
    })
    expect(relativeStage(father, { ...payer, usable: false, unusableReason: '暂停使用' })).toEqual({
      kind: 'payer-unusable',
      text: '暂停使用',
    })
    expect(canAfford(payer, due)).toBe(true)
    expect(canAfford({ ...payer, balanceFen: 39_999 }, due)).toBe(false)
  })
})
