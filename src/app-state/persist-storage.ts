import { createJSONStorage } from 'zustand/middleware'
import { storage } from '@/platform/storage'

/** zustand persistence over synchronous platform storage, so the first render already has saved state. */
export const syncStorage = createJSONStorage(() => ({
  getItem: (key: string) => storage.get(key),
  setItem: (key: string, value: string) => storage.set(key, value),
  removeItem: (key: string) => storage.remove(key),
}))
