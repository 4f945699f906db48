// The 手工报销 claim rules, pure and shared: the mock enforces them, the form checks them early.
import type { Fen, InsuranceType, IsoDate, Region } from '@/domain/common'
import type { Claim, ClaimAssessment, ClaimBasis, ClaimInput, ClaimInvoice, ClaimPolicy, ClaimStatus } from '@/domain/claims/types'
import { NOT_MAINLAND_PROVINCES } from '@/domain/filings/eligibility'
import {
  addMonthsIso,
  dateCn,
  DEFAULT_POLICY_VALUES,
  filesError,
  isRealDate,
  LOCAL_POLICIES,
  UNREADABLE_BELOW_BYTES,
} from '@/domain/filings/rules'
import type { FilingCategory } from '@/domain/filings/types'
import { fundShare } from '@/domain/records/payment'
import { formatYuan } from '@/lib/money'

// ---------------------------------------------------------------- policy ([local] values)

/** Defaults: one year after discharge (issue 16), ¥2,000,000 a claim, 20 invoices. */
export const DEFAULT_CLAIM_POLICY: Omit<ClaimPolicy, 'insuredRegion'> = {
  windowMonths: 12,
  maxAmountFen: 200_000_000,
  maxInvoices: 20,
}

/** Per 参保地 (city code) overrides. None of the demo's three 参保地 has a sourced different window yet. */
export const LOCAL_CLAIM_POLICIES: Record<string, Partial<Omit<ClaimPolicy, 'insuredRegion'>>> = {}

export function claimPolicyFor(region: Region): ClaimPolicy {
  return { ...DEFAULT_CLAIM_POLICY, ...LOCAL_CLAIM_POLICIES[region.cityCode], insuredRegion: region }
}

/** The last day a stay discharged on `dischargeDate` may be claimed. */
export function claimDeadline(dischargeDate: IsoDate, policy: Pick<ClaimPolicy, 'windowMonths'>): IsoDate {
  return addMonthsIso(dischargeDate, policy.windowMonths)
}

/** The ratio cut of the category the claim is paid under (POLICY.md "Payment levels"). */
export function claimCategory(basis: ClaimBasis, filingCategory?: FilingCategory): FilingCategory {
  if (basis === 'emergency') return 'emergency'
  // Without the filing in hand, the lowest level of a temporary stay without referral applies.
  return filingCategory ?? 'other-temporary'
}

export function cutPointsFor(category: FilingCategory, insuredRegion: Region): number {
  const cuts = { ...DEFAULT_POLICY_VALUES, ...LOCAL_POLICIES[insuredRegion.cityCode] }.ratioCutPoints
  return category in cuts ? cuts[category as keyof typeof cuts] : 0
}

// ---------------------------------------------------------------- amounts

/** `1234.5` → 123450 fen; null for anything that is not a positive amount with at most two decimals. */
export function parseYuan(text: string): Fen | null {
  const match = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim().replace(/[,，]/g, ''))
  if (!match) return null
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'))
}

/** Positive integer fen up to the policy's maximum. */
export function amountError(fen: unknown, policy: Pick<ClaimPolicy, 'maxAmountFen'>, what = '报销金额'): string | null {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return `请输入${what}`
  if (!Number.isInteger(fen)) return `${what}最多保留两位小数`
  if (fen <= 0) return `${what}应大于0`
  if (fen > policy.maxAmountFen) return `${what}不能超过${formatYuan(policy.maxAmountFen)}，请核对是否多输了数字`
  return null
}

export function sumInvoices(invoices: readonly Pick<ClaimInvoice, 'amountFen'>[]): Fen {
  return invoices.reduce((sum, i) => sum + i.amountFen, 0)
}

// ---------------------------------------------------------------- invoices

/** Spaces and case do not make a different invoice. */
export function normalizeInvoiceNumber(number: string): string {
  return number.replace(/[\s-]/g, '').toUpperCase()
}

/** 医疗收费票据号码: 8–20 digits or letters. */
export function invoiceNumberError(number: string): string | null {
  const n = normalizeInvoiceNumber(number)
  if (!n) return '请输入票据号码'
  if (!/^[0-9A-Z]{8,20}$/.test(n)) return '票据号码应为8–20位数字或字母，请按票据上的号码填写'
  return null
}

