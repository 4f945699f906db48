// The filing rules (POLICY.md), pure and shared: the mock enforces them, the form checks them early.
// Kept free of region data and long texts: src/backend ends up in the weapp main package.
import type { IsoDate, Region } from '@/domain/common'
import { destinationIneligibility } from '@/domain/filings/eligibility'
import { HENGYANG_FILING_PHONES, NATIONAL_HOTLINE } from '@/domain/hotlines'
import type {
  Filing,
  FilingCategory,
  FilingGroup,
  FilingInput,
  FilingStatus,
  InsuredPlacePolicy,
  MaterialFile,
  MaterialKind,
} from '@/domain/filings/types'

// The date helpers live in their own module (the mock's seed needs them on the first screen, without these rules).
import { addDaysIso, addMonthsIso, dateCn, isRealDate } from '@/domain/dates'
export { addDaysIso, addMonthsIso, chinaDate, dateCn, isRealDate } from '@/domain/dates'

// ---------------------------------------------------------------- categories

export const LONG_TERM: readonly FilingCategory[] = ['retired-resettled', 'long-term-resident', 'posted-worker']

export function groupOf(category: FilingCategory): FilingGroup {
  return LONG_TERM.includes(category) ? 'long-term' : 'temporary'
}

/** The proof each category needs besides identity (which the login already verified); null: none. */
export const PROOF_MATERIAL: Record<FilingCategory, MaterialKind | null> = {
  'retired-resettled': 'household-register',
  'long-term-resident': 'residence-proof',
  'posted-worker': 'posting-letter',
  referral: 'referral-letter',
  emergency: 'emergency-record',
  'other-temporary': null,
}

/** 承诺制 replaces the proof for long-term categories where the 参保地 allows it. */
export function pledgeAllowed(category: FilingCategory, policy: Pick<InsuredPlacePolicy, 'pledgeAllowed'>): boolean {
  return policy.pledgeAllowed && groupOf(category) === 'long-term'
}

/** Uploads the server requires for this input. */
export function requiredUploads(category: FilingCategory, usePledge: boolean): MaterialKind[] {
  const proof = PROOF_MATERIAL[category]
  if (!proof || (usePledge && groupOf(category) === 'long-term')) return []
  return [proof]
}

/** Percentage points the reimbursement ratio drops compared with home (0 for long-term filings). */
export function ratioCutPoints(category: FilingCategory, policy: Pick<InsuredPlacePolicy, 'ratioCutPoints'>): number {
  if (groupOf(category) === 'long-term') return 0
  return policy.ratioCutPoints[category as keyof InsuredPlacePolicy['ratioCutPoints']]
}

// ---------------------------------------------------------------- policies ([local] values)

export const DEFAULT_POLICY_VALUES: Omit<InsuredPlacePolicy, 'insuredRegion'> = {
  provinceLevelAllowed: false,
  temporaryValidityMonths: 6,
  longTermMinMonthsBeforeChange: 6,
  maxStartDaysAhead: 90,
  pledgeAllowed: true,
  ratioCutPoints: { referral: 10, emergency: 10, 'other-temporary': 20 },
  hotline: NATIONAL_HOTLINE.phone,
  hotlineNote: NATIONAL_HOTLINE.label,
}

/** Per 参保地 (city code) overrides; the demo's three 参保地. */
export const LOCAL_POLICIES: Record<string, Partial<Omit<InsuredPlacePolicy, 'insuredRegion'>>> = {
  // 荆门: 湖北 lets filers name a whole province. No sourced filing phone: the national hotline.
  '420800': { provinceLevelAllowed: true },
  // 衡阳: city level only. The 市医保中心's filing phone as seed 004 lists it (2017).
  '430400': {
    hotline: HENGYANG_FILING_PHONES.offices[0].lines[0].phone,
    hotlineNote: `${HENGYANG_FILING_PHONES.offices[0].office}异地就医备案电话（${HENGYANG_FILING_PHONES.year}年公开资料，可能已调整，拨打前请核实；也可拨打${NATIONAL_HOTLINE.phone}）`,
    ratioCutPoints: { referral: 10, emergency: 10, 'other-temporary': 20 },
  },
  // 南京: a shorter minimum period before a long-term filing may change. No sourced filing phone: the national hotline.
  '320100': { longTermMinMonthsBeforeChange: 3, temporaryValidityMonths: 12 },
}

