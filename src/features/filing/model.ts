// What the filing screens show and check: category guidance, the draft, field errors, the timeline.
// The rules themselves are the domain's (domain/filings/rules), so client and server agree.
import { regionLabel } from '@/domain/region-label'
import { COVERAGE_RULES, coverageForCategory, pledgeCoverageClause } from '@/domain/coverage'
import {
  categoryIneligibility,
  filingIneligibility,
  statusIneligibility,
  type EligibilityFacts,
  type Ineligibility,
} from '@/domain/filings/eligibility'
import {
  FILING_CATEGORY_LABELS,
  FILING_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  type Filing,
  type FilingCategory,
  type FilingInput,
  type FilingStatus,
  type InsuredPlacePolicy,
  type MaterialKind,
  type Region,
} from '@/domain'
import type { DraftFile } from '@/domain/photos'
import {
  addDaysIso,
  addMonthsIso,
  cancelRefusal,
  changeRefusal,
  dateCn,
  filingInputErrors,
  groupOf,
  MAX_FILE_BYTES,
  MAX_FILES_PER_ITEM,
  pledgeAllowed,
  PROOF_MATERIAL,
  ratioCutPoints,
  requiredUploads,
  type FilingFieldErrors,
  type Refusal,
} from '@/domain/filings/rules'

export {
  addDaysIso,
  addMonthsIso,
  dateCn,
  groupOf,
  pledgeAllowed,
  ratioCutPoints,
  requiredUploads,
  MAX_FILES_PER_ITEM,
  MAX_FILE_BYTES,
  PROOF_MATERIAL,
}
export type { FilingFieldErrors, Refusal }

// ---------------------------------------------------------------- guidance: questions, not jargon

export interface GuideAnswer {
  id: string
  text: string
  hint: string
  category?: FilingCategory
  /** A follow-up question instead of a category. */
  next?: string
  /** Opens an explainer page instead. */
  explainer?: 'emergency' | 'reimburse'
}

export interface GuideQuestion {
  id: string
  question: string
  answers: GuideAnswer[]
}

export const GUIDE: Record<string, GuideQuestion> = {
  why: {
    id: 'why',
    question: '你为什么要去外地看病？',
    answers: [
      { id: 'live', text: '我住在外地（长期居住、养老、随子女生活）', hint: '长期在外省生活，在那里看病', next: 'live' },
      { id: 'work', text: '单位派我去外地工作', hint: '常驻外省工作', category: 'posted-worker' },
      { id: 'referral', text: '本地医院看不了，医生让我转到外地', hint: '有参保地定点医院的转诊证明', category: 'referral' },
      { id: 'emergency', text: '在外地突然生病或受伤，正在急诊/已经住院', hint: '出差、旅游、探亲时的急诊抢救', explainer: 'emergency' },
      { id: 'choose', text: '我想自己去外地的医院看病', hint: '没有转诊，自行去外省就医', category: 'other-temporary' },
      { id: 'paid', text: '已经出院并且全自费结算了', hint: '补办备案后回参保地手工报销', explainer: 'reimburse' },
    ],
  },
  live: {
    id: 'live',
    question: '你的户口迁到那里了吗？',
    answers: [
      { id: 'resettled', text: '已退休，户口已迁到外地', hint: '异地安置', category: 'retired-resettled' },
      { id: 'resident', text: '户口没迁，但长期住在那里', hint: '有居住证，或者用个人承诺书代替', category: 'long-term-resident' },
    ],
  },
}

export interface CategoryInfo {
  category: FilingCategory
  title: string
  who: string
  proof: string | null
  validity: (policy: InsuredPlacePolicy) => string
  payment: (policy: InsuredPlacePolicy) => string
  /** What settles directly (the coverage module's wording). */
  coverage: string[]
}

const LONG_VALIDITY = () => '长期有效：不变更、不撤销、参保状态不变，就一直有效；有效期内可多次就医。'
const TEMP_VALIDITY = (policy: InsuredPlacePolicy) => `临时有效：至少${policy.temporaryValidityMonths}个月，有效期内可多次就医。`
const SAME_PAY = () => '报销比例和在参保地一样；回参保地看病也能正常报销（双向享受）。'
const cutPay = (category: FilingCategory) => (policy: InsuredPlacePolicy) =>
  `起付线、报销比例按参保地政策，报销比例最多比在参保地低${ratioCutPoints(category, policy)}个百分点。`

