/**
 * Device storage carries a version. A new build migrates what an older one left, so an old store never crashes it;
 * a value that cannot be migrated is removed (it is a cache or a draft, never the only copy of server data).
 */
import type { KeyValueStorage } from '@/platform/storage'

export const STORAGE_VERSION = 2
export const VERSION_KEY = 'storage-version'

type Migration = (store: KeyValueStorage) => void

const isDraftKey = (key: string) => /^person:[^:]+:filing-draft$/.test(key)

/** MIGRATIONS[n] takes storage from version n to n + 1. */
const MIGRATIONS: Record<number, Migration> = {
  // v1 → v2: filing drafts no longer carry their own request id (app-state/server-state keeps request ids).
  1: (store) => {
    for (const key of store.keys().filter(isDraftKey)) {
      try {
        const { requestId: _dropped, ...draft } = JSON.parse(store.get(key) ?? '') as Record<string, unknown>
        if (typeof draft.updatedAt !== 'number') throw new Error('not a draft')
        store.set(key, JSON.stringify(draft))
      } catch {
        store.remove(key)
      }
    }
  },
}

/** Brings device storage to STORAGE_VERSION. Storage from before versioning counts as version 1. */
export function migrateStorage(store: KeyValueStorage): { from: number; to: number } {
  const saved = Number(store.get(VERSION_KEY))
  const empty = store.keys().length === 0
  let version = Number.isInteger(saved) && saved > 0 ? saved : empty ? STORAGE_VERSION : 1
  const from = version
  // A newer build's storage opened by an older build: leave it alone rather than guess.
  while (version < STORAGE_VERSION) {
    MIGRATIONS[version]?.(store)
    version += 1
  }
  if (version !== saved) store.set(VERSION_KEY, String(version))
  return { from, to: version }
}
