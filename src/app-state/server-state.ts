/**
 * The one way the app holds server state.
 * - `createResource`: a keyed read with loading, error, "更新于" (loadedAt), stale, and an optional device copy that is
 *   shown at once (marked stale) and kept when a refresh fails for network reasons, but dropped on a refusal.
 * - `createRequestIds`: the client-made request id of each intended write, the same until the server has answered, so a
 *   retry after a lost response never acts twice; kept in device storage, so it survives a restart mid-submit.
 * Retries are not here: the backend adapter layer retries (backend/retrying.ts), once, for every caller.
 */
import { create, type StoreApi, type UseBoundStore } from 'zustand'
import { isBackendError } from '@/domain'
import { readJson, writeJson } from '@/platform/json-storage'
import { storage } from '@/platform/storage'

export interface Entry<T> {
  data: T | null
  /** When the data shown was loaded (epoch ms): "更新于". */
  loadedAt: number | null
  loading: boolean
  error: string | null
  /** The data shown is an older copy (from the device, or the last load before a failed refresh). */
  stale: boolean
}

export const EMPTY_ENTRY: Entry<never> = Object.freeze({ data: null, loadedAt: null, loading: false, error: null, stale: false })

/** Device copies of loaded data, keyed by the resource. Person-scoped keys must come from personKey(). */
export interface DeviceCache {
  read<T>(key: string): { data: T; loadedAt: number } | null
  write<T>(key: string, value: { data: T; loadedAt: number }): void
  remove(key: string): void
}

export const deviceCache: DeviceCache = {
  read: (key) => readJson(key, null),
  write: (key, value) => writeJson(key, value),
  remove: (key) => storage.remove(key),
}

export function memoryCache(): DeviceCache {
  const items = new Map<string, unknown>()
  return {
    read: <T>(key: string) => (items.get(key) as { data: T; loadedAt: number } | undefined) ?? null,
    write: (key, value) => void items.set(key, value),
    remove: (key) => void items.delete(key),
  }
}

export interface ResourceDeps {
  /** Turns an error into the Chinese message to show (and lets the session react to expiry). */
  report: (error: unknown) => string
  cache?: DeviceCache
  clock?: () => number
}

export interface ResourceSpec<A extends unknown[], T> {
  fetch: (...args: A) => Promise<T>
  /** The device-copy key for these arguments; omit (or return null) to keep the data in memory only. */
  cacheKey?: (...args: A) => string | null
}

export interface Resource<A extends unknown[], T> {
  /** Loads (or refreshes) the entry for these arguments and returns it once settled. */
  load(...args: A): Promise<Entry<T>>
  /** The current entry, without loading. */
  peek(...args: A): Entry<T>
  /** A React hook: the entry for these arguments (null: the empty entry), re-rendering when it changes. */
  useEntry(args: A | null): Entry<T>
  /** Puts fresh data in place after a write returned it. */
  put(args: A, data: T): void
  /** Forgets the entry (memory and device copy), e.g. after a refusal or an unbinding. */
  drop(...args: A): void
  /** Forgets every entry held in memory. */
  clear(): void
  store: UseBoundStore<StoreApi<{ entries: Record<string, Entry<T>> }>>
}

/** Only network-ish failures keep showing the last copy; a refusal (FORBIDDEN, NOT_FOUND) must not show old data. */
export function mayShowLastCopy(error: unknown): boolean {
  return !isBackendError(error) || error.retryable
}

