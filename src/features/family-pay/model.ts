// What the 家庭共济 page says, as pure functions (POLICY.md "家庭共济"; 国办发〔2021〕14号, 〔2024〕38号).
import {
  FAMILY_PAY_SOURCES,
  INSURANCE_TYPE_LABELS,
  type DueContribution,
  type FamilyPayment,
  type FamilyPayOverview,
  type FamilyPayRelationship,
  type FamilyPayRelative,
} from '@/domain'
import { formatDateCn } from '@/lib/dates'
import { formatYuan } from '@/lib/money'

/** What 家庭共济 is and is not, each line with its source. */
export const FAMILY_PAY_EXPLAINER: readonly string[] = [
  `职工医保个人账户可以支付配偶、父母、子女的就医个人负担费用，以及他们参加城乡居民医保的个人缴费（${FAMILY_PAY_SOURCES.scheme}）。`,
  '钱直接付给家人的医疗费用或医保缴费，不会转到家人的账户里；城乡居民医保的家人没有个人账户，正是主要受益人。',
  `2024年起部分地区扩展到其他近亲属和跨省共济（${FAMILY_PAY_SOURCES.extension}），以参保地规定为准。`,
  '需要先在“家庭成员”中绑定家人（亲情账户），再由您本人开通共济；每一笔支出都会记在您的个人账户明细里，也会出现在家人的缴费或结算记录中。',
]

export const who = (r: { name: string; kinship: string }) => `${r.name}（${r.kinship}）`

/** `2026年9月1日—12月31日` */
export function windowText(due: Pick<DueContribution, 'windowFrom' | 'windowTo'>): string {
  const to = formatDateCn(due.windowTo)
  return `${formatDateCn(due.windowFrom)}—${due.windowFrom.slice(0, 4) === due.windowTo.slice(0, 4) ? to.replace(/^\d{4}年/, '') : to}`
}

/** The one line under a relative's name. */
export function relativeSummary(r: FamilyPayRelative): string {
  return `${r.insuredRegion.cityName || r.insuredRegion.provinceName} · ${INSURANCE_TYPE_LABELS[r.insuranceType]}`
}

export type RelativeStage =
  | { kind: 'ineligible'; text: string }
  | { kind: 'payer-unusable'; text: string }
  | { kind: 'not-started' }
  | { kind: 'active'; relationship: FamilyPayRelationship }

/** What a relative's card offers: why not, 开通, or the active relationship. */
export function relativeStage(r: FamilyPayRelative, payer: FamilyPayOverview['payer']): RelativeStage {
  if (r.relationship) return { kind: 'active', relationship: r.relationship }
  if (!r.eligible) return { kind: 'ineligible', text: r.reason ?? '不能为该家人开通家庭共济' }
  if (!payer.usable) return { kind: 'payer-unusable', text: payer.unusableReason ?? '您的个人账户暂不能使用' }
  return { kind: 'not-started' }
}

/** What the account pays for this relative once 共济 is on. */
export function coverageText(r: FamilyPayRelative): string {
  return r.insuranceType === 'resident'
    ? '可代缴城乡居民医保个人缴费；异地就医结算时，个人负担的部分先从您的个人账户支付。'
    : '异地就医结算时，家人个人账户不够支付的个人负担部分，从您的个人账户支付。职工医保费由单位或本人缴纳，不能代缴。'
}

export function startConfirmText(payerName: string, r: FamilyPayRelative): string {
  return `开通后，${payerName}的职工医保个人账户可以为${who(r)}${r.insuranceType === 'resident' ? '缴纳城乡居民医保费，并' : ''}在就医结算时支付个人负担的费用。每笔支出都会通知您，可以随时解除。`
}

export function payConfirmText(payerName: string, r: FamilyPayRelative, due: DueContribution): string {
  return `从${payerName}的职工医保个人账户支付 ${formatYuan(due.amountFen)}，为${who(r)}缴纳${due.year}年度城乡居民医保个人缴费。缴费成功后不能退回。`
}

export function endConfirmText(r: FamilyPayRelationship): string {
  return `解除后，您的个人账户不再为${who({ name: r.beneficiaryName, kinship: r.kinship })}缴费或支付医疗费用。已经支付的记录会保留。`
}

/** A payment as one line: what, and for whom. */
export function paymentLine(p: FamilyPayment): string {
  return p.kind === 'contribution' ? `代缴 ${p.description}` : `支付 ${p.description}`
}

/** Total paid through one relationship, in fen. */
export function paidTotal(r: FamilyPayRelationship): number {
  return r.payments.reduce((sum, p) => sum + p.amountFen, 0)
}

/** Whether the balance covers the contribution; the server re-checks. */
export function canAfford(payer: FamilyPayOverview['payer'], due: DueContribution): boolean {
  return payer.balanceFen >= due.amountFen
}
