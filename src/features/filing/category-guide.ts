// Choosing a filing category: the guided start's questions, what each category means, and whether this person can
// use an answer (the server's eligibility rule, shown early).
import { coverageForCategory } from '@/domain/coverage'
import { categoryIneligibility, statusIneligibility, type EligibilityFacts, type Ineligibility } from '@/domain/filings/eligibility'
import { pledgeAllowed, ratioCutPoints } from '@/domain/filings/rules'
import { FILING_CATEGORY_LABELS, MATERIAL_KIND_LABELS, type FilingCategory, type InsuredPlacePolicy } from '@/domain'

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

/** Why this person cannot use an answer of the guided start, or null: the same rule the server enforces. */
export function answerIneligibility(person: EligibilityFacts, answer: Pick<GuideAnswer, 'category'>): Ineligibility | null {
  if (!answer.category) return null
  return statusIneligibility(person) ?? categoryIneligibility(person, answer.category)
}
