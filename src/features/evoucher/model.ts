import {
  CERTIFICATE_MONTH_LABELS,
  INSURANCE_STATUS_LABELS,
  INSURANCE_TYPE_LABELS,
  addMonthsTo,
  arrearsRuns,
  certificateRangeProblem,
  isBackendError,
  isExpired,
  normalizeCertificateCode,
  secondsLeft,
  type EVoucher,
  type InsuranceCertificate,
  type Month,
} from '@/domain'
import { regionLabel } from '@/domain/region-label'
import { formatDateCn } from '@/lib/dates'

/** What the 医保码 page holds: the last code the server gave, when it arrived, and the last failure. */
export interface VoucherState {
  personId: string | null
  voucher: EVoucher | null
  /** Local clock when the code arrived: the countdown runs on this device's clock, so a skewed clock cannot stretch it. */
  receivedAt: number
  loading: boolean
  failure: { offline: boolean; message: string } | null
}

export const NO_VOUCHER: VoucherState = { personId: null, voucher: null, receivedAt: 0, loading: false, failure: null }

export type VoucherView =
  | { kind: 'live'; voucher: EVoucher; secondsLeft: number }
  | { kind: 'expired'; refreshing: boolean }
  | { kind: 'loading' }
  | { kind: 'offline'; message: string }
  | { kind: 'error'; message: string }

export const OFFLINE_MESSAGE = '医保码需要联网生成。请连接网络后点“刷新”；为防止冒用，断网时不显示旧的医保码。'

/** When the code on screen stops being valid, by this device's clock. */
export function localDeadline(voucher: EVoucher, receivedAt: number): number {
  return receivedAt + (voucher.expiresAt - voucher.issuedAt)
}

/**
 * What the page shows now. A code is shown as valid only before its deadline and only for the person asked about;
 * after a failure nothing old is shown (the failure clears the code).
 */
export function voucherView(state: VoucherState, personId: string | null, now: number): VoucherView {
  const voucher = state.voucher && state.voucher.personId === personId ? state.voucher : null
  if (voucher) {
    const deadline = localDeadline(voucher, state.receivedAt)
    if (!isExpired(deadline, now)) return { kind: 'live', voucher, secondsLeft: secondsLeft(deadline, now) }
    return { kind: 'expired', refreshing: state.loading }
  }
  if (state.loading || !state.failure) return { kind: 'loading' }
  return state.failure.offline ? { kind: 'offline', message: OFFLINE_MESSAGE } : { kind: 'error', message: state.failure.message }
}

/** A failed issue: offline (no network, timeout) or refused, in words for the page. */
export function voucherFailure(error: unknown, report: (error: unknown) => string): { offline: boolean; message: string } {
  const offline = isBackendError(error) && (error.code === 'NETWORK' || error.code === 'TIMEOUT')
  return { offline, message: offline ? OFFLINE_MESSAGE : report(error) }
}

export function insuranceLine(voucher: Pick<EVoucher, 'insuranceType' | 'insuredRegion'>): string {
  return `${INSURANCE_TYPE_LABELS[voucher.insuranceType]} · 参保地 ${regionLabel(voucher.insuredRegion)}`
}

// 参保证明

export function monthLabel(month: Month): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
}

/** The form's first range: the last twelve months up to this one. */
export function defaultRange(currentMonth: Month): { fromMonth: Month; toMonth: Month } {
  return { fromMonth: addMonthsTo(currentMonth, -11), toMonth: currentMonth }
}

/** The form's check before asking the server (which checks the same rule again). */
export function rangeError(fromMonth: Month, toMonth: Month, currentMonth: Month): string | null {
  return certificateRangeProblem(fromMonth, toMonth, currentMonth)
}

/** The typed code's problem, or null; the server answers "not found" for a bad check character, the form says it first. */
export function codeError(text: string): string | null {
  if (!text.trim()) return '请输入参保证明上的16位验证码'
  if (text.replace(/[\s-]/g, '').length !== 16) return '验证码为16位字母和数字，请核对'
  if (!normalizeCertificateCode(text)) return '验证码有误（校验位不符），请逐位核对'
  return null
}

export interface CertificateLine {
  label: string
  value: string
  tone?: 'danger'
}

/** The facts of a certificate, in the order the image and the verify page show them. */
export function certificateLines(c: InsuranceCertificate): CertificateLine[] {
  const arrears = arrearsRuns(c.months)
  return [
    { label: '姓名', value: c.nameMasked },
    { label: '身份证号', value: c.idNumberMasked },
    { label: '险种', value: INSURANCE_TYPE_LABELS[c.insuranceType] },
    { label: '参保状态', value: INSURANCE_STATUS_LABELS[c.insuranceStatus], tone: c.insuranceStatus === 'active' ? undefined : 'danger' },
    { label: '参保地', value: regionLabel(c.insuredRegion) },
    { label: '参保日期', value: formatDateCn(c.insuredSince) },
    { label: '证明期间', value: `${monthLabel(c.fromMonth)}至${monthLabel(c.toMonth)}（共${c.months.length}个月）` },
    { label: '缴费情况', value: `已缴费 ${c.paidMonths} 个月${c.arrearsMonths > 0 ? `，欠缴 ${c.arrearsMonths} 个月` : '，无欠缴'}` },
    ...(arrears.length > 0 ? [{ label: '欠缴月份', value: arrears.join('、'), tone: 'danger' as const }] : []),
    { label: '开具日期', value: formatDateCn(c.issuedDate) },
  ]
}

export const MONTH_MARKS = { paid: '缴', 'back-paid': '补', arrears: '欠', none: '—' } as const

export { CERTIFICATE_MONTH_LABELS }

export const DEMO_NOTICE = '演示数据：由随行医保（开源演示应用）生成，不是官方参保证明，不能作为办事依据'

export function certificateFileName(c: InsuranceCertificate): string {
  return `参保证明-${c.fromMonth}至${c.toMonth}-${c.code}.png`
}
