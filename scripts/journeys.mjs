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
const result = spawnSync('node', ['--test', '--test-concurrency=2', '--test-reporter=spec', ...(files.length ? files : ['tests/journeys/'])], { stdio: 'inherit' })
process.exit(result.status ?? 1)
