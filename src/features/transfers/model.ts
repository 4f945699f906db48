import type { Region, Transfer, TransferEmployment, TransferInput, TransferStatus, TransferFieldErrors } from '@/domain'
import { newSinceMonthOptions, transferInputErrors, TRANSFER_STATUS_LABELS, TRANSFER_STEPS } from '@/domain'
import { formatInstantCn } from '@/lib/dates'

/** What the form keeps between visits (one per person, on the device). */
export interface TransferDraft {
  toRegion: Region | null
  employment: TransferEmployment
  employerName: string
  newSinceMonth: string
  updatedAt: number
}

/** A fresh form: insured at the new place since last month (the usual case: the new employer has already enrolled). */
export function emptyTransferDraft(today: string, now: number): TransferDraft {
  return { toRegion: null, employment: 'employer', employerName: '', newSinceMonth: newSinceMonthOptions(today)[1], updatedAt: now }
}

export function draftFieldErrors(draft: TransferDraft, today: string): TransferFieldErrors {
  return transferInputErrors(draft, today)
}

export function toTransferInput(draft: TransferDraft, personId: string, fromRegion: Region): Omit<TransferInput, 'requestId'> {
  return {
    personId,
    fromRegion,
    toRegion: draft.toRegion as Region,
    employment: draft.employment,
    ...(draft.employment === 'employer' ? { employerName: draft.employerName.trim() } : {}),
    newSinceMonth: draft.newSinceMonth,
  }
}

export function monthCn(ym: string): string {
  return `${ym.slice(0, 4)}年${Number(ym.slice(5, 7))}月`
}

export const TRANSFER_TONE: Record<TransferStatus, '' | 'ok' | 'warn' | 'gray'> = {
  applied: '',
  'out-review': '',
  'transferred-out': 'warn',
  received: 'warn',
  completed: 'ok',
  cancelled: 'gray',
}

export interface StepView {
  status: TransferStatus
  label: string
  /** done: reached; current: the newest reached; next: not yet. */
  state: 'done' | 'current' | 'next'
  when?: string
  note?: string
  actorName?: string
}

/** The five steps with the date and message of each reached one; a cancelled transfer shows what it reached, then 已撤销. */
export function stepViews(t: Transfer): StepView[] {
  const reached = new Map(t.history.map((e) => [e.status, e]))
  const path: TransferStatus[] = t.status === 'cancelled' ? [...t.history.map((e) => e.status)] : [...TRANSFER_STEPS]
  return path.map((status) => {
    const event = reached.get(status)
    return {
      status,
      label: TRANSFER_STATUS_LABELS[status],
      state: !event ? 'next' : status === t.status ? 'current' : 'done',
      when: event ? formatInstantCn(event.at) : undefined,
      note: event?.note,
      actorName: event?.actorName,
    }
  })
}

export function yearsMonths(months: number): string {
  const y = Math.floor(months / 12)
  const m = months % 12
  return `${y > 0 ? `${y}年` : ''}${m > 0 || y === 0 ? `${m}个月` : ''}`
}
