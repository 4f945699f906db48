// 跨省转移接续 rules, pure and shared: the mock enforces them, the form and detail page explain them.
import type { Instant, IsoDate, Region } from '@/domain/common'
import type { EligibilityFacts } from '@/domain/filings/eligibility'
import { NOT_MAINLAND_PROVINCES } from '@/domain/filings/eligibility'
import { regionLabel } from '@/domain/region-label'
import { cite } from '@/domain/sources'
import type { TransferIneligibility, TransferStatus } from '@/domain/transfers/types'

/** Where the transfer facts come from (labels of src/domain/sources.ts). */
export const TRANSFER_SOURCES = {
  /** 荆医保发〔2023〕18号 第1–4项: no 参保凭证 or 联系函, 15 working days, apply at either place or online. */
  process: 'jm',
} as const

/** Seed 003 item 2: 跨省转移接续 takes at most 15 working days (was 45). */
export const TRANSFER_MAX_WORKING_DAYS = 15

/**
 * The mock's demo timing, in days after the previous step (not national policy: a real 经办机构 takes up to 15
 * working days in all, seed 003 item 2). The dev `fast` preset shortens a day to about a second.
 */
export const TRANSFER_STEP_DAYS: Record<Exclude<TransferStatus, 'applied' | 'cancelled'>, number> = {
  'out-review': 1,
  'transferred-out': 7,
  received: 5,
  completed: 2,
}

/** Legal moves of the state machine: forward one step, or cancel before the old place has transferred out. */
const NEXT: Record<TransferStatus, readonly TransferStatus[]> = {
  applied: ['out-review', 'cancelled'],
  'out-review': ['transferred-out', 'cancelled'],
  'transferred-out': ['received'],
  received: ['completed'],
  completed: [],
  cancelled: [],
}

export function canTransferMove(from: TransferStatus, to: TransferStatus): boolean {
  return NEXT[from].includes(to)
}

/** Still running: one transfer at a time per person. */
export function isTransferOpen(status: TransferStatus): boolean {
  return status !== 'completed' && status !== 'cancelled'
}

/** Cancelling is possible only before the old place has transferred out. */
export function transferCancellable(status: TransferStatus): boolean {
  return canTransferMove(status, 'cancelled')
}

/** The step after `status` on the path, or null at the end. */
export function nextTransferStep(status: TransferStatus): Exclude<TransferStatus, 'applied' | 'cancelled'> | null {
  const next = NEXT[status].find((s) => s !== 'cancelled')
  return (next as Exclude<TransferStatus, 'applied' | 'cancelled'>) ?? null
}

/** When the step after `status` falls due, given when `status` was reached and the length of a demo day. */
export function nextStepDueAt(status: TransferStatus, reachedAt: Instant, dayMs: number): Instant | null {
  const next = nextTransferStep(status)
  return next ? reachedAt + TRANSFER_STEP_DAYS[next] * dayMs : null
}

export interface TransferRefusal {
  subReason: TransferIneligibility
  field: 'personId' | 'fromRegion' | 'toRegion'
  message: string
}

/** Whether the person may move their 参保 from their 参保地 to `to`. */
export function transferIneligibility(person: EligibilityFacts, to: Region | null): TransferRefusal | null {
  if (person.insuranceType !== 'employee') {
    return {
      subReason: 'not-employee',
      field: 'personId',
      message: `${person.name}参加的是城乡居民医保。这里办理的是职工医保关系转移接续；城乡居民医保请在新居住地按当地规定参保。`,
    }
  }
  if (!to) return null
  if (NOT_MAINLAND_PROVINCES.includes(to.provinceCode)) {
    return { subReason: 'not-mainland', field: 'toRegion', message: '转入地须为内地省份的城市，香港、澳门、台湾不适用基本医保关系转移接续' }
  }
  if (to.provinceCode === person.insuredRegion.provinceCode && to.cityCode === person.insuredRegion.cityCode) {
    return { subReason: 'same-city', field: 'toRegion', message: `转入地与现参保地（${regionLabel(person.insuredRegion)}）相同，无需转移` }
  }
  return null
}

