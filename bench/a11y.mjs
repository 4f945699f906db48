// Accessibility bench: axe-core on every page of the built h5 app (dist/h5 or H5_DIR) at 390×844, in the normal
// mode and in 关怀模式, plus the lowest contrast ratio of the stylesheet's colour token pairs in each mode.
// Prints {"bench":"a11y","metric":…} lines: axe_serious_or_critical (target 0), pages_checked, min_contrast_normal,
// min_contrast_care. Details of any violation go to stderr.
import { existsSync, readFileSync } from 'node:fs'
import { launchBrowser, PHONE } from '../scripts/browser.mjs'
import { checkTokens } from '../scripts/contrast.mjs'
import { serveStatic } from '../scripts/static-server.mjs'
import { CARE_STORAGE, runAxe, settled } from '../tests/journeys/a11y.mjs'

const H5_DIR = process.env.H5_DIR ?? 'dist/h5'
if (!existsSync(`${H5_DIR}/index.html`)) {
  console.error(`a11y: no h5 build in ${H5_DIR}; run \`npx taro build --type h5\` first (npm test does).`)
  process.exit(1)
}
const report = (metric, value, unit) => console.log(JSON.stringify({ bench: 'a11y', metric, value, unit }))

// Every page in the route table; pages that show one record get a seeded id, or are reached by tapping the first item.
const config = readFileSync('src/app.config.ts', 'utf8')
const main = [...config.match(/pages: \[([^\]]*)\]/)[1].matchAll(/'([^']+)'/g)].map((m) => m[1])
const subs = [...config.matchAll(/root: '([^']+)',\s*pages: \[([^\]]*)\]/g)].flatMap((m) =>
  [...m[2].matchAll(/'([^']+)'/g)].map((p) => `${m[1]}/${p[1]}`),
)
const QUERY = {
  'subpackages/filing/pages/detail/index': '?id=FS0003',
  'subpackages/filing/pages/change/index': '?id=FS0003',
  'subpackages/filing/pages/form/index': '?category=long-term-resident',
  'subpackages/filing/pages/preview/index': '?personId=P001',
  'subpackages/family/pages/member/index': '?bindingId=B001',
  'subpackages/qa/pages/entry/index': '?id=parent-with-child',
}
const VIA = {
  'subpackages/points/pages/detail/index': ['subpackages/points/pages/list/index', '.point-card__body'],
  'subpackages/records/pages/settlement/index': ['subpackages/records/pages/settlements/index', '.card[class*="rec"], .taro_page .card'],
}
// The records bench page is a measuring harness, not a page people reach.
const SKIP = new Set(['subpackages/records/pages/bench-list/index'])
const routes = [...main, ...subs].filter((r) => /^[a-z0-9/-]+\/index$/.test(r) && !SKIP.has(r))

const { server, url } = await serveStatic(H5_DIR)
const browser = await launchBrowser()
let blocking = 0
let checked = 0
try {
  for (const mode of ['normal', 'care']) {
    const context = await browser.newContext({
      ...PHONE,
      geolocation: { latitude: 26.9025, longitude: 112.6055 },
      permissions: ['geolocation'],
    })
    await context.addInitScript(
      ({ care, value }) => {
        if (care) localStorage.setItem('care-mode', value)
      },
      { care: mode === 'care', value: CARE_STORAGE },
    )
    for (const route of routes) {
      const page = await context.newPage()
      try {
        const via = VIA[route]
        await page.goto(`${url}?mock=fast#/${via ? via[0] : route}${QUERY[route] ?? ''}`)
        await settled(page)
        if (via) {
          await page.locator(via[1]).locator('visible=true').first().click()
          await page.waitForURL((u) => u.hash.includes(route), { timeout: 10000 })
          await settled(page)
        }
        const violations = (await runAxe(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical')
        checked++
        blocking += violations.length
        for (const v of violations) {
          console.error(`${route} (${mode}): [${v.impact}] ${v.id}: ${v.help} ×${v.count}`)
          for (const n of v.nodes) console.error(`    ${n.target}: ${n.summary}`)
        }
      } catch (error) {
        console.error(`${route} (${mode}): not audited: ${error.message.split('\n')[0]}`)
        blocking++
      } finally {
        await page.close()
      }
    }
    await context.close()
  }
} finally {
  await browser.close()
  server.close()
}

const tokens = checkTokens('src/app.scss')
report('axe_serious_or_critical', blocking, 'violations')
report('pages_checked', checked, 'pages')
report('min_contrast_normal', Number(tokens.min('normal', 'text').toFixed(2)), 'ratio')
report('min_contrast_care', Number(tokens.min('care', 'text').toFixed(2)), 'ratio')
