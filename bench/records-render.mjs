// Records render bench: 5,000 account-flow entries in the built h5 (dist/h5 or H5_DIR), rendered by the real row
// components through the virtual list and, in the same Chromium run, as a plain list. Reports the DOM nodes the
// virtual list renders and its time-to-painted-list advantage over the plain render (median of alternating runs).
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { launchBrowser, PHONE } from '../scripts/browser.mjs'
import { serveStatic } from '../scripts/static-server.mjs'

// The bench page ships only in a build made with BENCH_PAGES=1.
const H5_DIR = process.env.H5_DIR ?? 'dist/h5-bench'
const RUNS = Number(process.env.RUNS ?? 5)
const N = 5000

if (!existsSync(`${H5_DIR}/index.html`)) {
  execSync('npx taro build --type h5', {
    stdio: 'pipe',
    env: { ...process.env, NODE_ENV: 'production', BENCH_PAGES: '1', TARO_OUTPUT: H5_DIR },
  })
}

const report = (metric, value, unit) => console.log(JSON.stringify({ bench: 'records', metric, value: Number(value.toPrecision(4)), unit }))
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

const { server, url } = await serveStatic(H5_DIR)
const browser = await launchBrowser()

async function measure(mode) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.goto(`${url}?mock=fast#/subpackages/records/pages/bench-list/index?n=${N}&mode=${mode}`)
  await page.waitForFunction(() => globalThis.__benchList, null, { timeout: 60_000 })
  const result = await page.evaluate(() => {
    const root = [...document.querySelectorAll('.bench-list')].find((el) => el.getClientRects().length > 0)
    return {
      ms: globalThis.__benchList.ms,
      nodes: root ? root.querySelectorAll('*').length : -1,
      rows: root ? root.querySelectorAll('.rec-row').length : -1,
    }
  })
  await context.close()
  return result
}

const samples = { virtual: [], plain: [] }
let nodes = { virtual: 0, plain: 0 }
try {
  await measure('virtual') // warm the browser cache
  for (let i = 0; i < RUNS; i++) {
    for (const mode of i % 2 ? ['plain', 'virtual'] : ['virtual', 'plain']) {
      const r = await measure(mode)
      samples[mode].push(r.ms)
      nodes[mode] = r.nodes
      if (r.rows <= 0) throw new Error(`${mode} list rendered no rows`)
    }
  }
} finally {
  await browser.close()
  server.close()
}

const virtualMs = median(samples.virtual)
const plainMs = median(samples.plain)
report('flow5000_rendered_nodes', nodes.virtual, 'nodes')
report('flow5000_plain_nodes', nodes.plain, 'nodes')
report('flow5000_virtual_paint_ms', virtualMs, 'ms')
report('flow5000_plain_paint_ms', plainMs, 'ms')
report('flow5000_speedup_vs_plain', plainMs / virtualMs, 'x')
