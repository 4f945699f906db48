// WeChat's experience-audit figures (体验评分), measured on the production weapp build (dist/weapp or WEAPP_DIR) as
// it runs under WeChat's component engine in plain Node (tests/weapp/harness): every page of app.json, reached with
// real fixtures. Per page and as the maximum over pages:
// - data-tree nodes (the audit flags 1,000 or more WXML nodes on a page);
// - setData calls and bytes on first render and until settled; the largest single setData (the audit flags any over
//   256 KB) and the most calls in one second (the audit flags more than 20);
// - time to first render and to settled (this machine, in Node: compare pages, not devices).
// Exits non-zero when a page breaks a threshold.
import { existsSync } from 'node:fs'
import { auditProblems, THRESHOLDS } from '../tests/weapp/harness/audit.mjs'
import { launch } from '../tests/weapp/harness/host.mjs'
import { PAGES_LAUNCH, visitPage } from '../tests/weapp/harness/pages.mjs'

const root = process.env.WEAPP_DIR ?? 'dist/weapp'
if (!existsSync(`${root}/app.json`)) {
  console.error(`weapp-runtime: no weapp build in ${root}; run \`NODE_ENV=production npx taro build --type weapp\` first (npm test does).`)
  process.exit(1)
}

const round = (v) => (Number.isInteger(v) ? v : Number(v.toPrecision(4)))
const report = (metric, value, unit) => console.log(JSON.stringify({ bench: 'weapp-runtime', metric, value: round(Number(value)), unit }))
const METRICS = [
  ['nodes', 'nodes'],
  ['firstRenderCalls', 'calls'],
  ['firstRenderBytes', 'bytes'],
  ['settledCalls', 'calls'],
  ['settledBytes', 'bytes'],
  ['maxSetDataBytes', 'bytes'],
  ['maxCallsPerSecond', 'calls/s'],
  ['firstRenderMs', 'ms'],
  ['settledMs', 'ms'],
]

const app = await launch(PAGES_LAUNCH)
const results = []
const problems = []
for (const route of app.routes) {
  const result = await visitPage(app, route)
  results.push(result)
  for (const [key, unit] of METRICS) report(`${route} ${key}`, result.figures[key] ?? 0, unit)
  problems.push(...result.problems.map((p) => `${route}: ${p}`), ...auditProblems(result.figures).map((p) => `${route}: ${p}`))
}
for (const [key, unit] of METRICS) {
  const heaviest = results.reduce((a, b) => ((b.figures[key] ?? 0) > (a.figures[key] ?? 0) ? b : a))
  report(`max ${key} (${heaviest.route})`, heaviest.figures[key] ?? 0, unit)
}
report('threshold nodes (audit flags ≥ 1000)', THRESHOLDS.maxNodes + 1, 'nodes')
report('threshold single setData (audit flags > 256 KB)', THRESHOLDS.maxSetDataBytes, 'bytes')
report('threshold setData per second (audit flags > 20)', THRESHOLDS.maxSetDataPerSecond, 'calls/s')
if (problems.length > 0) {
  console.error(`weapp-runtime: pages break the audit or do not render:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
process.exit(0)
