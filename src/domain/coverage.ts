/**
 * What cross-province direct settlement covers (POLICY.md "What direct settlement covers"), as data and as the one
 * Chinese wording every screen uses: the filing detail page, the emergency explainer, the category info, the
 * generated 个人承诺书, the Q&A answers and the mock's messages all read it from here (a test checks that no other
 * module restates it).
 *
 * The 2017 衡阳 exclusions (seed 004: ordinary outpatient and emergency visits, accidental-injury stays) are history
 * and are not stated here: since 2022 住院, 普通门诊 and 门诊慢特病 all settle directly.
 */
import type { FilingCategory } from '@/domain/filings/types'
import { cite, type SourceKey } from '@/domain/sources'

export type CoverageKind = 'inpatient' | 'outpatient' | 'chronic'

/**
 * The three kinds of cost that settle directly since 2022, in POLICY.md's words. The one label map: service points
 * (`ServicePoint.crossProvince`), the finder's filter and the filing detail page all read it.
 */
export const COVERAGE_KIND_LABELS: Record<CoverageKind, string> = {
  inpatient: '住院',
  outpatient: '普通门诊',
  chronic: '门诊慢特病',
}

export const DIRECT_KINDS: readonly CoverageKind[] = ['inpatient', 'outpatient', 'chronic']

/** The five 门诊慢特病 that settle across provinces nationally (POLICY.md; seed 003 item 12), as typed ids. */
export type ChronicDiseaseId = 'hypertension' | 'diabetes' | 'cancer-therapy' | 'dialysis' | 'transplant'

export const CHRONIC_DISEASE_IDS: readonly ChronicDiseaseId[] = ['hypertension', 'diabetes', 'cancer-therapy', 'dialysis', 'transplant']

/** Each disease in POLICY.md's words. */
export const CHRONIC_DISEASE_LABELS: Record<ChronicDiseaseId, string> = {
  hypertension: '高血压',
  diabetes: '糖尿病',
  'cancer-therapy': '恶性肿瘤门诊放化疗',
  dialysis: '尿毒症透析',
  transplant: '器官移植术后抗排异治疗',
}

/** The five names in order. */
export const CHRONIC_DISEASES: readonly string[] = CHRONIC_DISEASE_IDS.map((id) => CHRONIC_DISEASE_LABELS[id])

export function isChronicDiseaseId(value: unknown): value is ChronicDiseaseId {
  return typeof value === 'string' && (CHRONIC_DISEASE_IDS as readonly string[]).includes(value)
}

export type CoverageRuleId =
  'kinds' | 'catalogue' | 'chronic' | 'injury-no-third-party' | 'injury-third-party' | 'emergency' | 'emergency-papers' | 'networked'

export interface CoverageRule {
  id: CoverageRuleId
  /** The rule as one Chinese sentence; every screen shows exactly this text. */
  text: string
  /** true: these costs settle directly; false: 医保 does not pay them directly; null: a condition or note. */
  direct: boolean | null
  sources: SourceKey[]
  /** Chinese terms POLICY.md quotes, which `text` carries word for word (checked against POLICY.md by a test). */
  quotes: string[]
}

const rule = (r: CoverageRule): CoverageRule => r

export const COVERAGE_RULES: Record<CoverageRuleId, CoverageRule> = {
  kinds: rule({
    id: 'kinds',
    text: '自2022年起，住院、普通门诊和门诊慢特病费用，都可以在就医地开通相应业务的跨省联网定点医疗机构直接结算。',
    direct: true,
    sources: ['nat'],
    quotes: ['住院', '普通门诊', '门诊慢特病'],
  }),
  catalogue: rule({
    id: 'catalogue',
    text: '结算执行“就医地目录、参保地政策、就医地管理”：能报哪些药品、医疗服务项目和医用耗材看就医地目录；起付线、报销比例和最高支付限额按参保地政策。',
    direct: null,
    sources: ['nat', 'hy'],
    quotes: ['就医地目录', '参保地政策', '就医地管理', '药品', '医疗服务项目', '医用耗材', '起付线'],
  }),
  chronic: rule({
    id: 'chronic',
    text: `门诊慢特病共5种（${CHRONIC_DISEASES.join('、')}），需先在参保地认定门慢特病资格，并到开通该病种的联网医院就医。`,
    direct: true,
    sources: ['nat', 'jm'],
    quotes: [...CHRONIC_DISEASES, '认定', '门慢特病'],
  }),
  'injury-no-third-party': rule({
    id: 'injury-no-third-party',
    text: '外伤住院没有第三方责任的，本人签署外伤无第三方责任承诺书后，可以直接结算。',
    direct: true,
    sources: ['procedure'],
    quotes: ['外伤', '外伤无第三方责任承诺书'],
  }),
  'injury-third-party': rule({
    id: 'injury-third-party',
    text: '有第三方责任的外伤（如交通事故、被他人伤害）和工伤，医保不直接支付。',
    direct: false,
    sources: ['procedure'],
    quotes: ['外伤', '工伤'],
  }),
  emergency: rule({
    id: 'emergency',
    text: '急诊抢救视同已备案，相关门诊和住院费用都可以按参保地异地急诊抢救的待遇标准直接结算。',
    direct: true,
    sources: ['nat', 'jm'],
    quotes: ['视同已备案'],
  }),
  'emergency-papers': rule({
    id: 'emergency-papers',
    text: '门（急）诊病历、入院证明等材料，只在回参保地手工报销或参保地要求时才需要提交。',
    direct: null,
    sources: ['nat', 'hy'],
    quotes: ['病历', '入院证明'],
  }),
  networked: rule({
    id: 'networked',
    text: '不是每家医院都开通了每一类直接结算：就医前请先查询医院是否开通住院、普通门诊或相应门诊慢特病的跨省直接结算。',
    direct: null,
    sources: ['nat'],
    quotes: ['住院', '普通门诊', '门诊慢特病'],
  }),
}

const text = (id: CoverageRuleId) => COVERAGE_RULES[id].text

/** What the filing detail page and the explainers list, grouped. */
export const COVERAGE = {
  /** One line for messages: what an approved filing lets the person do. */
  summary: '在就医地开通相应业务的跨省联网定点医疗机构，住院、普通门诊和门诊慢特病费用可以直接结算。',
  /** Costs that settle directly (with their conditions). */
  direct: [text('kinds'), text('chronic'), text('injury-no-third-party'), text('emergency')],
  /** Costs 医保 does not pay directly. */
  notDirect: [text('injury-third-party')],
  /** Conditions and notes. */
  notes: [text('networked'), text('emergency-papers')],
  /** 就医地目录、参保地政策、就医地管理. */
  rule: text('catalogue'),
  /** Every source the coverage statements rest on, as one citation. */
  source: cite('nat', 'procedure', ['jm', '第8、12项']),
} as const

/** The coverage lines for one filing category (the category info card). */
export function coverageForCategory(category: FilingCategory): string[] {
  return category === 'emergency' ? [text('emergency'), text('kinds')] : [text('kinds')]
}

/** The paragraph the generated 个人承诺书 quotes: the person confirms they know these rules. */
export function pledgeCoverageClause(): string {
  return `本人已知晓：${text('kinds')}${text('catalogue')}${text('injury-no-third-party')}${text('injury-third-party')}`
}
