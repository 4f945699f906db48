// What the claim screens show and check: the draft, field errors, the timeline, the split. The rules are the
// domain's (domain/claims/rules), so the form and the server agree.
import type { DatedTimelineStep } from '@/components/status-timeline'
import {
  CLAIM_BASIS_LABELS,
  CLAIM_STATUS_LABELS,
  FILING_CATEGORY_LABELS,
  INSURANCE_TYPE_LABELS,
  type Claim,
  type ClaimBasis,
  type ClaimInput,
  type ClaimMaterialKind,
  type ClaimPolicy,
  type ClaimStatus,
  type Filing,
  type Region,
} from '@/domain'
import {
  claimDeadline,
  claimInputErrors,
  claimInProgress,
  claimWindowRefusal,
  parseYuan,
  type ClaimFieldErrors,
} from '@/domain/claims/rules'
import { dateCn } from '@/domain/filings/rules'
import type { DraftFile } from '@/domain/photos'
import { formatYuan } from '@/lib/money'

export { CLAIM_BASIS_LABELS, dateCn, parseYuan }
export type { ClaimFieldErrors }

// ---------------------------------------------------------------- the draft

export interface InvoiceDraft {
  number: string
  /** Yuan as typed, e.g. 1234.50. */
  amount: string
}

export interface ClaimDraft {
  basis: ClaimBasis | null
  hospital: string
  destination: Region | null
  admissionDate: string
  dischargeDate: string
  /** The total paid, yuan as typed. */
  amount: string
  invoices: InvoiceDraft[]
  materials: Record<ClaimMaterialKind, DraftFile[]>
  /** The filing the stay was under (filed or late-filed), when the person has it in this app. */
  filingId?: string
  updatedAt: number
}

export const MAX_INVOICE_ROWS = 10

export function emptyClaimDraft(basis: ClaimBasis | null, today: string, now = Date.now()): ClaimDraft {
  return {
    basis,
    hospital: '',
    destination: null,
    admissionDate: today,
    dischargeDate: today,
    amount: '',
    invoices: [{ number: '', amount: '' }],
    materials: { invoice: [], 'cost-list': [] },
    updatedAt: now,
  }
}

/** Typed yuan as fen; anything unreadable becomes NaN so the server's own message applies (never a silent 0). */
const fenOf = (text: string): number => parseYuan(text) ?? Number.NaN

/** What the draft sends; the request id is added by the store. */
export function toClaimInput(draft: ClaimDraft, personId: string): ClaimInput {
  return {
    personId,
    hospital: draft.hospital.trim(),
    destination: draft.destination ?? { provinceCode: '', provinceName: '', cityCode: '', cityName: '' },
    admissionDate: draft.admissionDate,
    dischargeDate: draft.dischargeDate,
    amountFen: fenOf(draft.amount),
    invoices: draft.invoices.map((i) => ({ number: i.number.trim(), amountFen: fenOf(i.amount) })),
    materials: (['invoice', 'cost-list'] as const).map((kind) => ({
      kind,
      files: draft.materials[kind].map(({ ref, sizeBytes, mime }) => ({ ref, sizeBytes, mime })),
    })),
    basis: draft.basis ?? 'late-filed',
    filingId: draft.basis && draft.basis !== 'emergency' ? draft.filingId : undefined,
  }
}

/** Filings a claim may rest on: the person's filings that were approved at some point (the category sets the ratio). */
export function claimableFilings<F extends Pick<Filing, 'history'>>(filings: readonly F[]): F[] {
  return filings.filter((f) => f.history.some((e) => e.status === 'approved'))
}

/** The server's checks before anything is sent: fields, then the claim window (on the discharge date). */
export function claimDraftErrors(draft: ClaimDraft, personId: string, today: string, policy: ClaimPolicy): ClaimFieldErrors {
  const errors: ClaimFieldErrors = {}
  if (!draft.basis) errors.basis = '请选择备案情况'
  Object.assign(errors, claimInputErrors(toClaimInput(draft, personId), today, policy))
  // Typed text that is not an amount says so, rather than a generic "请输入".
  if (draft.amount.trim() && parseYuan(draft.amount) === null) errors.amountFen = '金额格式不正确：请填写元，最多两位小数'
  draft.invoices.forEach((i, index) => {
    if (i.amount.trim() && parseYuan(i.amount) === null) errors[`invoices.${index}.amountFen`] = '金额格式不正确：请填写元，最多两位小数'
  })
  if (!errors.dischargeDate) {
    const late = claimWindowRefusal(draft.dischargeDate, today, policy)
    if (late) errors.dischargeDate = late.message
  }
  return errors
}

