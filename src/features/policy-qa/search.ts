/**
 * The one search the app, the editors' tool (scripts/qa-search.ts) and the bench all use.
 * MiniSearch (BM25+) over CJK unigrams + bigrams; query synonyms and unigrams weigh less; bigrams the
 * corpus has never seen (usually a typo) are matched fuzzily to known ones.
 */
import MiniSearch from 'minisearch'
import type { QaEntry } from '../../backend'
import { isTag, TAG_LABELS } from './tags'
import { queryTerms, tokenize, UNIGRAM_WEIGHT } from './text'

export interface SearchHit {
  id: string
  score: number
  /** Corpus terms that matched, for highlighting. */
  terms: string[]
}

export interface QaSearch {
  search(query: string, limit?: number): SearchHit[]
  /** Number of distinct terms in the index. */
  readonly termCount: number
}

interface IndexedDoc {
  id: string
  question: string
  keywords: string
  short: string
  full: string
  topics: string
}

const FIELDS = ['question', 'keywords', 'short', 'full', 'topics'] as const
const BOOST = { question: 3, keywords: 2, short: 1.5, full: 1, topics: 1 }
const TYPO_WEIGHT = 0.6
/** Share of the query's words a result must contain. */
const MIN_COVERAGE = 0.15
/** Results scoring below this share of the best one are noise (a shared character or two). */
const RELATIVE_CUTOFF = 0.12

export function createSearch(entries: readonly QaEntry[]): QaSearch {
  const vocabulary = new Set<string>()
  // Known bigrams by their first and by their second character, to repair a one-character typo.
  const byFirst = new Map<string, Set<string>>()
  const bySecond = new Map<string, Set<string>>()
  const remember = (term: string) => {
    if (vocabulary.has(term)) return
    vocabulary.add(term)
    if (term.length !== 2) return
    if (!byFirst.has(term[0])) byFirst.set(term[0], new Set())
    if (!bySecond.has(term[1])) bySecond.set(term[1], new Set())
    byFirst.get(term[0])!.add(term)
    bySecond.get(term[1])!.add(term)
  }
  const index = new MiniSearch<IndexedDoc>({
    fields: [...FIELDS],
    tokenize: (text) => {
      const terms = tokenize(text)
      for (const t of terms) remember(t)
      return terms
    },
    processTerm: (term) => term,
    searchOptions: { boost: BOOST },
  })
  index.addAll(
    entries.map((e) => ({
      id: e.id,
      question: e.question,
      keywords: e.keywords ?? '',
      short: e.short,
      full: e.full,
      topics: e.tags.map((t) => (isTag(t) ? TAG_LABELS[t] : '')).join(' '),
    })),
  )

  return {
    termCount: vocabulary.size,
    search(query, limit = 10) {
      const weights = queryTerms(query)
      if (weights.size === 0) return []
      // Which query word each term stands for: coverage counts words, not the many terms one word becomes.
      const source = new Map<string, string>()
      for (const [term, weight] of weights) if (weight > UNIGRAM_WEIGHT || weights.size === 1) source.set(term, term)
      const typoSource = new Map<string, string>()
      for (const [term, weight] of [...weights]) {
        if (term.length !== 2 || weight < 1 || vocabulary.has(term)) continue
        // An unknown bigram is usually a typo of a known one sharing a character: spread a small weight
        // over those, more on the rarer side (few bigrams start with 备, many end with 按).
        for (const candidates of [byFirst.get(term[0]), bySecond.get(term[1])]) {
          if (!candidates) continue
          const w = TYPO_WEIGHT / Math.sqrt(candidates.size)
          for (const c of candidates) {
            if (weights.has(c) && weights.get(c)! >= w) continue
            weights.set(c, w)
            if (!typoSource.has(c)) typoSource.set(c, term)
          }
        }
      }
      const words = new Set(source.values()).size
      // A long question needs more than one shared word before a result counts (not just 适合 or 时间).
      const needed = Math.min(3, Math.max(1, Math.ceil(words * MIN_COVERAGE)))
      const results = index.search(
        { queries: [...weights.keys()], combineWith: 'OR' },
        {
          tokenize: (t) => [t],
          processTerm: (t) => t,
          boostTerm: (term) => weights.get(term) ?? 1,
        },
      )
      // Typo repairs only count when none of the query's own words occur anywhere (e.g. just "备按"):
      // otherwise they would let junk through (the corpus has many cross-word bigrams).
      const anyReal = results.some((r) => r.terms.some((t) => source.has(t)))
      const covered = (r: { terms: string[] }) =>
        new Set(r.terms.map((t) => (anyReal ? source.get(t) : typoSource.get(t))).filter(Boolean)).size
      const relevant = results.filter((r) => covered(r) >= (anyReal ? needed : 1))
      if (relevant.length === 0) return []
      const floor = relevant[0].score * RELATIVE_CUTOFF
      return relevant
        .filter((r) => r.score >= floor)
        .slice(0, limit)
        // Highlight the query's own words (and synonyms), not the weak terms that only helped ranking.
        .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms.filter((t) => (anyReal ? source.has(t) : typoSource.has(t))) }))
    },
  }
}

/** The naive baseline the bench compares against: scan every entry for every query bigram. */
export function naiveScan(entries: readonly QaEntry[], query: string, limit = 10): string[] {
  const terms = [...queryTerms(query).keys()].filter((t) => t.length > 1)
  const scored: { id: string; score: number }[] = []
  for (const e of entries) {
    const text = `${e.question}\n${e.keywords ?? ''}\n${e.short}\n${e.full}`
    let score = 0
    for (const t of terms) {
      let from = text.indexOf(t)
      while (from !== -1) {
        score++
        from = text.indexOf(t, from + t.length)
      }
    }
    if (score > 0) scored.push({ id: e.id, score })
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((s) => s.id)
}
