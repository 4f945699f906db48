import type { InsuredPlacePolicy } from '@/domain'
import { policyForRegion } from '@/domain/filings/rules'
import { placeLabel } from '@/features/filing/display'
import { pledgeText, registrationRows } from '@/features/filing/documents'
import { emptyDraft } from '@/features/filing/draft'

const HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const policy: InsuredPlacePolicy = policyForRegion(HENGYANG)
const facts = { name: '王秀英', idNumberMasked: '4304**********2421', insuredRegion: HENGYANG, insuranceTypeLabel: '职工医保' }

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