export const CATEGORY_INFO: Record<FilingCategory, CategoryInfo> = {
  'retired-resettled': {
    category: 'retired-resettled',
    title: FILING_CATEGORY_LABELS['retired-resettled'],
    who: '已退休，并且户籍已迁到外省就医地的人员。',
    proof: MATERIAL_KIND_LABELS['household-register'],
    validity: LONG_VALIDITY,
    payment: SAME_PAY,
    coverage: coverageForCategory('retired-resettled'),
  },
  'long-term-resident': {
    category: 'long-term-resident',
    title: FILING_CATEGORY_LABELS['long-term-resident'],
    who: '户籍没迁，但长期在外省居住生活的人员，如随子女养老。',
    proof: MATERIAL_KIND_LABELS['residence-proof'],
    validity: LONG_VALIDITY,
    payment: SAME_PAY,
    coverage: coverageForCategory('long-term-resident'),
  },
  'posted-worker': {
    category: 'posted-worker',
    title: FILING_CATEGORY_LABELS['posted-worker'],
    who: '由单位派到外省长期工作的人员。',
    proof: MATERIAL_KIND_LABELS['posting-letter'],
    validity: LONG_VALIDITY,
    payment: SAME_PAY,
    coverage: coverageForCategory('posted-worker'),
  },
  referral: {
    category: 'referral',
    title: FILING_CATEGORY_LABELS.referral,
    who: '参保地医院看不了、需要转到外省医院治疗的人员。',
    proof: `${MATERIAL_KIND_LABELS['referral-letter']}（参保地定点医院开具）`,
    validity: TEMP_VALIDITY,
    payment: cutPay('referral'),
    coverage: coverageForCategory('referral'),
  },
  emergency: {
    category: 'emergency',
    title: FILING_CATEGORY_LABELS.emergency,
    who: '出差、旅游、探亲等临时在外省，突发疾病需要急诊抢救的人员。',
    proof: MATERIAL_KIND_LABELS['emergency-record'],
    validity: TEMP_VALIDITY,
    payment: cutPay('emergency'),
    coverage: coverageForCategory('emergency'),
  },
  'other-temporary': {
    category: 'other-temporary',
    title: FILING_CATEGORY_LABELS['other-temporary'],
    who: '没有转诊、自己选择去外省就医的人员。',
    proof: null,
    validity: TEMP_VALIDITY,
    payment: cutPay('other-temporary'),
    coverage: coverageForCategory('other-temporary'),
  },
}

/** Materials a category needs, as plain lines for the chooser. */
export function materialLines(category: FilingCategory, policy: InsuredPlacePolicy): string[] {
  const lines = ['身份证件：登录时已核验，无需上传']
  const info = CATEGORY_INFO[category]
  if (info.proof) lines.push(pledgeAllowed(category, policy) ? `${info.proof}，或用个人承诺书代替（承诺制，即时办结）` : info.proof)
  else lines.push('无需其他证明材料，填写备案表即可')
  return lines
}

// ---------------------------------------------------------------- eligibility (the server's rule, shown early)

/** Why this person cannot use an answer of the guided start, or null: the same rule the server enforces. */
export function answerIneligibility(person: EligibilityFacts, answer: Pick<GuideAnswer, 'category'>): Ineligibility | null {
  if (!answer.category) return null
  return statusIneligibility(person) ?? categoryIneligibility(person, answer.category)
}

// ---------------------------------------------------------------- the draft

export type { DraftFile } from '@/domain/photos'

export interface FilingDraft {
  category: FilingCategory | null
  destination: Region | null
  startDate: string
  endDate: string
  phone: string
  address: string
  referringHospital: string
  usePledge: boolean
  lateInHospital: boolean
  materials: Partial<Record<MaterialKind, DraftFile[]>>
  updatedAt: number
}

