import type { AccountFlow } from '@/domain'

/**
 * Bench-only: a synthetic account flow of `count` entries (newest first), for the render bench page.
 * Deterministic, with a few entries a month like a real 30-year flow.
 */
export function syntheticFlows(count: number): AccountFlow[] {
  const flows: AccountFlow[] = []
  let balance = 0
  let seed = 7
  const next = () => (seed = (seed * 16807) % 2147483647)
  const start = Date.parse('1996-01-05T09:00:00+08:00')
  for (let i = 0; i < count; i++) {
    const at = start + i * 2 * 24 * 3600 * 1000
    const credit = i % 4 === 0
    const amountFen = credit ? 12_274 : -Math.min(balance, 500 + (next() % 9_000))
    balance += amountFen
    const month = new Date(at + 8 * 3600 * 1000).toISOString().slice(0, 7)
    flows.push({
      id: `B${i}`,
      at,
      month,
      type: credit ? 'credit' : 'spend',
      amountFen,
      balanceAfterFen: balance,
      place: credit ? '单位缴费划入' : '社区药房',
    })
  }
  return flows.reverse()
}
