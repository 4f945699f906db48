// axe-core on the pages the journeys reach, in the normal mode and in 关怀模式.
//
// harness.mjs records every route a journey's pages reach. After each journey, `auditReached` opens each route not yet
// audited in this run again, in the journey's own browser context (so its data, e.g. a filing just made, is there),
// once as it is and once in 关怀模式, and runs axe on it. Journeys can also audit a state worth checking (an open sheet,
// an error under a field) with `auditState`. Serious and critical violations fail the journey.
//
// One audit per distinct page and mode per run: journeys run in two processes, which share a directory of markers
// (A11Y_DIR, set by scripts/journeys.mjs) so no page is audited twice; each audit's result is written there too, and
// scripts/journeys.mjs prints the totals.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Taro h5 stores each value as {"data": value}; this is the persisted 关怀模式 store. */
export const CARE_STORAGE = JSON.stringify({ data: JSON.stringify({ state: { enabled: true }, version: 0 }) })

/**
 * Rules switched off, each with its reason. Everything else in axe's WCAG 2.0–2.2 A/AA set and best practices runs.
 */
export const DISABLED_RULES = {
  // Taro h5 renders every page of the navigation stack into one document, each in its own container, and its tab bar
  // outside them; the landmark rules (one main, content inside landmarks) cannot be met without changing Taro's
  // router markup. Pages use headings for structure instead (checked by page-has-heading-one, which stays on).
  region: 'Taro h5 puts the tab bar and page stack outside any landmark; pages are structured by headings instead.',
  'landmark-one-main': 'Same as region: Taro h5 owns the document structure around the pages.',
}

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']
const BLOCKING = new Set(['serious', 'critical'])

const dir = process.env.A11Y_DIR ?? null
const seenHere = new Set()

/** Claims `key` for this run: true the first time any process asks. */
function claim(key) {
  if (seenHere.has(key)) return false
  seenHere.add(key)
  if (!dir) return true
  mkdirSync(dir, { recursive: true })
  try {
    writeFileSync(join(dir, `${encodeURIComponent(key)}.claim`), '', { flag: 'wx' })
    return true
  } catch {
    return false
  }
}

function record(key, result) {
  if (!dir) return
  writeFileSync(join(dir, `${encodeURIComponent(key)}.json`), JSON.stringify({ key, ...result }))
}

/** The route of a URL, without its query: one audit per page, whatever the ids. */
export function routeOf(url) {
  const hash = new URL(url).hash.replace(/^#\/?/, '')
  return hash.split('?')[0] || 'pages/home/index'
}

/** Waits for the shown Taro page to have rendered its content (no skeletons, no "正在登录"). */
export async function settled(page) {
  await page.waitForFunction(
    () => {
      const shown = [...document.querySelectorAll('.taro_page')].filter(
        (p) => p.offsetParent !== null || getComputedStyle(p).display !== 'none',
      )
      const current = shown[shown.length - 1]
      if (!current || !current.querySelector('.page')) return false
      return !current.querySelector('[aria-busy="true"]') && !/正在登录/.test(current.textContent ?? '')
    },
    null,
    { timeout: 15000 },
  )
  await page.waitForTimeout(250)
}

/** Runs axe on the page as it is now; returns the serious and critical violations, summarised. */
export async function runAxe(page) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.addScriptTag({ content: AXE_SOURCE })
  const rules = Object.fromEntries(Object.keys(DISABLED_RULES).map((id) => [id, { enabled: false }]))
  const result = await page.evaluate(
    async ({ tags, rules }) => {
      // Only the shown page: Taro keeps earlier pages of the stack in the document, hidden.
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] })
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 5)
          .map((n) => ({ target: n.target.join(' '), summary: n.failureSummary?.split('\n').slice(0, 3).join(' ') })),
        count: v.nodes.length,
      }))
    },
    { tags: TAGS, rules },
  )
  return result
}

function blocking(violations) {
  return violations.filter((v) => BLOCKING.has(v.impact))
}

function describe(key, violations) {
  return violations
    .map((v) => `${key}: [${v.impact}] ${v.id} (${v.help}) ×${v.count}\n${v.nodes.map((n) => `    ${n.target}: ${n.summary}`).join('\n')}`)
    .join('\n')
}

/** Audits a state of a page once per run under `key`; returns the blocking violations as text ('' when none). */
export async function auditState(page, key) {
  if (!claim(`state:${key}`)) return ''
  const violations = await runAxe(page)
  record(`state:${key}`, { violations, blocking: blocking(violations).length })
  return describe(key, blocking(violations))
}

/**
 * Audits every route the journey's pages reached and no one has audited yet, normal and 关怀模式, in the journey's
 * context. Throws with the list of serious/critical violations.
 */
export async function auditReached(pages) {
  const problems = []
  for (const { page, routes } of pages) {
    const context = page.context()
    if (!context.browser()?.isConnected()) continue
    const base = new URL(page.url())
    for (const [route, href] of routes) {
      for (const mode of ['normal', 'care']) {
        if (!claim(`${mode}:${route}`)) continue
        const check = await context.newPage()
        try {
          await check.addInitScript(
            ({ care, value }) => {
              if (care) localStorage.setItem('care-mode', value)
              else localStorage.removeItem('care-mode')
            },
            { care: mode === 'care', value: CARE_STORAGE },
          )
          await check.goto(`${base.origin}${base.pathname}${base.search}#/${href}`)
          await settled(check)
          if (mode === 'care') await check.locator('.page.care').first().waitFor({ state: 'attached', timeout: 5000 })
          const violations = await runAxe(check)
          record(`${mode}:${route}`, { violations, blocking: blocking(violations).length })
          const text = describe(`${route} (${mode})`, blocking(violations))
          if (text) problems.push(text)
        } finally {
          await check.close()
        }
      }
    }
  }
  if (problems.length) throw new Error(`axe found serious or critical violations:\n${problems.join('\n')}`)
}

/** Totals of this run's audits (for scripts/journeys.mjs and the bench). */
export function totals(fromDir = dir) {
  const { readdirSync } = require('node:fs')
  const files = readdirSync(fromDir).filter((f) => f.endsWith('.json'))
  const results = files.map((f) => JSON.parse(readFileSync(join(fromDir, f), 'utf8')))
  return {
    pages: results.filter((r) => !r.key.startsWith('state:')).length,
    states: results.filter((r) => r.key.startsWith('state:')).length,
    seriousOrCritical: results.reduce((n, r) => n + r.blocking, 0),
  }
}
