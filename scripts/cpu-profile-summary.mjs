// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by file, and inclusive time of the
// heaviest functions, so a profile of the reference server under load can be read without a GUI.
// Usage: node scripts/cpu-profile-summary.mjs <file.cpuprofile> [top=25]
import { readFileSync } from 'node:fs'

const [file, topArg] = process.argv.slice(2)
if (!file) {
  console.error('usage: node scripts/cpu-profile-summary.mjs <file.cpuprofile> [top]')
  process.exit(2)
}
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(file, 'utf8'))
const nodes = new Map(profile.nodes.map((n) => [n.id, n]))
const parent = new Map()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)

// Sample time per node: timeDeltas[i] is the time before samples[i].
const selfMs = new Map()
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000))
const total = [...selfMs.values()].reduce((a, b) => a + b, 0)

const short = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\//, 'nm:')
    .replace(process.cwd() + '/', '')
const label = (n) => {
  const f = n.callFrame
  return `${f.functionName || '(anonymous)'} ${f.url ? `${short(f.url)}:${f.lineNumber + 1}` : ''}`.trim()
}
const fileOf = (n) => (n.callFrame.url ? short(n.callFrame.url) : `(${n.callFrame.functionName || 'native'})`)

const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms)
const byFunction = new Map()
const byFile = new Map()
const inclusive = new Map()
for (const [id, ms] of selfMs) {
  const n = nodes.get(id)
  add(byFunction, label(n), ms)
  add(byFile, fileOf(n), ms)
  // Inclusive: each distinct function on the stack once.
  const seen = new Set()
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const l = label(nodes.get(cur))
    if (!seen.has(l)) {
      seen.add(l)
      add(inclusive, l, ms)
    }
  }
}
const print = (title, map) => {
  console.log(`\n${title}`)
  for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${k}`)
  }
}
console.log(`total sampled ${total.toFixed(0)} ms`)
print('self time by function', byFunction)
print('self time by file', byFile)
print('inclusive time by function', inclusive)
