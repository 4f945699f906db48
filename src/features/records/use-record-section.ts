import { useEffect } from 'react'
import { formatInstantCn } from '@/lib/dates'
import type { Entry } from '@/app-state/server-state'
import { useRecordEntry, useRecords, type Section, type SectionData } from '@/features/records/records-store'
import { useRoutePerson } from '@/app-state/use-route-person'

export interface RecordSection<S extends Section> extends Entry<SectionData[S]> {
  personId: string | null
  reload(): Promise<void>
  /** The offline banner text while an older copy is shown. */
  staleNote: string | null
}

/** Loads one records section for whoever the page shows, and reloads when that person changes. */
export function useRecordSection<S extends Section>(section: S): RecordSection<S> {
  const personId = useRoutePerson().id
  const entry = useRecordEntry(section, personId)
  const load = useRecords((s) => s.load)

  useEffect(() => {
    if (personId) void load(section, personId)
  }, [personId, section, load])

  const staleNote =
    entry.stale && entry.data && entry.loadedAt !== null && !entry.loading
      ? `${entry.error ?? '网络不可用'}，显示的是 ${formatInstantCn(entry.loadedAt)} 加载的记录`
      : null
  return {
    ...entry,
    personId,
    staleNote,
    reload: async () => {
      if (personId) await load(section, personId)
    },
  }
}

/** `更新于 11月23日 14:05` */
export function updatedText(loadedAt: number | null): string {
  return loadedAt === null ? '' : `更新于 ${formatInstantCn(loadedAt)}`
}
