/** The closed topic vocabulary. Every entry carries at least one of these; the browse page lists them in this order. */
export const TAGS = [
  'filing.who',
  'filing.how',
  'filing.materials',
  'filing.validity',
  'filing.cancel',
  'filing.late',
  'filing.emergency',
  'claim',
  'settlement.scope',
  'settlement.chronic',
  'settlement.ratio',
  'settlement.rule',
  'evoucher',
  'contribution',
  'account',
  'transfer',
  'family',
  'fraud',
  'hotline',
] as const

export type Tag = (typeof TAGS)[number]

export const TAG_LABELS: Record<Tag, string> = {
  'filing.who': '谁可以备案',
  'filing.how': '在哪办、怎么办',
  'filing.materials': '备案材料与承诺制',
  'filing.validity': '备案有效期',
  'filing.cancel': '变更与取消备案',
  'filing.late': '补办备案与手工报销',
  'filing.emergency': '急诊抢救',
  claim: '手工报销申请与进度',
  'settlement.scope': '哪些费用能直接结算',
  'settlement.chronic': '门诊慢特病',
  'settlement.ratio': '报销比例差异',
  'settlement.rule': '就医地目录与参保地政策',
  evoucher: '医保电子凭证',
  contribution: '居民医保缴费',
  account: '个人账户与家庭共济',
  transfer: '医保关系转移接续',
  family: '亲情账户与代办',
  fraud: '举报欺诈骗保',
  hotline: '咨询电话',
}

export function isTag(value: unknown): value is Tag {
  return typeof value === 'string' && (TAGS as readonly string[]).includes(value)
}