export function policyForRegion(region: Region): InsuredPlacePolicy {
  return { ...DEFAULT_POLICY_VALUES, ...LOCAL_POLICIES[region.cityCode], insuredRegion: region }
}

// ---------------------------------------------------------------- field rules

export const MAX_FILES_PER_ITEM = 5
export const MAX_FILE_BYTES = 10 * 1024 * 1024
/** Reviewers refuse photos this small: they cannot be read. */
export const UNREADABLE_BELOW_BYTES = 4 * 1024

export function nameError(name: string): string | null {
  const trimmed = name.trim()
  if (!trimmed) return '请输入姓名'
  if (trimmed.length < 2 || trimmed.length > 20) return '姓名应为2–20个字'
  if (!/^[\u4e00-\u9fff]+(·[\u4e00-\u9fff]+)*$/.test(trimmed)) return '姓名只能包含汉字，少数民族姓名可用“·”分隔'
  return null
}

export function phoneError(phone: string): string | null {
  const digits = phone.replace(/[\s-]/g, '')
  if (!digits) return '请输入联系电话'
  if (!/^1[3-9]\d{9}$/.test(digits)) return '请输入11位手机号码'
  return null
}

export function addressError(address: string): string | null {
  const trimmed = address.trim()
  if (!trimmed) return '请输入在就医地的居住地址'
  if (trimmed.length < 4) return '地址太短，请写到街道和门牌号'
  if (trimmed.length > 100) return '地址不能超过100个字'
  return null
}

export function destinationError(destination: Region | null, policy: InsuredPlacePolicy): string | null {
  if (!destination || !destination.provinceCode) return '请选择就医地'
  // Same city, same province, 香港/澳门/台湾: the eligibility rule's message (the server refuses these as NOT_ELIGIBLE).
  const ineligible = destinationIneligibility(policy.insuredRegion, destination)
  if (ineligible) return ineligible.message
  if (!destination.cityCode && !policy.provinceLevelAllowed) return '参保地要求备案到就医地的市，请选择城市'
  return null
}

export interface DateErrors {
  startDate?: string
  endDate?: string
}

/** Start ≤ 90 days ahead (policy); before today only as 补办 while in hospital; temporary end ≥ start + validity. */
/** How far back a 补办 (already in hospital) filing may start, and the longest temporary filing. */
export const LATE_START_MAX_DAYS = 180
export const TEMPORARY_MAX_MONTHS = 24

export interface DateWindow {
  start: IsoDate
  end: IsoDate
}

/** The start dates a filing may have today: what the pickers offer and dateErrors enforces. */
export function startDateWindow(today: IsoDate, policy: InsuredPlacePolicy, lateInHospital: boolean): DateWindow {
  return { start: lateInHospital ? addDaysIso(today, -LATE_START_MAX_DAYS) : today, end: addDaysIso(today, policy.maxStartDaysAhead) }
}

/** The end dates a temporary filing starting on `start` may have. */
export function endDateWindow(start: IsoDate, policy: InsuredPlacePolicy): DateWindow {
  return { start: addMonthsIso(start, policy.temporaryValidityMonths), end: addMonthsIso(start, TEMPORARY_MAX_MONTHS) }
}

