// Runs the browser journeys (tests/journeys/*.test.mjs) against dist/h5 with node's test runner.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { totals } from '../tests/journeys/a11y.mjs'
import { chromiumPath } from './browser.mjs'

chromiumPath() // exits with install instructions when there is no Chromium
if (!existsSync('dist/h5/index.html')) {
  console.error('dist/h5 is missing: run `npm run build:h5` first')
  process.exit(1)
}
const files = process.argv.slice(2)
// Spec for people; TAP to a file when JOURNEY_TAP asks for it (npm test totals it).
const reporters = ['--test-reporter=spec', '--test-reporter-destination=stdout']
if (process.env.JOURNEY_TAP) reporters.push('--test-reporter=tap', `--test-reporter-destination=${process.env.JOURNEY_TAP}`)
// axe audits of the pages the journeys reach share one directory, so each page is audited once per run.
const a11yDir = mkdtempSync(join(tmpdir(), 'journeys-a11y-'))
const result = spawnSync('node', ['--test', '--test-concurrency=2', ...reporters, ...(files.length ? files : ['tests/journeys/'])], {
  stdio: 'inherit',
  env: { ...process.env, A11Y_DIR: a11yDir },
})
const a11y = totals(a11yDir)
console.log(
  `axe: ${a11y.pages} page audits (normal and 关怀模式) and ${a11y.states} states, ${a11y.seriousOrCritical} serious or critical violations`,
)
rmSync(a11yDir, { recursive: true, force: true })
process.exit(result.status ?? 1)
