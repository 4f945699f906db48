// Runs the browser journeys (tests/journeys/*.test.mjs) against dist/h5 with node's test runner.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
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
const result = spawnSync('node', ['--test', '--test-concurrency=2', ...reporters, ...(files.length ? files : ['tests/journeys/'])], {
  stdio: 'inherit',
})
process.exit(result.status ?? 1)