export function dateErrors(
  input: { category: FilingCategory; startDate: IsoDate; endDate?: IsoDate; lateInHospital?: boolean },
  today: IsoDate,
  policy: InsuredPlacePolicy,
): DateErrors {
  const errors: DateErrors = {}
  if (!isRealDate(input.startDate)) {
    errors.startDate = '请选择开始日期'
  } else if (input.startDate > addDaysIso(today, policy.maxStartDaysAhead)) {
    errors.startDate = `开始日期最晚为${policy.maxStartDaysAhead}天后（${dateCn(addDaysIso(today, policy.maxStartDaysAhead))}）`
  } else if (input.startDate < today && !input.lateInHospital) {
    errors.startDate = '开始日期不能早于今天；已住院尚未出院结算的，请勾选“补办备案”'
  } else if (input.startDate < startDateWindow(today, policy, true).start) {
    errors.startDate = `补办备案的开始日期不能早于${LATE_START_MAX_DAYS}天前`
  }
  if (groupOf(input.category) === 'temporary') {
    if (!isRealDate(input.endDate)) {
      errors.endDate = '请选择结束日期'
    } else if (isRealDate(input.startDate)) {
      const minEnd = addMonthsIso(input.startDate, policy.temporaryValidityMonths)
      if (input.endDate <= input.startDate) errors.endDate = '结束日期应晚于开始日期'
      else if (input.endDate < minEnd)
        errors.endDate = `临时外出就医备案有效期至少${policy.temporaryValidityMonths}个月，结束日期最早为${dateCn(minEnd)}`
      else if (input.endDate > endDateWindow(input.startDate, policy).end) errors.endDate = `有效期不能超过${TEMPORARY_MAX_MONTHS / 12}年`
    }
  }
  return errors
}

export type FileCheck = Pick<MaterialFile, 'sizeBytes' | 'mime'> & { name?: string }

/** ≤ 5 files per item, ≤ 10 MB each, jpg or png. */
export function filesError(files: readonly FileCheck[]): string | null {
  if (files.length > MAX_FILES_PER_ITEM) return `每项材料最多上传${MAX_FILES_PER_ITEM}张照片`
  for (const file of files) {
    if (file.mime !== 'image/jpeg' && file.mime !== 'image/png') return '只能上传 jpg 或 png 格式的照片'
    if (!(file.sizeBytes > 0)) return '照片文件为空，请重新选择'
    if (file.sizeBytes > MAX_FILE_BYTES) return '每张照片不能超过10MB'
  }
  return null
}

export type FilingFieldErrors = Partial<
  Record<
    | 'personId'
    | 'category'
    | 'destination'
    | 'startDate'
    | 'endDate'
    | 'phone'
    | 'address'
    | 'referringHospital'
    | 'materials'
    | 'usePledge',
    string
  >
>

/** Every rule of a new filing, as field → Chinese message; empty when valid. */
export function filingInputErrors(input: FilingInput, today: IsoDate, policy: InsuredPlacePolicy): FilingFieldErrors {
  const errors: FilingFieldErrors = {}
  const destination = destinationError(input.destination, policy)
  if (destination) errors.destination = destination
  Object.assign(errors, dateErrors(input, today, policy))
  const phone = phoneError(input.phone)
  if (phone) errors.phone = phone
  const address = addressError(input.address)
  if (address) errors.address = address
  if (input.category === 'referral') {
    const hospital = (input.referringHospital ?? '').trim()
    if (hospital.length < 4) errors.referringHospital = '请填写开具转诊证明的参保地定点医院'
    else if (hospital.length > 50) errors.referringHospital = '医院名称不能超过50个字'
  }
  if (input.usePledge && !pledgeAllowed(input.category, policy)) errors.usePledge = '该类别不能使用承诺制，请上传证明材料'
  for (const kind of requiredUploads(input.category, input.usePledge)) {
    const files = input.materials.find((m) => m.kind === kind)?.files ?? []
    if (files.length === 0) errors.materials = '请上传所需的证明材料照片'
  }
  for (const material of input.materials) {
    const error = filesError(material.files)
    if (error) errors.materials = error
  }
  return errors
}

// ---------------------------------------------------------------- state machine

export const TRANSITIONS: Record<FilingStatus, readonly FilingStatus[]> = {
  submitted: ['reviewing', 'approved'],
  reviewing: ['approved', 'rejected', 'cancelled'],
  approved: ['cancelled', 'expired'],
  rejected: [],
  cancelled: [],
  expired: [],
}

export const ACTIVE_STATUSES: readonly FilingStatus[] = ['submitted', 'reviewing', 'approved']

export function canTransition(from: FilingStatus, to: FilingStatus): boolean {
  return TRANSITIONS[from].includes(to)
}

export function isActive(status: FilingStatus): boolean {
  return ACTIVE_STATUSES.includes(status)
}

