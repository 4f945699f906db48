/** Money is integer fen everywhere; only formatting turns it into yuan text. */
export type Fen = number

export function assertFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new Error(`not an integer amount of fen: ${value}`)
  return value
}

export function yuanToFen(yuan: string): Fen {
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim())
  if (!match) throw new Error(`not a yuan amount: ${yuan}`)
  const fen = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))
  return match[1] ? -fen : fen
}

/** `¥11,811.24`; negative amounts keep the sign before the symbol. */
export function formatYuan(fen: Fen, options: { symbol?: boolean; sign?: boolean } = {}): string {
  const { symbol = true, sign = false } = options
  const abs = Math.abs(fen)
  const whole = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const cents = String(abs % 100).padStart(2, '0')
  const prefix = fen < 0 ? '-' : sign && fen > 0 ? '+' : ''
  return `${prefix}${symbol ? '¥' : ''}${whole}.${cents}`
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0
  for (const v of values) total += v
  return total
}
