import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import { type AccountFlow, type AccountSummary, type Contribution, type InsuranceInfo, type Page, type Settlement } from '@/domain'
import { personKey } from '@/app-state/person-storage'
import { createResource, type DeviceCache, type Entry, type Resource } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'

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

export function fetchSection<S extends Section>(api: Backend['records'], section: S, personId: string): Promise<SectionData[S]> {
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

export interface RecordsDeps {
  api: Backend['records']
  report: (error: unknown) => string
  cache?: DeviceCache
  clock?: () => number
}

const SECTIONS: Section[] = ['insurance', 'contributions', 'account', 'settlements']

/** Each records section is a resource per person, cached under the person's storage keys (so unbinding forgets it). */
export function createRecordsStore(deps: RecordsDeps) {
  const resources = Object.fromEntries(
    SECTIONS.map((section) => [
      section,
      createResource<[string], unknown>(
        {
          fetch: (personId) => fetchSection(deps.api, section, personId),
          cacheKey: (personId) => personKey(personId, `records-${section}`),
        },
        deps,
      ),
    ]),
  ) as { [S in Section]: Resource<[string], SectionData[S]> }

  const load = async <S extends Section>(section: S, personId: string): Promise<Entry<SectionData[S]>> =>
    (resources[section] as Resource<[string], SectionData[S]>).load(personId)

  return {
    resources,
    load,
  }
}

export type RecordsStore = ReturnType<typeof createRecordsStore>

const records = createRecordsStore({ api: backend.records, report: (e) => useSession.getState().report(e) })

/** The app's records actions, as a selector-friendly store. */
export const useRecords = create(() => ({ load: records.load }))

/** One section's entry for a person (null: none), re-rendering when it changes. */
export function useRecordEntry<S extends Section>(section: S, personId: string | null): Entry<SectionData[S]> {
  return (records.resources[section] as Resource<[string], SectionData[S]>).useEntry(personId ? [personId] : null)
}
