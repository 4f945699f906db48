/**
 * Chinese text handling for search: normalisation (full-width, case, traditional → simplified),
 * tokenisation into character unigrams + bigrams, and synonym expansion of queries.
 * Normalisation is strictly one character for one, so match positions map straight back to the shown text.
 */

// Traditional → simplified for the characters this domain uses (cheap: one string pair, no dictionary).
const TRAD =
  '醫險備結報銷療診錄證辦轉職員區縣這個嗎麼還賬帳戶號應機構電話點擊間過長時費額線書讓歲媽續網絡國藥嗎價錢補繳納權認違規舉獎勵檢查鑑鑒們聯絡體務標準醫問題寫說請與從來後們當無發現關條開藝術設計親屬綁簽議護險隨時醫處療養護雙門慢癥糖腫瘤尿腎臟術後異層級參選擇換辭變撤銷註冊審核結幫爺奶兒孫兩對於經濟種類創傷骨摺禍車搶救樣麼紹隊傳統資產歷碼掃臉憑領啟線級達島廣東臺灣蘇湘鄂華貴遼寧黑龍吉陝甯內蒙門診齊會員縮觀費週邊鄉鎮區戶籍遷頁實際負擔比較規範倉壓減輕鬆處於勞動營運氣'
const SIMP =
  '医险备结报销疗诊录证办转职员区县这个吗么还账帐户号应机构电话点击间过长时费额线书让岁妈续网络国药吗价钱补缴纳权认违规举奖励检查鉴鉴们联络体务标准医问题写说请与从来后们当无发现关条开艺术设计亲属绑签议护险随时医处疗养护双门慢症糖肿瘤尿肾脏术后异层级参选择换辞变撤销注册审核结帮爷奶儿孙两对于经济种类创伤骨折祸车抢救样么绍队传统资产历码扫脸凭领启线级达岛广东台湾苏湘鄂华贵辽宁黑龙吉陕宁内蒙门诊齐会员缩观费周边乡镇区户籍迁页实际负担比较规范仓压减轻松处于劳动营运气'
const TO_SIMPLE = new Map<string, string>()
for (let i = 0; i < TRAD.length; i++) if (TRAD[i] !== SIMP[i]) TO_SIMPLE.set(TRAD[i], SIMP[i])

/** Exposed for tests: the map must pair characters one for one. */
export const TRAD_PAIRS = { trad: TRAD, simp: SIMP }

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/** One output character per input character: full-width → half-width, lower case, traditional → simplified. */
export function normalizeChar(ch: string): string {
  let c = ch
  const code = c.charCodeAt(0)
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCharCode(code - 0xfee0)
  else if (code === 0x3000) c = ' '
  c = c.toLowerCase()
  return TO_SIMPLE.get(c) ?? c
}

export function normalize(text: string): string {
  let out = ''
  for (const ch of text) out += ch.length === 1 ? normalizeChar(ch) : ch
  return out
}

function isWordChar(ch: string): boolean {
  return /[a-z0-9]/.test(ch)
}

/** Runs of CJK characters and of latin letters/digits; everything else separates. */
export function runs(normalized: string): { text: string; cjk: boolean }[] {
  const out: { text: string; cjk: boolean }[] = []
  let current = ''
  let cjk = false
  const flush = () => {
    if (current) out.push({ text: current, cjk })
    current = ''
  }
  for (const ch of normalized) {
    const isCjk = CJK.test(ch)
    if (isCjk || isWordChar(ch)) {
      if (current && isCjk !== cjk) flush()
      cjk = isCjk
      current += ch
    } else flush()
  }
  flush()
  return out
}

/** Index terms: every CJK unigram and bigram, and whole latin/number words. Order kept, duplicates kept. */
export function tokenize(text: string): string[] {
  const terms: string[] = []
  for (const run of runs(normalize(text))) {
    if (!run.cjk) {
      terms.push(run.text)
      continue
    }
    for (let i = 0; i < run.text.length; i++) {
      terms.push(run.text[i])
      if (i + 1 < run.text.length) terms.push(run.text.slice(i, i + 2))
    }
  }
  return terms
}

/**
 * Colloquial or alternative words → the words the content uses. Applied to queries only, as extra
 * lower-weight terms, so an exact match still ranks first.
 */
