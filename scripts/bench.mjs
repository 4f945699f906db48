// `npm run bench`: runs every bench/*.ts (with tsx) and bench/*.mjs (with node). Each prints JSON lines
// {"bench","metric","value","unit"}; ratios are measured against a baseline in the same run.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'

const only = process.argv.slice(2)
const files = readdirSync('bench')
  .filter((f) => /\.(ts|mjs)$/.test(f) && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort()
let failed = 0
for (const file of files) {
  const runner = file.endsWith('.ts') ? ['npx', 'tsx', `bench/${file}`] : ['node', `bench/${file}`]
  const result = spawnSync(runner[0], runner.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] })
  if (result.status !== 0) {
    console.error(`bench ${file} failed`)
    failed++
  }
}
process.exit(failed ? 1 : 0)
