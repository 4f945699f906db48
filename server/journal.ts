// Node-only: incremental, durable persistence of the mock's state for the reference server.
//
// A snapshot file plus an append-only journal of changed entities (JSON lines). After each request that changed
// something, the server awaits flush(): it diffs the state against what was last written, appends only the changed
// entities, and fdatasyncs before the answer goes out. Concurrent requests share one flush (group commit). When the
// journal grows past a threshold it is compacted into a fresh snapshot (temp file, fsync, rename, fsync the folder).
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { MockState } from '@/backend/mock/state'

/** `a: 1` marks an entity of an array collection (else a property of an object collection). */
type Line =
  | { c: string; k: string; v: unknown; a?: 1 }
  | { c: string; k: string; d: 1; a?: 1 }
  | { c: string; o: string[] }
  | { c: string; w: unknown }

export interface StateJournal {
  /** The persisted state (snapshot plus journal), or null when there is none. */
  load(): MockState | null
  /** Marks the state changed (pass as the mock's `onSave`). */
  markDirty(state: MockState): void
  /** Resolves once every change marked before the call is on disk. */
  flush(): Promise<void>
  /** Flushes, compacts into the snapshot, and closes the journal. */
  close(): Promise<void>
  /** Bytes appended to the journal since the last compaction. */
  readonly journalBytes: number
}

const keyOf = (item: unknown): string | null => {
  if (typeof item !== 'object' || item === null) return null
  const record = item as { id?: unknown; token?: unknown }
  if (typeof record.id === 'string') return record.id
  if (typeof record.token === 'string') return record.token
  return null
}

/** Keyed collections: arrays of records with an id (or token), and plain objects; anything else is written whole. */
function entities(value: unknown): { kind: 'array' | 'object'; entries: [string, unknown][] } | null {
  if (Array.isArray(value)) {
    const keys = value.map(keyOf)
    if (value.length > 0 && keys.some((k) => k === null)) return null
    if (new Set(keys).size !== keys.length) return null
    return { kind: 'array', entries: value.map((item, i) => [keys[i]!, item]) }
  }
  if (typeof value === 'object' && value !== null) return { kind: 'object', entries: Object.entries(value) }
  return null
}

