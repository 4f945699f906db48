import Taro from '@tarojs/taro'
import { isH5, launchQueryList } from '@/platform/env'

/** WeChat's standard font size setting (px); larger settings scale the app's text by the same ratio. */
const STANDARD_FONT_PX = 16
/** The steps the stylesheet has classes for (`.page.fs-150` …, src/app.scss). */
export const FONT_SCALE_STEPS = [1, 1.15, 1.3, 1.5, 1.75, 2] as const
export type FontScale = (typeof FONT_SCALE_STEPS)[number]

/** The nearest step at or below `ratio` (never below 1: the app's own sizes are the smallest it shows). */
export function fontScaleStep(ratio: number): FontScale {
  let step: FontScale = 1
  for (const s of FONT_SCALE_STEPS) if (Number.isFinite(ratio) && ratio + 0.001 >= s) step = s
  return step
}

let cached: FontScale | null = null

/**
 * The system font scale: weapp reads WeChat's 字体大小 setting (`fontSizeSetting`); h5 follows the browser's own text
 * zoom, and accepts `?fontScale=1.5` for tests and demos.
 */
export function systemFontScale(): FontScale {
  if (cached !== null) return cached
  let ratio = 1
  try {
    // Inline build-time check: webpack drops the branch on h5, and with it the system-info API and its UA parser (≈17 KB).
    if (process.env.TARO_ENV === 'weapp') ratio = (Taro.getSystemInfoSync().fontSizeSetting ?? STANDARD_FONT_PX) / STANDARD_FONT_PX
    else if (isH5) ratio = Number(launchQueryList('fontScale')[0] ?? 1)
  } catch {
    ratio = 1
  }
  cached = fontScaleStep(ratio)
  return cached
}

/** The page-root class for a scale, '' at 1×. */
export function fontScaleClass(scale: FontScale): string {
  return scale === 1 ? '' : `fs-${Math.round(scale * 100)}`
}
