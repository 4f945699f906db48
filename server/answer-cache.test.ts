import { createAnswerCache } from './answer-cache'

const big = (id: string) => ({ id, note: '承诺制备案，系统自动审核办结'.repeat(200) })
const decode = (body: Buffer) => JSON.parse(body.toString('utf8')) as { result: unknown }

describe('answer cache', () => {
  it('reuses the bytes of an answer made of the same objects at the same revision', () => {
    const cache = createAnswerCache({ minBytes: 0 })
    const a = big('a')
    const b = big('b')
    const first = cache.encode('k', 1, [a, b])
    // A fresh array (a list read filters and sorts each time) holding the same objects.
    const second = cache.encode('k', 1, [a, b])
    expect(second).toBe(first)
    expect(decode(second)).toEqual({ result: [a, b] })
    expect(cache.stats.hits).toBe(1)
  })

  it('re-encodes after a save, so a changed object is never answered stale', () => {
    const cache = createAnswerCache({ minBytes: 0 })
    const a = big('a')
    cache.encode('k', 1, [a])
    a.note = '已撤销'
    expect(decode(cache.encode('k', 2, [a]))).toEqual({ result: [{ id: 'a', note: '已撤销' }] })
  })

  it('re-encodes when the list holds other objects, more, fewer or in another order', () => {
    const cache = createAnswerCache({ minBytes: 0 })
    const [a, b, c] = [big('a'), big('b'), big('c')]
    cache.encode('k', 1, [a, b])
    expect(decode(cache.encode('k', 1, [b, a])).result).toEqual([b, a])
    expect(decode(cache.encode('k', 1, [b, a, c])).result).toEqual([b, a, c])
    expect(decode(cache.encode('k', 1, [b])).result).toEqual([b])
    expect(decode(cache.encode('k', 1, [{ ...b, id: 'x' }])).result).toEqual([{ ...b, id: 'x' }])
    expect(cache.stats.hits).toBe(0)
  })

  it('notices an array that grew in place', () => {
    const cache = createAnswerCache({ minBytes: 0 })
    const list = [big('a')]
    cache.encode('k', 1, list)
    list.push(big('b'))
    expect((decode(cache.encode('k', 1, list)).result as unknown[]).length).toBe(2)
  })

  it('never hands one caller another caller’s answer: a hit needs the same objects, not just the key', () => {
    const cache = createAnswerCache({ minBytes: 0 })
    cache.encode('filings.list|token|{}', 1, [big('mine')])
    expect(decode(cache.encode('filings.list|token|{}', 1, [big('theirs')])).result).toEqual([big('theirs')])
  })

  it('encodes primitives, null and undefined as the wire does', () => {
    const cache = createAnswerCache()
    expect(decode(cache.encode('k', 1, 3))).toEqual({ result: 3 })
    expect(decode(cache.encode('k', 1, undefined))).toEqual({ result: null })
    expect(decode(cache.encode('k', 1, '湖北'))).toEqual({ result: '湖北' })
  })

  it('stays within its byte and entry bounds, dropping the least recently used', () => {
    const cache = createAnswerCache({ minBytes: 0, maxEntries: 2, maxBytes: 1_000_000 })
    const objects = ['a', 'b', 'c'].map(big)
    objects.forEach((o, i) => cache.encode(`k${i}`, 1, [o]))
    expect(cache.stats.entries).toBe(2)
    // k0 was dropped: a miss; k2 is kept: a hit.
    cache.encode('k2', 1, [objects[2]])
    cache.encode('k0', 1, [objects[0]])
    expect(cache.stats.hits).toBe(1)

    const small = createAnswerCache({ minBytes: 0, maxBytes: 10_000 })
    for (let i = 0; i < 5; i++) small.encode(`k${i}`, 1, [big(String(i))])
    expect(small.stats.bytes).toBeLessThanOrEqual(10_000)
  })
})