export function emptyDraft(category: FilingCategory | null, today: string, policy?: InsuredPlacePolicy, now = Date.now()): FilingDraft {
  const temporary = category ? groupOf(category) === 'temporary' : false
  return {
    category,
    destination: null,
    startDate: today,
    endDate: temporary ? addMonthsIso(today, policy?.temporaryValidityMonths ?? 6) : '',
    phone: '',
    address: '',
    referringHospital: '',
    usePledge: category ? groupOf(category) === 'long-term' && (policy?.pledgeAllowed ?? true) : false,
    lateInHospital: false,
    materials: {},
    updatedAt: now,
  }
}

/** Switching category keeps what still applies (place, phone, address) and resets the rest sensibly. */
export function withCategory(draft: FilingDraft, category: FilingCategory, policy: InsuredPlacePolicy): FilingDraft {
  if (draft.category === category) return draft
  const temporary = groupOf(category) === 'temporary'
  return {
    ...draft,
    category,
    endDate: temporary ? draft.endDate || addMonthsIso(draft.startDate, policy.temporaryValidityMonths) : '',
    usePledge: pledgeAllowed(category, policy),
    referringHospital: category === 'referral' ? draft.referringHospital : '',
  }
}

/** The start date moves the default end date along, unless the user chose a longer one. */
export function withStartDate(draft: FilingDraft, startDate: string, policy: InsuredPlacePolicy): FilingDraft {
  const next = { ...draft, startDate }
  if (draft.category && groupOf(draft.category) === 'temporary') {
    const minEnd = addMonthsIso(startDate, policy.temporaryValidityMonths)
    if (!draft.endDate || draft.endDate < minEnd) next.endDate = minEnd
  }
  return next
}

/** What the draft sends; the request id is added by the store (server-state's request ids). */
export function toInput(draft: FilingDraft, personId: string): Omit<FilingInput, 'requestId'> {
  const category = draft.category ?? 'other-temporary'
  const temporary = groupOf(category) === 'temporary'
  const needed = requiredUploads(category, draft.usePledge)
  return {
    personId,
    category,
    destination: draft.destination ?? { provinceCode: '', provinceName: '', cityCode: '', cityName: '' },
    startDate: draft.startDate,
    endDate: temporary ? draft.endDate : undefined,
    phone: draft.phone.replace(/[\s-]/g, ''),
    address: draft.address.trim(),
    referringHospital: category === 'referral' ? draft.referringHospital.trim() : undefined,
    usePledge: draft.usePledge && pledgeAllowed(category, { pledgeAllowed: true }),
    // Only what this category needs is sent; photos for an item no longer needed stay in the draft.
    materials: needed.map((kind) => ({
      kind,
      files: (draft.materials[kind] ?? []).map(({ ref, sizeBytes, mime }) => ({ ref, sizeBytes, mime })),
    })),
    lateInHospital: draft.lateInHospital || undefined,
  }
}

/** The same checks the server makes, before anything is sent; with the person's facts, eligibility too. */
export function draftErrors(
  draft: FilingDraft,
  personId: string,
  today: string,
  policy: InsuredPlacePolicy,
  person?: EligibilityFacts,
): FilingFieldErrors {
  if (!draft.category) return { personId: '请先选择备案类型' }
  const errors = filingInputErrors(toInput(draft, personId), today, policy)
  const ineligible = person ? filingIneligibility(person, draft.category, draft.destination) : null
  if (ineligible) errors[ineligible.field] = ineligible.message
  return errors
}

// ---------------------------------------------------------------- photos (shared with other uploads: domain/photos)

export { addPhotos, mimeOf, type PickedFile } from '@/domain/photos'

// ---------------------------------------------------------------- the generated documents

export function placeLabel(region: Pick<Region, 'provinceName' | 'cityName'> | null): string {
  return region ? regionLabel(region) : ''
}

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

// ---------------------------------------------------------------- following a filing

export type Tone = 'ok' | 'warn' | 'danger' | 'gray' | 'info'

export const STATUS_TONE: Record<FilingStatus, Tone> = {
  submitted: 'info',
  reviewing: 'warn',
  approved: 'ok',
  rejected: 'danger',
  cancelled: 'gray',
  expired: 'gray',
}

export function statusLabel(status: FilingStatus): string {
  return FILING_STATUS_LABELS[status]
}

