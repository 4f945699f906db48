// The generated documents: the 备案登记表 and the 个人承诺书, filled in from the draft.
import { pledgeCoverageClause } from '@/domain/coverage'
import { dateCn, groupOf, PROOF_MATERIAL, requiredUploads } from '@/domain/filings/rules'
import { FILING_CATEGORY_LABELS, MATERIAL_KIND_LABELS, type Region } from '@/domain'
import { placeLabel } from '@/features/filing/display'
import type { FilingDraft } from '@/features/filing/draft'

export interface FormRow {
  label: string
  value: string
}

export interface PersonFacts {
  name: string
  idNumberMasked: string
  insuredRegion: Region
  insuranceTypeLabel: string
}

/** The 备案登记表, generated from the draft (seed 003 item 13). */
export function registrationRows(draft: FilingDraft, person: PersonFacts): FormRow[] {
  const category = draft.category ?? 'other-temporary'
  const temporary = groupOf(category) === 'temporary'
  const rows: FormRow[] = [
    { label: '姓名', value: person.name },
    { label: '身份证号', value: person.idNumberMasked },
    { label: '参保地', value: placeLabel(person.insuredRegion) },
    { label: '险种', value: person.insuranceTypeLabel },
    { label: '人员类别', value: FILING_CATEGORY_LABELS[category] },
    { label: '就医地', value: placeLabel(draft.destination) },
    { label: '开始日期', value: draft.startDate ? dateCn(draft.startDate) : '' },
    { label: '结束日期', value: temporary ? (draft.endDate ? dateCn(draft.endDate) : '') : '长期有效' },
    { label: '联系电话', value: maskPhoneText(draft.phone) },
    { label: '就医地居住地址', value: draft.address.trim() },
  ]
  if (category === 'referral') rows.push({ label: '转出医院', value: draft.referringHospital.trim() })
  const proof = PROOF_MATERIAL[category]
  const uploads = requiredUploads(category, draft.usePledge)
  rows.push({
    label: '备案材料',
    value:
      draft.usePledge && proof
        ? '个人承诺书（承诺制）'
        : uploads.length
          ? uploads.map((k) => `${MATERIAL_KIND_LABELS[k]} ${(draft.materials[k] ?? []).length}张`).join('；')
          : '无需其他材料',
  })
  if (draft.lateInHospital) rows.push({ label: '补办', value: '已入院、尚未出院结算' })
  return rows
}

function maskPhoneText(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '')
  return digits.length === 11 ? `${digits.slice(0, 3)}****${digits.slice(-4)}` : digits
}

/** The 个人承诺书 text, with the person's facts filled in. */
export function pledgeText(draft: FilingDraft, person: PersonFacts): string[] {
  const category = draft.category ?? 'long-term-resident'
  const proof = PROOF_MATERIAL[category]
  return [
    `本人${person.name}（身份证号 ${person.idNumberMasked}），参保地为${placeLabel(person.insuredRegion)}，现申请办理跨省异地就医备案，人员类别为${FILING_CATEGORY_LABELS[category]}，就医地为${placeLabel(draft.destination)}。`,
    `本人承诺符合该类人员的备案条件${proof ? `，因暂时无法提供${MATERIAL_KIND_LABELS[proof]}，以本承诺书代替` : ''}，所填信息真实、准确、完整。`,
    '如有虚假承诺，本人愿意承担相应责任：备案将被撤销，已由医保基金支付的费用予以追回，并按规定记入个人信用记录。',
    pledgeCoverageClause(),
  ]
}