/** The first of `invoices` already on another live claim of the person (a rejected claim frees its invoices). */
export function duplicateInvoice(
  invoices: readonly Pick<ClaimInvoice, 'number'>[],
  others: readonly (Pick<Claim, 'id' | 'status'> & { invoices: readonly Pick<ClaimInvoice, 'number'>[] })[],
): { index: number; number: string; claimId: string } | null {
  for (const [index, invoice] of invoices.entries()) {
    const number = normalizeInvoiceNumber(invoice.number)
    const claim = others.find((c) => c.status !== 'rejected' && c.invoices.some((i) => normalizeInvoiceNumber(i.number) === number))
    if (claim) return { index, number, claimId: claim.id }
  }
  return null
}

// ---------------------------------------------------------------- fields

export type ClaimFieldErrors = Record<string, string>

export function hospitalError(hospital: string): string | null {
  const trimmed = hospital.trim()
  if (trimmed.length < 4) return '请填写就诊医院的全称'
  if (trimmed.length > 50) return '医院名称不能超过50个字'
  return null
}

export function claimDestinationError(destination: Region | null, insured: Region): string | null {
  if (!destination || !destination.provinceCode || !destination.cityCode) return '请选择就医地（到市）'
  if (NOT_MAINLAND_PROVINCES.includes(destination.provinceCode)) return `${destination.provinceName}不属于跨省异地就医的就医地`
  if (destination.provinceCode === insured.provinceCode)
    return `就医地和参保地同在${insured.provinceName}，属于省内异地就医，请按${insured.provinceName}的规定向参保地申请报销`
  return null
}

/** Admission and discharge: real dates, discharge not before admission, neither in the future. */
export function claimDateErrors(input: Pick<ClaimInput, 'admissionDate' | 'dischargeDate'>, today: IsoDate): ClaimFieldErrors {
  const errors: ClaimFieldErrors = {}
  if (!isRealDate(input.admissionDate)) errors.admissionDate = '请选择入院日期'
  else if (input.admissionDate > today) errors.admissionDate = '入院日期不能晚于今天'
  if (!isRealDate(input.dischargeDate)) errors.dischargeDate = '请选择出院日期'
  else if (input.dischargeDate > today) errors.dischargeDate = '出院日期不能晚于今天：还没出院的，出院结算前补办备案即可直接结算'
  else if (isRealDate(input.admissionDate) && input.dischargeDate < input.admissionDate) errors.dischargeDate = '出院日期不能早于入院日期'
  return errors
}

/** The claim window: null while open, else the refusal with the last day it was open. */
export function claimWindowRefusal(
  dischargeDate: IsoDate,
  today: IsoDate,
  policy: Pick<ClaimPolicy, 'windowMonths'>,
): { message: string; latestDate: IsoDate } | null {
  if (!isRealDate(dischargeDate)) return null
  const latestDate = claimDeadline(dischargeDate, policy)
  if (today <= latestDate) return null
  return {
    message: `参保地规定出院后${policy.windowMonths}个月内申请手工报销，这次住院的申请期限已于${dateCn(latestDate)}截止。如有特殊情况请咨询参保地医保经办机构。`,
    latestDate,
  }
}