export const SYNONYMS: [string, string[]][] = [
  ['社保卡', ['医保卡']],
  ['社会保障卡', ['医保卡']],
  ['医保卡', ['社保卡']],
  ['报销', ['结算', '报账']],
  ['结算', ['报销']],
  ['报账', ['报销', '结算']],
  ['能报', ['报销']],
  ['可以报', ['报销']],
  ['备案', ['登记']],
  ['登记', ['备案']],
  ['电子医保卡', ['医保电子凭证']],
  ['医保码', ['医保电子凭证']],
  ['电子社保卡', ['医保电子凭证']],
  ['我妈', ['父母', '老人']],
  ['我爸', ['父母', '老人']],
  ['老妈', ['父母', '老人']],
  ['老爸', ['父母', '老人']],
  ['爸妈', ['父母', '老人']],
  ['母亲', ['父母']],
  ['父亲', ['父母']],
  ['老人', ['父母']],
  ['儿子', ['子女']],
  ['女儿', ['子女']],
  ['孩子', ['子女']],
  ['外地', ['异地']],
  ['外省', ['异地', '跨省']],
  ['看病', ['就医']],
  ['就医', ['看病']],
  ['撤销', ['取消']],
  ['注销', ['取消']],
  ['交费', ['缴费']],
  ['交钱', ['缴费']],
  ['慢性病', ['慢特病']],
  ['慢病', ['慢特病']],
  ['热线', ['电话']],
  ['电话', ['热线']],
  ['骗保', ['欺诈']],
  ['转医保', ['转移接续']],
  ['转关系', ['转移接续']],
  ['多久', ['有效期', '时间']],
]

/** Question words that say nothing about the topic; they weigh like single characters. */
export const STOP_BIGRAMS = new Set([
  '怎么',
  '么办',
  '么样',
  '什么',
  '为什',
  '可以',
  '能不',
  '不能',
  '是不',
  '不是',
  '有没',
  '没有',
  '一样',
  '样吗',
  '了吗',
  '的话',
  '一下',
  '我的',
  '请问',
  '哪些',
  '哪里',
  '咋办',
  '咋整',
  '行不',
  '不行',
  '能报',
  '报吗',
])

export const EXPANSION_WEIGHT = 0.6
/** Single characters say little on their own; bigrams carry the meaning. */
export const UNIGRAM_WEIGHT = 0.25

/**
 * Query terms with weights. Bigrams and words weigh 1, unigrams less (they still let a one-character
 * typo inside a word count), synonym expansions less again. A one-character query searches by its unigram.
 */
export function queryTerms(query: string): Map<string, number> {
  const weights = new Map<string, number>()
  const put = (term: string, weight: number) => weights.set(term, Math.max(weights.get(term) ?? 0, weight))
  const base = tokenize(query)
  const single = base.length === 1
  for (const term of base) put(term, single || (term.length > 1 && !STOP_BIGRAMS.has(term)) ? 1 : UNIGRAM_WEIGHT)
  const normalized = normalize(query)
  for (const [word, alternatives] of SYNONYMS) {
    if (!normalized.includes(word)) continue
    for (const alt of alternatives) {
      for (const term of tokenize(alt)) if (term.length > 1 || alt.length === 1) put(term, EXPANSION_WEIGHT)
    }
  }
  return weights
}

export interface Segment {
  text: string
  hit: boolean
}

/**
 * Splits `text` into highlighted and plain segments: every occurrence of a term of two or more characters
 * is marked (one-character terms only when nothing longer was given, e.g. a one-character query).
 */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  const all = [...terms].filter((t) => t.length > 0)
  const long = all.filter((t) => t.length > 1)
  const use = new Set(long.length > 0 ? long : all)
  if (use.size === 0 || !text) return text ? [{ text, hit: false }] : []
  const chars = Array.from(text)
  const norm = chars.map((c) => (c.length === 1 ? normalizeChar(c) : c))
  const marked = new Array<boolean>(chars.length).fill(false)
  const lengths = [...new Set([...use].map((t) => Array.from(t).length))]
  for (let i = 0; i < chars.length; i++) {
    for (const len of lengths) {
      if (i + len > chars.length) continue
      if (use.has(norm.slice(i, i + len).join(''))) for (let k = i; k < i + len; k++) marked[k] = true
    }
  }
  const segments: Segment[] = []
  for (let i = 0; i < chars.length; i++) {
    const last = segments[segments.length - 1]
    if (last && last.hit === marked[i]) last.text += chars[i]
    else segments.push({ text: chars[i], hit: marked[i] })
  }
  return segments
}