export function validityText(filing: Pick<Filing, 'startDate' | 'endDate' | 'group'>): string {
  return filing.endDate ? `${dateCn(filing.startDate)} 至 ${dateCn(filing.endDate)}` : `${dateCn(filing.startDate)} 起长期有效`
}

export interface TimelineStep {
  key: string
  label: string
  at?: number
  note?: string
  /** e.g. 由 李明 代办 */
  by?: string
  state: 'done' | 'current' | 'todo' | 'failed'
}

/** 已提交 → 审核中 → 已备案/未通过 → 已撤销/已失效, from the history; the next expected step shown as todo. */
export function timelineOf(filing: Pick<Filing, 'status' | 'history'>): TimelineStep[] {
  const steps: TimelineStep[] = filing.history.map((event, index) => {
    const isChange = event.status === 'approved' && index > 0 && filing.history.slice(0, index).some((e) => e.status === 'approved')
    const last = index === filing.history.length - 1
    return {
      key: `${index}`,
      label: isChange ? '已变更' : statusLabel(event.status),
      at: event.at,
      note: event.note,
      by: event.actorName ? `由 ${event.actorName} 代办` : undefined,
      state:
        event.status === 'rejected'
          ? 'failed'
          : last && (event.status === 'reviewing' || event.status === 'submitted')
            ? 'current'
            : 'done',
    }
  })
  if (filing.status === 'reviewing' || filing.status === 'submitted') {
    steps.push({ key: 'next', label: '审核结果', note: '审核完成后会通过消息通知您', state: 'todo' })
  }
  return steps
}

export interface FilingActions {
  cancel: Refusal | null
  change: Refusal | null
}

/** What the detail page offers; the server re-checks on every call. */
export function actionsFor(filing: Filing, today: string): FilingActions {
  return { cancel: cancelRefusal(filing, today), change: changeRefusal(filing, today) }
}

export const STATUS_FILTERS: { label: string; statuses?: FilingStatus[] }[] = [
  { label: '全部' },
  { label: '审核中', statuses: ['submitted', 'reviewing'] },
  { label: '已备案', statuses: ['approved'] },
  { label: '已结束', statuses: ['rejected', 'cancelled', 'expired'] },
]

// ---------------------------------------------------------------- 补办 and 手工报销

/**
 * Already discharged and paid in full (POLICY.md "Late filing (补办) and self-pay"; seed 003 item 9): file afterwards
 * under the 参保地's rules, then claim manually (手工报销). This app's 补办 switch is only for people still in hospital;
 * the claim itself is made in the claims subpackage.
 */
export const REIMBURSE_STEPS = [
  '按参保地规定补办异地就医备案手续。已经出院的，不要在本小程序勾选“补办备案：已经住院，还没出院结算”，那只适用于还在住院、尚未出院结算的情况；请向参保地医保经办机构说明已自费出院，按其要求补办。急诊抢救视同已备案，不用补办。',
  '在本小程序“手工报销”填写住院信息和每张票据的号码、金额，上传票据和费用清单照片，提交后可随时查看审核、核定和到账进度。',
  '报销待遇按参保地规定执行，核定金额支付到本人社保卡金融账户；参保地要求提交原件的，请按其要求办理，也可拨打12393咨询。',
]

/** Seed 004 (衡阳, 2017) lists these for a manual claim; the 参保地 decides the current list. */
export const REIMBURSE_MATERIALS = [
  '身份证或社保卡',
  '住院收据（发票）原件',
  '住院医疗费用总清单',
  '出院记录或住院病案首页',
  '疾病诊断证明书',
  '急诊的还需门（急）诊病历；转诊的还需转诊转院证明',
]

/** The Q&A entry that answers "paid in full, can I still claim?". */
export const REIMBURSE_QA_ID = 'late-after-paid'

export const EMERGENCY_POINTS = [
  COVERAGE_RULES.emergency.text,
  COVERAGE_RULES['emergency-papers'].text,
  '住院后、出院结算前补办备案，医院就能给您直接结算，不用先垫付全部费用。',
  '如果已经全自费出院，也能补办备案后回参保地手工报销。',
]
