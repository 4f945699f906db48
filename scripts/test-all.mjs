// `npm test`: every check, in order. Stops at the first failing step.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { chromiumPath } from './browser.mjs'

const steps = [
  ['typecheck', 'npx tsc --noEmit -p .'],
  ['lint', 'npm run -s lint'],
  ['unit + contract (jest)', 'npx jest --ci --json --outputFile=.jest-results.json'],
  ['contract kit over the wire (reference server)', 'npx tsx scripts/contract-reference.ts'],
  ['build weapp (production)', 'npx taro build --type weapp', { NODE_ENV: 'production' }],
  ['weapp check (pages, WXML compiler, size budget)', 'node scripts/check-weapp.mjs'],
  ['weapp BACKEND_URL build has no mock', 'node scripts/check-weapp-http.mjs'],
  [
    'weapp runtime (dist/weapp under WeChat’s component engine: every page, journeys, audit)',
    'node --test --test-concurrency=2 --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=.weapp.tap tests/weapp/',
  ],
  ['build h5 (production)', 'npx taro build --type h5', { NODE_ENV: 'production' }],
  ['browser journeys (Chromium, 390×844)', 'node scripts/journeys.mjs', { JOURNEY_TAP: '.journeys.tap' }],
]

/** Test counts of this run (jest, the contract kit, the weapp runtime tests and the browser journeys), written for .ci/run to print last. */
function summarise() {
  let passed = 0
  let failed = 0
  if (existsSync('.jest-results.json')) {
    const jest = JSON.parse(readFileSync('.jest-results.json', 'utf8'))
    passed += jest.numPassedTests
    failed += jest.numFailedTests
  }
  if (existsSync('.contract-results.json')) {
    const contract = JSON.parse(readFileSync('.contract-results.json', 'utf8'))
    passed += contract.passed
    failed += contract.failed
  }
  for (const file of ['.weapp.tap', '.journeys.tap']) {
    if (!existsSync(file)) continue
    const tap = readFileSync(file, 'utf8')
    passed += Number(/^# pass (\d+)/m.exec(tap)?.[1] ?? 0)
    // Cancelled tests (a hook failed or a file timed out) count as failed.
    failed += Number(/^# fail (\d+)/m.exec(tap)?.[1] ?? 0) + Number(/^# cancelled (\d+)/m.exec(tap)?.[1] ?? 0)
  }
  const line = `tests: ${passed} passed, ${failed} failed`
  writeFileSync('.test-summary', line + '\n')
  console.log(`\n${line}`)
}

for (const file of ['.jest-results.json', '.contract-results.json', '.weapp.tap', '.journeys.tap', '.test-summary'])
  rmSync(file, { force: true })
process.on('exit', summarise)

const only = process.argv.slice(2)
// Fail fast, before minutes of builds, when the browser journeys cannot run.
if (only.length === 0 || only.some((o) => 'browser'.startsWith(o))) chromiumPath()
for (const [name, command, env] of steps) {
  if (only.length > 0 && !only.some((o) => name.startsWith(o))) continue
  const started = Date.now()
  console.log(`\n▶ ${name}: ${command}`)
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (result.status !== 0) {
    console.error(`✖ ${name} failed after ${seconds}s`)
    process.exit(result.status ?? 1)
  }
  console.log(`✔ ${name} (${seconds}s)`)
}
