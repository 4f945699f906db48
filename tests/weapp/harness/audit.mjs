// The WeChat devtools experience audit (体验评分) figures, measured on a page the harness rendered.
// Thresholds as WeChat documents them; see docs: WXML nodes < 1000, each setData ≤ 256 KB, ≤ 20 setData a second.

export const THRESHOLDS = {
  /** The audit flags pages with 1,000 or more WXML nodes. */
  maxNodes: 999,
  /** The audit flags any single setData over 256 KB. */
  maxSetDataBytes: 256 * 1024,
  /** The audit flags more than 20 setData calls in a second. */
  maxSetDataPerSecond: 20,
}

/** Nodes in Taro's data tree (every element and text node the templates render). */
export function countNodes(root) {
  let n = 0
  const walk = (node) => {
    for (const child of node?.cn ?? []) {
      n++
      walk(child)
    }
  }
  walk(root)
  return n
}

/** The most setData calls in any one-second window. */
export function maxPerSecond(entries) {
  let best = 0
  let start = 0
  for (let end = 0; end < entries.length; end++) {
    while (entries[end].at - entries[start].at >= 1000) start++
    best = Math.max(best, end - start + 1)
  }
  return best
}

/**
 * Figures for one page since it was opened: first render is the first setData (Taro renders the page in one),
 * settled is the last setData before the page went quiet.
 */
export function measurePage(page) {
  const log = page.setData
  const first = log[0]
  return {
    nodes: countNodes(page.instance.data.root),
    firstRenderCalls: first ? 1 : 0,
    firstRenderBytes: first?.bytes ?? 0,
    settledCalls: log.length,
    settledBytes: log.reduce((sum, e) => sum + e.bytes, 0),
    maxSetDataBytes: log.reduce((max, e) => Math.max(max, e.bytes), 0),
    maxCallsPerSecond: maxPerSecond(log),
    firstRenderMs: first ? first.at - page.openedAt : null,
    settledMs: log.length ? log[log.length - 1].at - page.openedAt : null,
  }
}

/** What breaks the audit on this page, in words; empty when it passes. */
export function auditProblems(figures) {
  const problems = []
  if (figures.nodes > THRESHOLDS.maxNodes) problems.push(`${figures.nodes} nodes (audit: < 1000)`)
  if (figures.maxSetDataBytes > THRESHOLDS.maxSetDataBytes) problems.push(`a setData of ${figures.maxSetDataBytes} B (audit: ≤ 256 KB)`)
  if (figures.maxCallsPerSecond > THRESHOLDS.maxSetDataPerSecond)
    problems.push(`${figures.maxCallsPerSecond} setData in one second (audit: ≤ 20)`)
  return problems
}
