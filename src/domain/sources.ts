/**
 * Where the app's policy statements come from. Every citation the app shows (Q&A sources, coverage rules, hotlines)
 * is one of these labels, optionally followed by the item numbers it cites (`第8项`). Each label points at the
 * project's own record of that document: a seed in `../shared/seeds/` or a section of `../shared/POLICY.md`, and names
 * a phrase that record contains, so a test can prove the pointer is right.
 */
export type SourceRef = { seed: string } | { policySection: string }

export interface PolicySource {
  /** The citation as people read it (Simplified Chinese). */
  label: string
  ref: SourceRef
  /** A phrase the referenced seed or POLICY.md section contains. */
  evidence: string
}

export const SOURCES = {
  nat: {
    label: '国家医保局 财政部《关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）',
    ref: { policySection: 'Policy rules for 异地就医备案' },
    evidence: '医保发〔2022〕22号',
  },
  procedure: {
    label: '国家医保局 财政部《基本医疗保险跨省异地就医直接结算经办规程》（2022年）',
    ref: { policySection: 'What direct settlement covers' },
    evidence: '外伤无第三方责任承诺书',
  },
  jm: {
    label: '荆门市医疗保障局《关于落实医保服务二十七项便民措施的通知》（荆医保发〔2023〕18号）',
    ref: { seed: '003' },
    evidence: '荆医保发〔2023〕18号',
  },
  hy: {
    label: '衡阳日报·人社周刊《衡阳人跨省异地就医可直接结算》（2017年）',
    ref: { seed: '004' },
    evidence: '衡阳人跨省异地就医可直接结算',
  },
  cn: {
    label: '衡阳日报·人社周刊《常宁市“六类人员”免费参加居民医保》（2017年）',
    ref: { seed: '004' },
    evidence: '“六类人员”免费参加居民医保',
  },
  campaign: {
    label: '人力资源社会保障部办公厅《关于开展跨省异地就医直接结算集中宣传活动的通知》（人社厅函〔2017〕331号）',
    ref: { seed: '000' },
    evidence: '人社厅函〔2017〕331号',
  },
  qy: {
    label: '屈原管理区医疗保障局2024年度宣传工作方案',
    ref: { seed: '002' },
    evidence: '屈原管理区医疗保障局2024年度宣传工作方案',
  },
  gongji: {
    label: '国务院办公厅《关于建立健全职工基本医疗保险门诊共济保障机制的指导意见》（国办发〔2021〕14号）',
    ref: { policySection: '家庭共济' },
    evidence: '国办发〔2021〕14号',
  },
  gongji2024: {
    label: '国务院办公厅《关于健全基本医疗保险参保长效机制的指导意见》（国办发〔2024〕38号）',
    ref: { policySection: '家庭共济' },
    evidence: '国办发〔2024〕38号',
  },
  app: {
    label: '国家医保服务平台“亲情账户”功能说明',
    ref: { policySection: 'Other facts the app uses' },
    evidence: '亲情账户',
  },
  hotline: {
    label: '国家医疗保障局 医保服务热线12393',
    ref: { policySection: 'Other facts the app uses' },
    evidence: '12393 is the 医保 service hotline',
  },
  contributionMin: {
    label:
      '国家医保局 财政部 国家税务总局《关于做好2023年城乡居民基本医疗保障工作的通知》《关于做好2024年城乡居民基本医疗保障有关工作的通知》',
    ref: { policySection: 'Other facts the app uses' },
    evidence: '¥400 for 2024',
  },
} as const satisfies Record<string, PolicySource>

export type SourceKey = keyof typeof SOURCES

/** The labels of several sources joined as the app shows them, e.g. `A；B第8项`. */
export function cite(...parts: (SourceKey | [SourceKey, string])[]): string {
  return parts.map((part) => (Array.isArray(part) ? `${SOURCES[part[0]].label}${part[1]}` : SOURCES[part].label)).join('；')
}

/** The sources one citation string names, or the parts no source matches (for tests and content checks). */
export function parseCitation(citation: string): { keys: SourceKey[]; unknown: string[] } {
  const keys: SourceKey[] = []
  const unknown: string[] = []
  const labels = (Object.keys(SOURCES) as SourceKey[]).sort((a, b) => SOURCES[b].label.length - SOURCES[a].label.length)
  for (const raw of citation.split('；')) {
    const part = raw.trim()
    // The longest label that the part starts with; what follows may only be item numbers (第8项, 第7、8、9项).
    const key = labels.find((k) => part.startsWith(SOURCES[k].label) && /^(第[\d、]+项)?$/.test(part.slice(SOURCES[k].label.length)))
    if (key) keys.push(key)
    else unknown.push(part)
  }
  return { keys, unknown }
}
