import { create, type StateCreator } from 'zustand'
import { backend, type Backend } from '@/backend'
import {
  isBackendError,
  type AccountFlow,
  type AccountSummary,
  type Contribution,
  type FamilyTransferInput,
  type InsuranceInfo,
  type Page,
  type Settlement,
} from '@/domain'
import { personKey } from '@/app-state/person-storage'
import { useSession } from '@/app-state/session-store'
import { storage } from '@/platform/storage'
import { readJson, writeJson } from '@/platform/json-storage'

export interface AccountData {
  summary: AccountSummary
  /** Newest first. */
  flows: AccountFlow[]
}

export interface SectionData {
  insurance: InsuranceInfo
  /** Newest first. */
  contributions: Contribution[]
  account: AccountData
  /** Newest first. */
  settlements: Settlement[]
}

export type Section = keyof SectionData

export interface Entry<T> {
  data: T | null
  loadedAt: number | null
  loading: boolean
  error: string | null
  /** The data shown is the last loaded copy (the refresh failed). */
  stale: boolean
}

/** Device cache of the last loaded records, one item per person and section. */
export interface RecordsCache {
  read<S extends Section>(personId: string, section: S): { data: SectionData[S]; loadedAt: number } | null
  write<S extends Section>(personId: string, section: S, value: { data: SectionData[S]; loadedAt: number }): void
  remove(personId: string, section: Section): void
}

export const deviceCache: RecordsCache = {
  // personKey so that unbinding a relative forgets their cached records too.
  read: (personId, section) => readJson(personKey(personId, `records-${section}`), null),
  write: (personId, section, value) => writeJson(personKey(personId, `records-${section}`), value),
  remove: (personId, section) => storage.remove(personKey(personId, `records-${section}`)),
}

export type TransferResult = { ok: true } | { ok: false; message: string; fields: Record<string, string> }

interface RecordsState {
  entries: Record<string, Entry<unknown>>
  load(section: Section, personId: string): Promise<void>
  /** 家庭共济; on success both accounts are reloaded. */
  transfer(input: FamilyTransferInput): Promise<TransferResult>
}

export const PAGE_SIZE = 200

async function allPages<T>(fetch: (page: number) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; page <= 100; page++) {
    const result = await fetch(page)
    items.push(...result.items)
    if (!result.hasMore) break
  }
  return items
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Reads are safe to repeat: a dropped or failed response is retried twice before the user sees an error. Offline fails at once. */
export async function retryRead<T>(read: () => Promise<T>, backoffMs = 300): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await read()
    } catch (error) {
      const transient = isBackendError(error) && (error.code === 'SERVER' || error.code === 'TIMEOUT')
      if (!transient || attempt >= 2) throw error
      await sleep(backoffMs * (attempt + 1))
    }
  }
}

export function fetchSection<S extends Section>(rawApi: Backend['records'], section: S, personId: string): Promise<SectionData[S]> {
  const api = withRetries(rawApi)
  const query = (page: number) => ({ page, pageSize: PAGE_SIZE })
  const fetchers: { [K in Section]: () => Promise<SectionData[K]> } = {
    insurance: () => api.insurance(personId),
    contributions: () => allPages((page) => api.contributions(personId, query(page))),
    account: async () => {
      const [summary, flows] = await Promise.all([api.account(personId), allPages((page) => api.accountFlow(personId, query(page)))])
      return { summary, flows }
    },
    settlements: () => allPages((page) => api.settlements(personId, { page, pageSize: 50 })),
  }
  return fetchers[section]() as Promise<SectionData[S]>
}

function withRetries(api: Backend['records']): Backend['records'] {
  return {
    insurance: (...args) => retryRead(() => api.insurance(...args)),
    contributions: (...args) => retryRead(() => api.contributions(...args)),
    account: (...args) => retryRead(() => api.account(...args)),
    accountFlow: (...args) => retryRead(() => api.accountFlow(...args)),
    settlements: (...args) => retryRead(() => api.settlements(...args)),
    settlement: (...args) => retryRead(() => api.settlement(...args)),
    familyTransfer: (input) => api.familyTransfer(input),
  }
}

export const entryKey = (section: Section, personId: string) => `${section}:${personId}`

/** Only network-ish failures fall back to the cached copy; a refusal (FORBIDDEN) must not show old data. */
function mayShowCached(error: unknown): boolean {
  return !isBackendError(error) || error.retryable
}

export function createRecordsSlice(
  api: Backend['records'],
  cache: RecordsCache,
  report: (error: unknown) => string,
  clock: () => number = Date.now,
): StateCreator<RecordsState> {
  return (set, get) => {
    const patch = (key: string, change: Partial<Entry<unknown>>) =>
      set({ entries: { ...get().entries, [key]: { ...(get().entries[key] ?? EMPTY_ENTRY), ...change } } })

    return {
      entries: {},
      async transfer(input) {
        try {
          await api.familyTransfer(input)
        } catch (error) {
          return { ok: false, message: report(error), fields: isBackendError(error) ? (error.details.fields ?? {}) : {} }
        }
        await Promise.all([get().load('account', input.fromPersonId), get().load('account', input.toPersonId)])
        return { ok: true }
      },
      async load(section, personId) {
        const key = entryKey(section, personId)
        const before = get().entries[key]
        if (!before?.data) {
          // Show the last loaded copy at once while the fresh one loads.
          const cached = cache.read(personId, section)
          if (cached) patch(key, { data: cached.data, loadedAt: cached.loadedAt, stale: true })
        }
        patch(key, { loading: true, error: null })
        try {
          const data = await fetchSection(api, section, personId)
          const loadedAt = clock()
          cache.write(personId, section, { data, loadedAt } as never)
          patch(key, { data, loadedAt, loading: false, error: null, stale: false })
        } catch (error) {
          const message = report(error)
          if (mayShowCached(error)) patch(key, { loading: false, error: message, stale: Boolean(get().entries[key]?.data) })
          else {
            cache.remove(personId, section)
            patch(key, { data: null, loadedAt: null, loading: false, error: message, stale: false })
          }
        }
      },
    }
  }
}

export const EMPTY_ENTRY: Entry<unknown> = { data: null, loadedAt: null, loading: false, error: null, stale: false }

export const useRecords = create<RecordsState>()(createRecordsSlice(backend.records, deviceCache, (e) => useSession.getState().report(e)))

/** One section's entry for a person; the same object until it changes, so it is safe as a zustand selection. */
export function useRecordEntry<S extends Section>(section: S, personId: string | null): Entry<SectionData[S]> {
  return useRecords((s) => (personId ? s.entries[entryKey(section, personId)] : undefined) ?? EMPTY_ENTRY) as Entry<SectionData[S]>
}
