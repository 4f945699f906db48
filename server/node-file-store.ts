// Node-only: a KeyValueStore in a JSON file, so the reference server keeps its data across restarts.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { KeyValueStore } from '@/backend/mock/key-value-store'

export function fileStore(path: string): KeyValueStore {
  const data: Record<string, string> = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>) : {}
  const flush = () => {
    writeFileSync(`${path}.tmp`, JSON.stringify(data))
    renameSync(`${path}.tmp`, path)
  }
  return {
    get: (key) => data[key] ?? null,
    set: (key, value) => {
      data[key] = value
      flush()
    },
    remove: (key) => {
      delete data[key]
      flush()
    },
  }
}
