// `npm test` step: a weapp build pointed at a real backend (BACKEND_URL) must contain no mock code.
// The marker is the mock server's storage key, a string the minifier keeps; the default build (dist/weapp) must
// contain it, which shows the check can fail.
import { execSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const MARKER = 'mock-server-state'
const OUT = 'dist/weapp-http'

const jsFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  )
const withMarker = (dir) => jsFiles(dir).filter((file) => readFileSync(file, 'utf8').includes(MARKER))

if (withMarker('dist/weapp').length === 0) {
  console.error(`check-weapp-http: the default build has no "${MARKER}": the marker no longer identifies the mock`)
  process.exit(1)
}
try {
  execSync('npx taro build --type weapp', {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT: OUT, BACKEND_URL: 'https://yibao.example.invalid' },
  })
} catch (error) {
  process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''))
  process.exit(1)
}
const leaked = withMarker(OUT)
if (leaked.length > 0) {
  console.error(`check-weapp-http: mock code in the BACKEND_URL build: ${leaked.join(', ')}`)
  process.exit(1)
}
console.log(`weapp http build: no mock module (${jsFiles(OUT).length} JS files checked)`)
