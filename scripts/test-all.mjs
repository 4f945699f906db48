// `npm test`: every check, in order. Stops at the first failing step.
import { spawnSync } from 'node:child_process'
import { chromiumPath } from './browser.mjs'

const steps = [
  ['typecheck', 'npx tsc --noEmit -p .'],
  ['lint', 'npx eslint --max-warnings 0 src scripts bench tests'],
  ['unit + contract (jest)', 'npx jest --ci'],
  ['build weapp (production)', 'npx taro build --type weapp', { NODE_ENV: 'production' }],
  ['weapp check (pages, WXML compiler, size budget)', 'node scripts/check-weapp.mjs'],
  ['build h5 (production)', 'npx taro build --type h5', { NODE_ENV: 'production' }],
  ['browser journeys (Chromium, 390×844)', 'node scripts/journeys.mjs'],
]

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
