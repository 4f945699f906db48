// Which source files fill the weapp main package: build with TARO_SOURCEMAP=1 (TARO_OUTPUT=dist/weapp-sm), then
// `node scripts/size-breakdown.mjs dist/weapp-sm [file.js …]`. Bytes of minified output per source, largest first.
import { readFileSync } from 'node:fs'
import { SourceMapConsumer } from 'source-map-js'

const [dir, ...only] = process.argv.slice(2)
for (const file of only.length ? only : ['common.js', 'vendors.js', 'taro.js', 'app.js']) {
  let map
  try {
    map = JSON.parse(readFileSync(`${dir}/${file}.map`, 'utf8'))
  } catch {
    continue
  }
  const lines = readFileSync(`${dir}/${file}`, 'utf8').split('\n')
  const sizes = new Map()
  const mappings = []
  new SourceMapConsumer(map).eachMapping((m) => mappings.push(m))
  for (let i = 0; i < mappings.length; i++) {
    const m = mappings[i]
    const next = mappings[i + 1]
    const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : lines[m.generatedLine - 1].length
    const source = (m.source ?? '?').replace(/.*node_modules\//, 'npm:').replace(/.*\/src\//, 'src/')
    sizes.set(source, (sizes.get(source) ?? 0) + Buffer.byteLength(lines[m.generatedLine - 1].slice(m.generatedColumn, end)))
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  console.log(`== ${file}: ${total} bytes mapped`)
  for (const [source, bytes] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(String(bytes).padStart(8), source)
}