/** Two filings name the same place when the cities match, or either covers the other's whole province. */
export function samePlace(a: Region, b: Region): boolean {
  if (a.provinceCode !== b.provinceCode) return false
  return !a.cityCode || !b.cityCode || a.cityCode === b.cityCode
}

// ---------------------------------------------------------------- change and cancel windows

/** Earliest date a long-term filing may change or cancel: the policy's minimum period after filing. */
export function changeableFromDate(
  group: FilingGroup,
  filedOn: IsoDate,
  policy: Pick<InsuredPlacePolicy, 'longTermMinMonthsBeforeChange'>,
): IsoDate | undefined {
  return group === 'long-term' ? addMonthsIso(filedOn, policy.longTermMinMonthsBeforeChange) : undefined
}

export interface Refusal {
  message: string
  reason?: 'WINDOW_NOT_OPEN' | 'UNSETTLED_STAY'
  /** With WINDOW_NOT_OPEN: the first day the action is possible. */
  availableAt?: IsoDate
}

type WindowFiling = Pick<Filing, 'status' | 'group' | 'changeableFrom' | 'hasUnsettledStay'>

/** Why a filing cannot be cancelled today, or null. */
export function cancelRefusal(filing: WindowFiling, today: IsoDate): Refusal | null {
  if (filing.status === 'cancelled') return { message: '该备案已撤销，无需重复撤销' }
  if (filing.status === 'expired') return { message: '该备案已过有效期自动失效，无需撤销' }
  if (filing.status === 'rejected') return { message: '该备案未通过审核，无需撤销' }
  if (filing.hasUnsettledStay) return { message: '该备案下还有未出院结算的住院，出院结算完成后才能撤销', reason: 'UNSETTLED_STAY' }
  if (filing.status === 'approved' && filing.changeableFrom && today < filing.changeableFrom) {
    return {
      message: `长期备案满规定期限后才能撤销，${dateCn(filing.changeableFrom)}起可以撤销`,
      reason: 'WINDOW_NOT_OPEN',
      availableAt: filing.changeableFrom,
    }
  }
  return null
}

/** Why a filing cannot be changed today, or null. Only an approved filing can change. */
export function changeRefusal(filing: WindowFiling, today: IsoDate): Refusal | null {
  if (filing.status === 'submitted' || filing.status === 'reviewing') return { message: '备案审核中，审核完成后才能变更' }
  if (filing.status !== 'approved') return { message: '只有已备案状态的备案可以变更，请重新申请备案' }
  if (filing.hasUnsettledStay) return { message: '该备案下还有未出院结算的住院，出院结算完成后才能变更', reason: 'UNSETTLED_STAY' }
  if (filing.changeableFrom && today < filing.changeableFrom) {
    return {
      message: `长期备案满规定期限后才能变更，${dateCn(filing.changeableFrom)}起可以变更`,
      reason: 'WINDOW_NOT_OPEN',
      availableAt: filing.changeableFrom,
    }
  }
  return null
}

// ---------------------------------------------------------------- review and expiry (decided lazily)

/** The mock reviewer: unreadably small photos are refused; everything else passes. */
/** The mock reviewer's one check on uploaded proof, shared by filings and 门诊慢特病 applications. */
export function reviewOutcome(filing: {
  materials: readonly { files: readonly Pick<MaterialFile, 'sizeBytes'>[] }[]
}): { approved: true } | { approved: false; reason: string } {
  const tiny = filing.materials.some((m) => m.files.some((f) => f.sizeBytes < UNREADABLE_BELOW_BYTES))
  return tiny ? { approved: false, reason: '上传的材料照片不清晰，无法辨认。请重新拍摄清晰的照片后再次申请。' } : { approved: true }
}

/** When a filing submitted at `submittedAt` is decided. */
export function reviewDueAt(submittedAt: number, reviewDelayMs: number): number {
  return submittedAt + reviewDelayMs
}

/** A temporary filing lapses the day after its end date. */
export function hasLapsed(filing: Pick<Filing, 'group' | 'endDate'>, today: IsoDate): boolean {
  return filing.group === 'temporary' && !!filing.endDate && filing.endDate < today
}
