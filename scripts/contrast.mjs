// WCAG 2.2 contrast for the stylesheet's colour tokens (src/app.scss: `.page` is the normal mode, `.page.care` 关怀模式).
// Used by tests/a11y/contrast.test.ts and `npm run bench -- a11y`.
import { readFileSync } from 'node:fs'

/** WCAG relative luminance of #rgb / #rrggbb. */
export function luminance(hex) {
  const h = hex.replace('#', '')
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255)
  const lin = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

export function contrastRatio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

/**
 * Thresholds. Normal mode: WCAG 2.2 AA (1.4.3 text 4.5:1, 1.4.11 UI parts 3:1).
 * 关怀模式: AAA (1.4.6 text 7:1); UI parts keep 3:1 there too, as WCAG sets no AAA level for them, but we ask 4.5:1.
 */
export const THRESHOLDS = { normal: { text: 4.5, ui: 3 }, care: { text: 7, ui: 4.5 } }

/**
 * Every foreground/background token pair the stylesheets use: text (`color` on a `background`) and UI parts
 * (borders of fields and chosen options, the focus ring, switches). A token with no pair fails the test.
 */
export const TOKEN_PAIRS = [
  ['--c-text', '--c-bg', 'text'],
  ['--c-text', '--c-surface', 'text'],
  ['--c-text-2', '--c-bg', 'text'],
  ['--c-text-2', '--c-surface', 'text'],
  ['--c-text-2', '--c-gray-soft', 'text'],
  ['--c-text-2', '--c-primary-soft', 'text'],
  ['--c-primary', '--c-surface', 'text'],
  ['--c-primary', '--c-bg', 'text'],
  ['--c-primary', '--c-primary-soft', 'text'],
  ['--c-on-primary', '--c-primary', 'text'],
  ['--c-ok', '--c-surface', 'text'],
  ['--c-ok', '--c-ok-soft', 'text'],
  ['--c-warn', '--c-surface', 'text'],
  ['--c-warn', '--c-warn-soft', 'text'],
  ['--c-danger', '--c-surface', 'text'],
  ['--c-danger', '--c-danger-soft', 'text'],
  ['--c-danger', '--c-bg', 'text'],
  ['--c-acting-text', '--c-acting-bg', 'text'],
  ['--c-text', '--c-acting-bg', 'text'],
  ['--c-text-2', '--c-acting-bg', 'text'],
  ['--c-on-acting', '--c-acting-mark', 'text'],
  ['--c-placeholder', '--c-surface', 'text'],
  ['--c-field-border', '--c-surface', 'ui'],
  ['--c-acting-mark', '--c-acting-bg', 'ui'],
  ['--c-focus', '--c-surface', 'ui'],
  ['--c-focus', '--c-bg', 'ui'],
  ['--c-primary', '--c-bg', 'ui'],
]

/** Decorative tokens: dividers and card outlines that carry no meaning (WCAG 1.4.11 exempts them). */
export const DECORATIVE_TOKENS = ['--c-border']

/** Custom properties declared directly in the first `selector {…}` block whose selector list contains `selector`. */
function block(css, selector) {
  const start = css.search(new RegExp(`(^|[\\s,}])${selector.replace(/\./g, '\\.')}\\s*[,{]`))
  if (start < 0) throw new Error(`${selector} not found in the stylesheet`)
  const open = css.indexOf('{', start)
  return css.slice(open + 1, css.indexOf('}', open))
}

function props(body) {
  return Object.fromEntries([...body.matchAll(/(--[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]))
}

/** Tokens of both modes; 关怀模式 overrides the normal values it redeclares. */
export function readTokens(file = 'src/app.scss') {
  const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '')
  const normal = props(block(css, '.page'))
  const care = { ...normal, ...props(block(css, '.page.care')) }
  return { normal, care }
}

/** Each pair's ratio in each mode against its threshold; plus tokens no pair covers. */
export function checkTokens(file) {
  const tokens = readTokens(file)
  const results = []
  for (const mode of ['normal', 'care']) {
    for (const [fg, bg, kind] of TOKEN_PAIRS) {
      const [a, b] = [tokens[mode][fg], tokens[mode][bg]]
      if (!/^#[0-9a-f]{3,6}$/i.test(a ?? '') || !/^#[0-9a-f]{3,6}$/i.test(b ?? '')) {
        results.push({ mode, fg, bg, kind, ratio: 0, min: THRESHOLDS[mode][kind], pass: false, error: `${fg}=${a} ${bg}=${b}` })
        continue
      }
      const ratio = contrastRatio(a, b)
      results.push({ mode, fg, bg, kind, ratio, min: THRESHOLDS[mode][kind], pass: ratio >= THRESHOLDS[mode][kind] })
    }
  }
  const covered = new Set(TOKEN_PAIRS.flatMap(([fg, bg]) => [fg, bg]))
  const uncovered = Object.keys(tokens.normal).filter((t) => t.startsWith('--c-') && !covered.has(t) && !DECORATIVE_TOKENS.includes(t))
  const min = (mode, kind) => Math.min(...results.filter((r) => r.mode === mode && r.kind === kind).map((r) => r.ratio))
  return { tokens, results, uncovered, min }
}
