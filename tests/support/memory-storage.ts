// Jest stand-in for src/platform/storage: the same API over an in-memory map (reset with `storage.clear()`).
const data = new Map<string, string>()

export const storage = {
  get: (key: string): string | null => data.get(key) ?? null,
  set: (key: string, value: string): void => void data.set(key, value),
  remove: (key: string): void => void data.delete(key),
  keys: (): string[] => [...data.keys()],
  clear: (): void => data.clear(),
}
