import { route } from '@/domain/routes'
/** Pure rules for the Q&A: answer text → blocks (sanitised), merging server updates, content checks. */
import { QA_ID_PATTERN, type QaContent, type QaEntry } from '@/domain'
import { isTag, TAGS, type Tag } from '@/features/policy-qa/tags'

export const SHORT_MAX = 80
/** The national campaign warns against these misleading phrases; content must never use them. */
export const FORBIDDEN_PHRASES = ['全国漫游', '自由就医']

export type Block = { kind: 'p'; text: string } | { kind: 'list'; items: string[] }

/**
 * Removes anything that looks like markup. Answers are rendered as plain text nodes anyway (never as HTML),
 * so this is a second line: no tag, script or event-handler text even shows up.
 */
export function stripMarkup(text: string): string {
  return (
    text
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?[a-z!][^>]*>?/gi, '')
      .replace(/javascript:/gi, '')
      // eslint-disable-next-line no-control-regex -- stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  )
}

/** Plain-text answer → paragraphs and lists: blank lines separate paragraphs; "- " lines are list items. */
export function toBlocks(full: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of stripMarkup(full).split(/\n\s*\n/)) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    let list: string[] | null = null
    for (const line of lines) {
      const item = /^[-•·]\s*(.+)$/.exec(line)
      if (item) {
        if (!list) blocks.push({ kind: 'list', items: (list = []) })
        list.push(item[1])
      } else {
        list = null
        blocks.push({ kind: 'p', text: line })
      }
    }
  }
  return blocks
}

/** Problems with one entry, in words an editor understands; empty when fine. */
export function entryProblems(entry: QaEntry, knownIds: ReadonlySet<string>): string[] {
  const problems: string[] = []
  if (!QA_ID_PATTERN.test(entry.id)) problems.push(`id "${entry.id}" is not kebab-case`)
  if (!entry.question.trim()) problems.push('empty question')
  if (!entry.short.trim() || Array.from(entry.short).length > SHORT_MAX) problems.push(`short answer must be 1–${SHORT_MAX} characters`)
  if (!entry.full.trim()) problems.push('empty full answer')
  if (entry.tags.length === 0) problems.push('no tags')
  for (const t of entry.tags) if (!isTag(t)) problems.push(`unknown tag "${t}"`)
  for (const r of entry.related) {
    if (r === entry.id) problems.push('relates to itself')
    else if (!knownIds.has(r)) problems.push(`unknown related id "${r}"`)
  }
  if (!entry.source.trim()) problems.push('no source')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(entry.reviewedAt)) problems.push('reviewedAt is not YYYY-MM-DD')
  const text = `${entry.question}${entry.short}${entry.full}${entry.keywords ?? ''}`
  for (const phrase of FORBIDDEN_PHRASES) if (text.includes(phrase)) problems.push(`uses the misleading phrase "${phrase}"`)
  if (/<[a-z/!]/i.test(text)) problems.push('contains markup')
  return problems
}

export interface MergedContent {
  version: string
  entries: QaEntry[]
}

/**
 * Applies a server update on top of the bundled content. An update for another base, or entries that
 * fail the content checks, are ignored: a bad update must never break what works offline.
 */
export function applyUpdate(bundled: MergedContent, update: QaContent | null | undefined): MergedContent {
  if (!update || update.baseVersion !== bundled.version || !Array.isArray(update.entries)) return bundled
  const removed = new Set(Array.isArray(update.removed) ? update.removed : [])
  const byId = new Map(bundled.entries.filter((e) => !removed.has(e.id)).map((e) => [e.id, e]))
  const incoming = update.entries.filter((e) => e && typeof e.id === 'string')
  const ids = new Set([...byId.keys(), ...incoming.map((e) => e.id)])
  for (const raw of incoming) {
    const entry = { ...raw, related: (raw.related ?? []).filter((r) => ids.has(r) && !removed.has(r)) }
    if (entryProblems(entry, ids).length === 0) byId.set(entry.id, entry)
  }
  // Related ids may point at withdrawn entries now.
  const entries = [...byId.values()].map((e) => ({ ...e, related: e.related.filter((r) => byId.has(r)) }))
  return { version: update.version, entries }
}

/** Entries per tag, in vocabulary order, for browsing. */
export function byTag(entries: readonly QaEntry[]): { tag: Tag; entries: QaEntry[] }[] {
  return TAGS.map((tag) => ({ tag, entries: entries.filter((e) => e.tags.includes(tag)) })).filter((g) => g.entries.length > 0)
}

export const QA_ROUTES = {
  index: route('qaIndex'),
  /** `q`: the search that led here, so the answer can mark the same words. */
  entry: (id: string, q?: string) => route('qaEntry', { id, q }),
  filingStart: route('filingStart'),
  filingList: route('filingList'),
  claimsStart: route('claimsStart'),
  points: route('pointsList'),
  contributions: route('recordsContributions'),
  account: route('recordsAccount'),
  family: route('familyList'),
  chronic: route('chronicList'),
  chronicPoints: route('pointsList', { settlement: 'chronic' }),
  transferStart: route('transferStart'),
  evoucher: route('evoucherCode'),
} as const

export const HOTLINE = '12393'

export type Action = { label: string; to: string } | { label: string; call: string }

const FILE_TAGS: Tag[] = ['filing.who', 'filing.how', 'filing.materials', 'filing.validity', 'filing.late', 'filing.emergency']

/** What a reader can do next from an answer; at most three, the most direct first. */
export function actionsFor(entry: Pick<QaEntry, 'tags'>): Action[] {
  const has = (t: Tag) => entry.tags.includes(t)
  const out: Action[] = []
  if (has('claim')) out.push({ label: '申请手工报销', to: QA_ROUTES.claimsStart })
  if (has('settlement.chronic')) out.push({ label: '办理门诊慢特病认定', to: QA_ROUTES.chronic })
  if (has('transfer')) out.push({ label: '申请转移接续', to: QA_ROUTES.transferStart })
  if (FILE_TAGS.some(has)) out.push({ label: '去备案', to: QA_ROUTES.filingStart })
  if (has('filing.cancel')) out.push({ label: '查看我的备案', to: QA_ROUTES.filingList })
  if (has('account')) out.push({ label: '查个人账户', to: QA_ROUTES.account })
  if (has('contribution')) out.push({ label: '查缴费记录', to: QA_ROUTES.contributions })
  if (has('family')) out.push({ label: '管理亲情账户', to: QA_ROUTES.family })
  if (has('evoucher')) out.push({ label: '出示医保码', to: QA_ROUTES.evoucher })
  if (has('settlement.chronic')) out.push({ label: '找可结算慢特病的医院', to: QA_ROUTES.chronicPoints })
  else if (['filing.how', 'filing.late', 'transfer', 'hotline'].some((t) => has(t as Tag))) {
    out.push({ label: '找附近网点', to: QA_ROUTES.points })
  }
  if (has('hotline') || has('fraud')) out.push({ label: `拨打${HOTLINE}`, call: HOTLINE })
  return out.slice(0, 3)
}