export function createJournal(path: string, options: { compactBytes?: number } = {}): StateJournal {
  const journalPath = `${path}.journal`
  const compactBytes = options.compactBytes ?? 4 * 1024 * 1024
  /** What is on disk: per collection, per key, the JSON last written; plus array order and whole values. */
  const written = new Map<string, Map<string, string>>()
  const order = new Map<string, string>()
  const whole = new Map<string, string>()
  let state: MockState | null = null
  let marked = 0
  let persisted = 0
  let running: Promise<void> | null = null
  let handle: FileHandle | null = null
  let journalBytes = 0

  const remember = (snapshot: MockState) => {
    written.clear()
    order.clear()
    whole.clear()
    for (const [collection, value] of Object.entries(snapshot)) {
      const keyed = entities(value)
      if (!keyed) {
        whole.set(collection, JSON.stringify(value))
        continue
      }
      written.set(collection, new Map(keyed.entries.map(([k, item]) => [k, JSON.stringify(item)])))
      if (keyed.kind === 'array') order.set(collection, JSON.stringify(keyed.entries.map(([k]) => k)))
    }
  }

  const diff = (current: MockState): Line[] => {
    const lines: Line[] = []
    for (const [collection, value] of Object.entries(current)) {
      const keyed = entities(value)
      const before = written.get(collection)
      if (!keyed || (!before && whole.has(collection))) {
        const json = JSON.stringify(value)
        if (whole.get(collection) !== json) {
          lines.push({ c: collection, w: value })
          whole.set(collection, json)
          written.delete(collection)
          order.delete(collection)
        }
        continue
      }
      const seen = before ?? new Map<string, string>()
      written.set(collection, seen)
      const a = keyed.kind === 'array' ? ({ a: 1 } as const) : {}
      const present = new Set<string>()
      for (const [k, item] of keyed.entries) {
        present.add(k)
        const json = JSON.stringify(item)
        if (seen.get(k) !== json) {
          lines.push({ c: collection, k, v: item, ...a })
          seen.set(k, json)
        }
      }
      for (const k of [...seen.keys()]) {
        if (!present.has(k)) {
          lines.push({ c: collection, k, d: 1, ...a })
          seen.delete(k)
        }
      }
      if (keyed.kind === 'array') {
        const keys = keyed.entries.map(([k]) => k)
        const json = JSON.stringify(keys)
        if (order.get(collection) !== json) {
          lines.push({ c: collection, o: keys })
          order.set(collection, json)
        }
      }
    }
    return lines
  }

  const writeSnapshot = (snapshot: MockState) => {
    const tmp = `${path}.tmp`
    writeFileSync(tmp, JSON.stringify(snapshot))
    const fd = openSync(tmp, 'r')
    fsyncSync(fd)
    closeSync(fd)
    renameSync(tmp, path)
    const dir = openSync(dirname(path), 'r')
    fsyncSync(dir)
    closeSync(dir)
  }

  const compact = async () => {
    if (!state) return
    await handle?.close()
    handle = null
    if (!existsSync(dirname(path))) return
    writeSnapshot(state)
    writeFileSync(journalPath, '')
    journalBytes = 0
    remember(JSON.parse(JSON.stringify(state)) as MockState)
  }

  const run = async () => {
    while (persisted < marked && state) {
      const target = marked
      const lines = diff(state)
      if (lines.length > 0) {
        handle ??= await open(journalPath, 'a')
        const text = lines.map((l) => JSON.stringify(l)).join('\n') + '\n'
        await handle.write(text)
        await handle.datasync()
        journalBytes += Buffer.byteLength(text)
      }
      persisted = target
      if (journalBytes > compactBytes) await compact()
    }
    running = null
  }

  return {
    get journalBytes() {
      return journalBytes
    },

    load() {
      if (!existsSync(path) && !existsSync(journalPath)) return null
      const snapshot = (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as Record<string, unknown>
      const text = existsSync(journalPath) ? readFileSync(journalPath, 'utf8') : ''
      for (const raw of text.split('\n')) {
        if (!raw) continue
        let line: Line
        try {
          line = JSON.parse(raw) as Line
        } catch {
          break // a torn last line from a crash mid-append: everything before it was synced
        }
        if ('w' in line) snapshot[line.c] = line.w
        else if ('o' in line) {
          const items = new Map(((snapshot[line.c] as unknown[]) ?? []).map((item) => [keyOf(item), item]))
          snapshot[line.c] = line.o.map((k) => items.get(k)).filter((item) => item !== undefined)
        } else {
          if (line.a && !Array.isArray(snapshot[line.c])) snapshot[line.c] = []
          const current = snapshot[line.c]
          if (Array.isArray(current)) {
            const i = current.findIndex((item) => keyOf(item) === line.k)
            if ('d' in line) {
              if (i >= 0) current.splice(i, 1)
            } else if (i >= 0) current[i] = line.v
            else current.push(line.v)
          } else {
            const record = (typeof current === 'object' && current !== null ? current : (snapshot[line.c] = {})) as Record<string, unknown>
            if ('d' in line) delete record[line.k]
            else record[line.k] = line.v
          }
        }
      }
      const loaded = snapshot as unknown as MockState
      remember(loaded)
      journalBytes = Buffer.byteLength(text)
      return loaded
    },

    markDirty(current) {
      // A reset hands over a new object: the diff is per entity, so that needs nothing special.
      state = current
      marked++
    },

    flush() {
      const target = marked
      if (persisted >= target) return running ?? Promise.resolve()
      const wait = async (): Promise<void> => {
        while (persisted < target) {
          running ??= run()
          await running
        }
      }
      return wait()
    },

    async close() {
      await this.flush()
      await compact()
      await handle?.close()
      handle = null
    },
  }
}
