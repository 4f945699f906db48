import { storage } from '@/platform/storage'

/** JSON values over platform storage; a corrupt or missing value reads as the fallback. */
export function readJson<T>(key: string, fallback: T): T {
  const text = storage.get(key)
  if (!text) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}

export function writeJson(key: string, value: unknown): void {
  storage.set(key, JSON.stringify(value))
}
