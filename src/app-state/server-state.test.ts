import { BackendError } from '@/domain'
import { createRequestIds, createResource, intentKey, memoryCache, newRequestId } from '@/app-state/server-state'

const report = (error: unknown) => (error instanceof BackendError ? error.message : '出错了')

describe('createResource', () => {
  it('loads, records when, and shares one request between two screens asking at once', async () => {
    let calls = 0
    const resource = createResource<[string], string>(
      { fetch: async (id) => `data-${id}-${++calls}` },
      { report, clock: () => 42, cache: memoryCache() },
    )
    const [a, b] = await Promise.all([resource.load('x'), resource.load('x')])
    expect(calls).toBe(1)
    expect(a).toBe(b)
    expect(resource.peek('x')).toMatchObject({ data: 'data-x-1', loadedAt: 42, loading: false, stale: false, error: null })
  })

  it('shows the device copy at once, marked stale, and keeps it when the refresh fails for network reasons', async () => {
    const cache = memoryCache()
    cache.write('k:P1', { data: 'old', loadedAt: 7 })
    let fail = true
    const resource = createResource<[string], string>(
      {
        fetch: async () => {
          if (fail) throw new BackendError('NETWORK')
          return 'new'
        },
        cacheKey: (id) => `k:${id}`,
      },
      { report, cache, clock: () => 99 },
    )
    expect(await resource.load('P1')).toMatchObject({ data: 'old', loadedAt: 7, stale: true, error: '网络连接失败，请检查网络后重试' })
    fail = false
    expect(await resource.load('P1')).toMatchObject({ data: 'new', loadedAt: 99, stale: false, error: null })
    expect(cache.read('k:P1')).toEqual({ data: 'new', loadedAt: 99 })
  })

  it('drops what it showed, and the device copy, on a refusal', async () => {
    const cache = memoryCache()
    cache.write('k:P3', { data: 'secret', loadedAt: 1 })
    const resource = createResource<[string], string>(
      {
        fetch: async () => {
          throw new BackendError('FORBIDDEN')
        },
        cacheKey: (id) => `k:${id}`,
      },
      { report, cache },
    )
    expect(await resource.load('P3')).toMatchObject({ data: null, stale: false, error: '您没有权限查看或办理此人的业务' })
    expect(cache.read('k:P3')).toBeNull()
  })
})

describe('createRequestIds', () => {
  const setup = () => {
    let saved: Record<string, string> = {}
    let n = 0
    const ids = createRequestIds({ newId: () => `r${++n}`, load: () => saved, save: (next) => void (saved = next) })
    return { ids, saved: () => saved }
  }

  it('reuses the id of an intent until the server has answered, so a retry never acts twice', async () => {
    const { ids, saved } = setup()
    const seen: string[] = []
    await expect(
      ids.run('submit:P1', async (id) => {
        seen.push(id)
        throw new BackendError('TIMEOUT')
      }),
    ).rejects.toMatchObject({ code: 'TIMEOUT' })
    expect(saved()).toEqual({ 'submit:P1': 'r1' })
    await ids.run('submit:P1', async (id) => seen.push(id))
    expect(seen).toEqual(['r1', 'r1'])
    expect(saved()).toEqual({})
    await ids.run('submit:P1', async (id) => seen.push(id))
    expect(seen[2]).toBe('r2')
  })

  it('ends the intent on a refusal, so the next attempt is a new request', async () => {
    const { ids, saved } = setup()
    await expect(
      ids.run('cancel:F1', async () => {
        throw new BackendError('RULE_VIOLATION')
      }),
    ).rejects.toMatchObject({ code: 'RULE_VIOLATION' })
    expect(saved()).toEqual({})
  })
})

describe('request ids and intents', () => {
  it('makes ids that do not repeat', () => {
    expect(new Set(Array.from({ length: 2000 }, () => newRequestId())).size).toBe(2000)
  })

  it('names an intent by what it sends: the same payload is the same intent, another is not', () => {
    expect(intentKey('submit', { a: 1, b: '广州' })).toBe(intentKey('submit', { a: 1, b: '广州' }))
    expect(intentKey('submit', { a: 1, b: '广州' })).not.toBe(intentKey('submit', { a: 1, b: '深圳' }))
    expect(intentKey('submit', { a: 1 })).not.toBe(intentKey('cancel', { a: 1 }))
  })
})
