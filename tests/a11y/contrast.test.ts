/**
 * WCAG 2.2 contrast of the colour tokens in src/app.scss: AA in the normal mode (text 4.5:1, UI parts 3:1) and AAA
 * in 关怀模式 (text 7:1, UI parts 4.5:1). axe-core checks the rendered pages too (tests/journeys); this catches a
 * token change before any page is built, and every colour token must belong to a checked pair.
 */
import { checkTokens, contrastRatio, THRESHOLDS } from '../../scripts/contrast.mjs'

describe('colour contrast of the stylesheet tokens', () => {
  const { results, uncovered } = checkTokens('src/app.scss')

  it('computes the WCAG ratio (black on white 21:1, #777 on white about 4.48:1)', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#777', '#fff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#fff', '#777')).toBeCloseTo(contrastRatio('#777', '#fff'), 10)
  })

  it('checks every pair in both modes', () => {
    expect(results.filter((r) => r.mode === 'normal').length).toBeGreaterThan(20)
    expect(results.filter((r) => r.mode === 'care').length).toBe(results.filter((r) => r.mode === 'normal').length)
    expect(THRESHOLDS.care.text).toBe(7)
  })

  it.each(['normal', 'care'] as const)('every text and UI pair passes in the %s mode', (mode) => {
    const failing = results
      .filter((r) => r.mode === mode && !r.pass)
      .map((r) => `${r.fg} on ${r.bg} (${r.kind}): ${r.ratio.toFixed(2)} < ${r.min}${r.error ? ` ${r.error}` : ''}`)
    expect(failing).toEqual([])
  })

  it('leaves no colour token unchecked', () => {
    expect(uncovered).toEqual([])
  })
})
