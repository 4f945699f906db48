// `npm run size`: builds weapp in production mode (unless --no-build) and prints each package's size as JSON lines.
import { execSync } from 'node:child_process'
import { BUDGET, measurePackages } from './weapp-packages.mjs'

const root = process.env.WEAPP_DIR ?? 'dist/weapp'
if (!process.argv.includes('--no-build')) {
  try {
    execSync('npx taro build --type weapp', { stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } })
  } catch (error) {
    // Only a failed build's output is worth showing.
    process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''))
    process.exit(1)
  }
}
const { sizes, total } = measurePackages(root)
const line = (metric, value, budget) => console.log(JSON.stringify({ bench: 'size', metric, value, unit: 'bytes', budget }))
let over = false
for (const [name, size] of Object.entries(sizes)) {
  const budget = name === 'main' ? BUDGET.main : BUDGET.subpackage
  line(name === 'main' ? 'main' : `subpackage:${name}`, size, budget)
  over ||= size > budget
}
line('total', total, BUDGET.total)
over ||= total > BUDGET.total
if (over) {
  console.error('size: over budget')
  process.exit(1)
}