export function createResource<A extends unknown[], T>(spec: ResourceSpec<A, T>, deps: ResourceDeps): Resource<A, T> {
  const cache = deps.cache ?? deviceCache
  const clock = deps.clock ?? Date.now
  const store = create<{ entries: Record<string, Entry<T>> }>(() => ({ entries: {} }))
  const keyOf = (args: A) => JSON.stringify(args)
  const entryOf = (key: string): Entry<T> => store.getState().entries[key] ?? EMPTY_ENTRY
  const patch = (key: string, change: Partial<Entry<T>>) =>
    store.setState((s) => ({ entries: { ...s.entries, [key]: { ...(s.entries[key] ?? EMPTY_ENTRY), ...change } } }))
  const inFlight = new Map<string, Promise<Entry<T>>>()

  async function fetchInto(args: A, key: string): Promise<Entry<T>> {
    const deviceKey = spec.cacheKey?.(...args) ?? null
    if (!entryOf(key).data && deviceKey) {
      // Show the last copy at once while the fresh one loads.
      const copy = cache.read<T>(deviceKey)
      if (copy) patch(key, { data: copy.data, loadedAt: copy.loadedAt, stale: true })
    }
    patch(key, { loading: true, error: null })
    try {
      const data = await spec.fetch(...args)
      const loadedAt = clock()
      if (deviceKey) cache.write(deviceKey, { data, loadedAt })
      patch(key, { data, loadedAt, loading: false, error: null, stale: false })
    } catch (error) {
      const message = deps.report(error)
      if (mayShowLastCopy(error)) patch(key, { loading: false, error: message, stale: Boolean(entryOf(key).data) })
      else {
        if (deviceKey) cache.remove(deviceKey)
        patch(key, { data: null, loadedAt: null, loading: false, error: message, stale: false })
      }
    }
    return entryOf(key)
  }

  return {
    load(...args) {
      const key = keyOf(args)
      // Two screens asking at once share one request.
      const running = inFlight.get(key)
      if (running) return running
      const promise = fetchInto(args, key).finally(() => inFlight.delete(key))
      inFlight.set(key, promise)
      return promise
    },
    peek: (...args) => entryOf(keyOf(args)),
    useEntry: (args) => store((s) => (args ? s.entries[keyOf(args)] : undefined) ?? EMPTY_ENTRY),
    put(args, data) {
      const loadedAt = clock()
      const deviceKey = spec.cacheKey?.(...args) ?? null
      if (deviceKey) cache.write(deviceKey, { data, loadedAt })
      patch(keyOf(args), { data, loadedAt, loading: false, error: null, stale: false })
    },
    drop(...args) {
      const deviceKey = spec.cacheKey?.(...args) ?? null
      if (deviceKey) cache.remove(deviceKey)
      const { [keyOf(args)]: _dropped, ...entries } = store.getState().entries
      store.setState({ entries })
    },
    clear: () => store.setState({ entries: {} }),
    store,
  }
}

const REQUEST_IDS_KEY = 'pending-request-ids'

/** A short stable key for an intended write: the operation and what it sends (FNV-1a of the JSON). */
export function intentKey(operation: string, payload: unknown): string {
  const text = JSON.stringify(payload)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${operation}:${hash.toString(36)}`
}

export function newRequestId(): string {
  return `r-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

export interface RequestIdsDeps {
  newId?: () => string
  load?: () => Record<string, string>
  save?: (ids: Record<string, string>) => void
}

/**
 * Request ids of intended writes. `run(intent, call)` gives `call` the intent's id: the same id until the server has
 * answered (success or refusal), so a double tap or a retry after a lost response is one write on the server.
 */
export function createRequestIds(deps: RequestIdsDeps = {}) {
  const newId = deps.newId ?? newRequestId
  const load = deps.load ?? (() => readJson<Record<string, string>>(REQUEST_IDS_KEY, {}))
  const save = deps.save ?? ((ids: Record<string, string>) => writeJson(REQUEST_IDS_KEY, ids))
  const idFor = (intent: string): string => {
    const ids = load()
    if (ids[intent]) return ids[intent]
    const id = newId()
    save({ ...ids, [intent]: id })
    return id
  }
  const settle = (intent: string) => {
    const { [intent]: _settled, ...rest } = load()
    save(rest)
  }
  return {
    idFor,
    settle,
    async run<R>(intent: string, call: (requestId: string) => Promise<R>): Promise<R> {
      try {
        const result = await call(idFor(intent))
        settle(intent)
        return result
      } catch (error) {
        // A lost or failed answer keeps the id for the retry; a refusal ends the intent.
        if (!mayShowLastCopy(error)) settle(intent)
        throw error
      }
    },
  }
}

export type RequestIds = ReturnType<typeof createRequestIds>

/** The app's request ids, persisted on the device. */
export const requestIds = createRequestIds()