/** Every field rule of a claim, as field → Chinese message (empty when valid). Window and duplicates are refusals. */
export function claimInputErrors(input: ClaimInput, today: IsoDate, policy: ClaimPolicy): ClaimFieldErrors {
  const errors: ClaimFieldErrors = {}
  const hospital = hospitalError(input.hospital)
  if (hospital) errors.hospital = hospital
  const destination = claimDestinationError(input.destination, policy.insuredRegion)
  if (destination) errors.destination = destination
  Object.assign(errors, claimDateErrors(input, today))
  const amount = amountError(input.amountFen, policy)
  if (amount) errors.amountFen = amount
  if (input.invoices.length === 0) errors.invoices = '请至少填写一张票据'
  else if (input.invoices.length > policy.maxInvoices) errors.invoices = `一次最多报销${policy.maxInvoices}张票据`
  const seen = new Set<string>()
  input.invoices.forEach((invoice, i) => {
    const numberError = invoiceNumberError(invoice.number)
    const key = normalizeInvoiceNumber(invoice.number)
    if (numberError) errors[`invoices.${i}.number`] = numberError
    else if (seen.has(key)) errors[`invoices.${i}.number`] = '同一张票据不能重复填写'
    seen.add(key)
    const invoiceAmount = amountError(invoice.amountFen, policy, '票据金额')
    if (invoiceAmount) errors[`invoices.${i}.amountFen`] = invoiceAmount
  })
  const allAmountsValid = input.invoices.every((i) => !amountError(i.amountFen, policy))
  if (!errors.amountFen && input.invoices.length > 0 && allAmountsValid && sumInvoices(input.invoices) !== input.amountFen) {
    errors.amountFen = `各张票据金额合计${formatYuan(sumInvoices(input.invoices))}，与报销总金额${formatYuan(input.amountFen)}不一致`
  }
  for (const kind of ['invoice', 'cost-list'] as const) {
    const files = input.materials.find((m) => m.kind === kind)?.files ?? []
    const error = files.length === 0 ? (kind === 'invoice' ? '请上传票据照片' : '请上传费用清单照片') : filesError(files)
    if (error) errors[`materials.${kind}`] = error
  }
  return errors
}

// ---------------------------------------------------------------- state machine

export const CLAIM_TRANSITIONS: Record<ClaimStatus, readonly ClaimStatus[]> = {
  accepted: ['reviewing'],
  reviewing: ['approved', 'rejected'],
  approved: ['paid'],
  paid: [],
  rejected: [],
}

export function canTransitionClaim(from: ClaimStatus, to: ClaimStatus): boolean {
  return CLAIM_TRANSITIONS[from].includes(to)
}

/** Still moving: the list's 办理中. */
export function claimInProgress(status: ClaimStatus): boolean {
  return status === 'accepted' || status === 'reviewing' || status === 'approved'
}

/** When the mock moves a claim submitted at `createdAt` into `status` (each step one review delay after the last). */
export function claimStepDueAt(createdAt: number, delayMs: number, status: 'reviewing' | 'decided' | 'paid'): number {
  return createdAt + delayMs * { reviewing: 1, decided: 2, paid: 3 }[status]
}

// ---------------------------------------------------------------- assessment

/**
 * The approved amount by the 参保地's rules (就医地目录、参保地政策): the in-catalogue part above the deductible, at
 * the home ratio less the category's cut.
 */
export function assessClaim(input: {
  totalFen: Fen
  inCatalogueFen: Fen
  insuranceType: InsuranceType
  category: FilingCategory
  cutPoints: number
}): ClaimAssessment {
  const inCatalogueFen = Math.min(input.totalFen, Math.max(0, input.inCatalogueFen))
  const share = fundShare('inpatient', input.insuranceType, inCatalogueFen, input.cutPoints)
  const fundFen = Math.min(share.fundFen, input.totalFen)
  return {
    totalFen: input.totalFen,
    outOfCatalogueFen: input.totalFen - inCatalogueFen,
    deductibleFen: share.deductibleFen,
    homeRatioPct: share.homeRatioPct,
    ratioCutPoints: input.cutPoints,
    ratioPct: share.ratioPct,
    fundFen,
    selfFen: input.totalFen - fundFen,
    insuranceType: input.insuranceType,
    category: input.category,
  }
}

/** The mock reviewer: unreadably small photos are refused; nothing to pay (under the deductible) is refused too. */
export function claimReviewOutcome(
  claim: Pick<Claim, 'materials'>,
  assessment: Pick<ClaimAssessment, 'fundFen'>,
): { approved: true } | { approved: false; reason: string } {
  if (claim.materials.some((m) => m.files.some((f) => f.sizeBytes < UNREADABLE_BELOW_BYTES)))
    return { approved: false, reason: '上传的票据或费用清单照片不清晰，无法核对。请重新拍摄清晰的照片后再次申请。' }
  if (assessment.fundFen <= 0) return { approved: false, reason: '符合医保目录的费用未超过起付线，统筹基金不予支付。' }
  return { approved: true }
}