/** The sum of the invoice amounts typed so far, or null while one is not a number. */
export function invoiceTotal(draft: Pick<ClaimDraft, 'invoices'>): number | null {
  let total = 0
  for (const i of draft.invoices) {
    const fen = parseYuan(i.amount)
    if (fen === null) return null
    total += fen
  }
  return total
}

// ---------------------------------------------------------------- status and timeline

export type Tone = 'ok' | 'warn' | 'danger' | 'gray' | 'info'

export const CLAIM_TONE: Record<ClaimStatus, Tone> = {
  accepted: 'info',
  reviewing: 'warn',
  approved: 'info',
  paid: 'ok',
  rejected: 'danger',
}

export const claimStatusLabel = (status: ClaimStatus) => CLAIM_STATUS_LABELS[status]

export type ClaimStep = DatedTimelineStep

const NEXT: Partial<Record<ClaimStatus, { label: string; note: string }>> = {
  accepted: { label: '审核中', note: '参保地医保经办机构审核票据和费用清单' },
  reviewing: { label: '已核定', note: '按参保地政策核定报销金额，结果会通过消息通知您' },
  approved: { label: '已支付', note: '核定金额支付到本人社保卡金融账户' },
}

/** 已受理 → 审核中 → 已核定 → 已支付 (or 未通过), each with its date; the next expected step shown as todo. */
export function claimTimeline(claim: Pick<Claim, 'status' | 'history'>): ClaimStep[] {
  const steps: ClaimStep[] = claim.history.map((event, index) => ({
    key: `${index}`,
    label: CLAIM_STATUS_LABELS[event.status],
    at: event.at,
    note: event.note,
    by: event.actorName ? `由 ${event.actorName} 代办` : undefined,
    state:
      event.status === 'rejected' ? 'failed' : index === claim.history.length - 1 && claimInProgress(event.status) ? 'current' : 'done',
  }))
  const next = NEXT[claim.status]
  if (next) steps.push({ key: 'next', ...next, state: 'todo' })
  return steps
}

export const CLAIM_FILTERS: { label: string; statuses?: ClaimStatus[] }[] = [
  { label: '全部' },
  { label: '办理中', statuses: ['accepted', 'reviewing', 'approved'] },
  { label: '已支付', statuses: ['paid'] },
  { label: '未通过', statuses: ['rejected'] },
]

// ---------------------------------------------------------------- the approved amount

export interface SplitLine {
  label: string
  value: string
  explain?: string
}

/** How the approved amount was worked out, line by line (POLICY.md "Payment levels"). */
export function assessmentLines(claim: Claim): SplitLine[] {
  const a = claim.assessment
  if (!a) return []
  const cut =
    a.ratioCutPoints > 0
      ? `${FILING_CATEGORY_LABELS[a.category]}的报销比例比在参保地就医低${a.ratioCutPoints}个百分点（${a.homeRatioPct}% → ${a.ratioPct}%）`
      : `按${FILING_CATEGORY_LABELS[a.category]}，报销比例与在参保地就医相同`
  return [
    { label: '申请报销金额', value: formatYuan(a.totalFen) },
    { label: '目录外费用（个人负担）', value: formatYuan(a.outOfCatalogueFen), explain: '不在就医地医保目录内的药品、项目和耗材' },
    {
      label: '起付线',
      value: formatYuan(a.deductibleFen),
      explain: `${INSURANCE_TYPE_LABELS[a.insuranceType]}住院起付线（参保地政策，演示数值）`,
    },
    { label: '报销比例', value: `${a.ratioPct}%`, explain: cut },
    { label: '核定统筹基金支付', value: formatYuan(a.fundFen) },
    { label: '个人负担', value: formatYuan(a.selfFen) },
  ]
}

/** The last day to claim a stay, in words. */
export function deadlineText(dischargeDate: string, policy: Pick<ClaimPolicy, 'windowMonths'>): string {
  return `出院后${policy.windowMonths}个月内申请，这次住院最晚${dateCn(claimDeadline(dischargeDate, policy))}`
}

// ---------------------------------------------------------------- who it is for

/** Seed 004 (衡阳, 2017) lists these for a manual claim; the 参保地 decides the current list. */
export const CLAIM_PAPER_NOTE = '请保管好票据和费用清单原件：参保地审核时可能要求提交或核对原件。'

export const BASIS_HELP: Record<ClaimBasis, string> = {
  filed: '住院前已经办了异地就医备案，但出院时没能直接结算、全额自费了。',
  'late-filed': '就医前没备案，出院后已按参保地规定补办了备案。',
  emergency: '外出期间急诊抢救住院：急诊视同已备案，按异地急诊抢救的待遇报销。',
}