export type TransferFieldErrors = Partial<Record<'toRegion' | 'employerName' | 'newSinceMonth', string>>

const monthIndex = (ym: string) => Number(ym.slice(0, 4)) * 12 + Number(ym.slice(5, 7)) - 1

/** Field errors of the form (shape checks are in the schema); `today` is a China date. */
export function transferInputErrors(
  input: { toRegion: Region | null; employment: string; employerName?: string; newSinceMonth: string },
  today: IsoDate,
): TransferFieldErrors {
  const errors: TransferFieldErrors = {}
  if (!input.toRegion || !input.toRegion.cityCode) errors.toRegion = '请选择转入地（新参保地）的城市'
  if (input.employment === 'employer') {
    const name = (input.employerName ?? '').trim()
    if (name.length === 0) errors.employerName = '请填写新参保地的用人单位名称'
    else if (name.length < 4) errors.employerName = '单位名称至少4个字，请填写全称'
    else if (name.length > 50) errors.employerName = '单位名称不能超过50个字'
  }
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(input.newSinceMonth)) errors.newSinceMonth = '请选择在新参保地开始参保的年月'
  else {
    const diff = monthIndex(today.slice(0, 7)) - monthIndex(input.newSinceMonth)
    if (diff < 0) errors.newSinceMonth = '开始参保年月不能晚于本月'
    else if (diff > 12) errors.newSinceMonth = '请在新参保地参保后12个月内申请（演示规则）'
  }
  return errors
}

/** The months a person may pick as the first month at the new place: the last 12 months and this one, newest first. */
export function newSinceMonthOptions(today: IsoDate): string[] {
  const now = monthIndex(today.slice(0, 7))
  const out: string[] = []
  for (let i = 0; i <= 12; i++) {
    const m = now - i
    out.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`)
  }
  return out
}

export function transferTitle(from: Region, to: Region): string {
  return `职工医保转移接续（${regionLabel(from)}→${regionLabel(to)}）`
}

/** Demo messages of each step (the mock's wording). */
export function transferStepNote(status: TransferStatus, t: { fromRegion: Region; toRegion: Region }): string {
  const from = regionLabel(t.fromRegion)
  const to = regionLabel(t.toRegion)
  switch (status) {
    case 'applied':
      return `已提交转移接续申请，由${to}医保经办机构受理`
    case 'out-review':
      return `${from}医保经办机构正在审核参保缴费信息`
    case 'transferred-out':
      return `${from}已办理转出，缴费年限和个人账户余额已转往${to}`
    case 'received':
      return `${to}已接收医保关系，正在合并缴费年限`
    case 'completed':
      return `转移接续已完成，参保地变更为${to}`
    case 'cancelled':
      return '申请人撤销了转移接续申请'
  }
}

/** What the app says about the process, with its source (seed 003 items 1–3 and 6) and the mock's own demo rules. */
export const TRANSFER_FACTS = {
  process: [
    '不再需要开具《基本医疗保险参保凭证》和《基本医疗保险关系转移接续联系函》',
    '跨省转移接续办理时限由45个工作日压缩为15个工作日',
    '可以在线上申请，也可以到转入地或转出地经办机构窗口就近办理，并随时在网上查询进度',
  ],
  processSource: cite(['jm', '第1、2、3项']),
  filingEnds: '长期异地就医备案在参保状态变更时终止，转移接续完成后，原参保地办理的备案随之终止，需要时请按新参保地规定重新备案',
  filingEndsSource: cite(['jm', '第6项']),
  demo: '演示规则（不是国家规定）：本演示按审核1天、转出7天、接收5天、办结2天模拟各环节；转出地办理转出后不能撤销；原参保地办理的临时备案也一并终止',
} as const
