export type Mode = 'normal' | 'care'
export type Kind = 'text' | 'ui'
export interface PairResult {
  mode: Mode
  fg: string
  bg: string
  kind: Kind
  ratio: number
  min: number
  pass: boolean
  error?: string
}
export function luminance(hex: string): number
export function contrastRatio(a: string, b: string): number
export const THRESHOLDS: Record<Mode, Record<Kind, number>>
export const TOKEN_PAIRS: [string, string, Kind][]
export const DECORATIVE_TOKENS: string[]
export function readTokens(file?: string): Record<Mode, Record<string, string>>
export function checkTokens(file?: string): {
  tokens: Record<Mode, Record<string, string>>
  results: PairResult[]
  uncovered: string[]
  min(mode: Mode, kind: Kind): number
}
