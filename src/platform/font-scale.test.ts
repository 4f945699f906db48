import { fontScaleClass, fontScaleStep } from '@/platform/font-scale'

describe('system font scale', () => {
  it('maps WeChat font settings to the stylesheet steps, never below 1×', () => {
    expect(fontScaleStep(16 / 16)).toBe(1)
    expect(fontScaleStep(14 / 16)).toBe(1)
    expect(fontScaleStep(20 / 16)).toBe(1.15)
    expect(fontScaleStep(24 / 16)).toBe(1.5)
    expect(fontScaleStep(40 / 16)).toBe(2)
    expect(fontScaleStep(Number.NaN)).toBe(1)
  })

  it('names the page class the stylesheet defines', () => {
    expect(fontScaleClass(1)).toBe('')
    expect(fontScaleClass(1.5)).toBe('fs-150')
    expect(fontScaleClass(1.15)).toBe('fs-115')
  })
})
