// Policy Q&A search: quality on the search quality set, per-keystroke latency over the whole corpus
// (against a naive substring scan in the same run), and what the content and index cost.
import { ENTRIES } from '@/features/policy-qa/content'
import { QUALITY_SET } from '@/features/policy-qa/quality-set'
import { createSearch, naiveScan } from '@/features/policy-qa/search'
import { median, percentile, report, timeEach } from './_lib'

const BENCH = 'policy-qa'
const byId = new Map(ENTRIES.map((e) => [e.id, e]))

const buildTimes = timeEach(
  Array.from({ length: 20 }, (_, i) => i),
  () => createSearch(ENTRIES),
  3,
)
const search = createSearch(ENTRIES)

let top1 = 0
let top3 = 0
for (const { query, tag } of QUALITY_SET) {
  const hits = search.search(query, 3)
  if (hits[0] && byId.get(hits[0].id)!.tags.includes(tag)) top1++
  if (hits.some((h) => byId.get(h.id)!.tags.includes(tag))) top3++
}
report(BENCH, 'top1_accuracy', top1 / QUALITY_SET.length, 'ratio')
report(BENCH, 'top3_accuracy', top3 / QUALITY_SET.length, 'ratio')
report(BENCH, 'quality_set_size', QUALITY_SET.length, 'questions')

// Every prefix of every question: what the app searches as someone types.
const keystrokes = QUALITY_SET.flatMap(({ query }) =>
  Array.from({ length: Array.from(query).length }, (_, i) =>
    Array.from(query)
      .slice(0, i + 1)
      .join(''),
  ),
)
const rounds = 10
const inputs = Array.from({ length: rounds }, () => keystrokes).flat()
const searchTimes = timeEach(inputs, (q) => search.search(q, 20), 200)
const scanTimes = timeEach(inputs, (q) => naiveScan(ENTRIES, q, 20), 200)
report(BENCH, 'search_median_ms', median(searchTimes), 'ms')
report(BENCH, 'search_p95_ms', percentile(searchTimes, 95), 'ms')
report(BENCH, 'scan_median_ms', median(scanTimes), 'ms')
report(BENCH, 'speedup_vs_scan', median(scanTimes) / median(searchTimes), 'ratio')
report(BENCH, 'keystrokes', keystrokes.length, 'queries')

report(BENCH, 'entries', ENTRIES.length, 'entries')
report(BENCH, 'content_bytes', Buffer.byteLength(JSON.stringify(ENTRIES), 'utf8'), 'bytes')
report(BENCH, 'index_terms', search.termCount, 'terms')
report(BENCH, 'index_build_ms', median(buildTimes), 'ms')
