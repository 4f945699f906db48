import fc from 'fast-check'
import { formatYuan, sumFen, yuanToFen } from '@/lib/money'

describe('money in fen', () => {
  it('formats yuan with two decimals and thousands separators', () => {
    expect(formatYuan(1181124)).toBe('¥11,811.24')
    expect(formatYuan(379211)).toBe('¥3,792.11')
    expect(formatYuan(5)).toBe('¥0.05')
    expect(formatYuan(-18000)).toBe('-¥180.00')
    expect(formatYuan(18000, { sign: true })).toBe('+¥180.00')
  })

  it('parses yuan text exactly, without floating point', () => {
    expect(yuanToFen('11811.24')).toBe(1181124)
    expect(yuanToFen('0.1')).toBe(10)
    expect(yuanToFen('-2769.85')).toBe(-276985)
    expect(() => yuanToFen('1.234')).toThrow()
  })

  it('round-trips any amount through text', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (fen) => {
        expect(yuanToFen(formatYuan(fen, { symbol: false }).replace(/,/g, ''))).toBe(fen)
      }),
    )
  })

  it('sums parts to the exact total with no drift', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e8 }), { maxLength: 500 }), (parts) => {
        const total = sumFen(parts)
        expect(Number.isSafeInteger(total)).toBe(true)
        expect(total).toBe(parts.reduce((a, b) => a + b, 0))
      }),
    )
  })
})
