import Taro from '@tarojs/taro'

export interface KeyValueStorage {
  get(key: string): string | null
  set(key: string, value: string): void
  remove(key: string): void
  keys(): string[]
}

/** Synchronous storage, so persisted state is there on the first render. */
export const storage: KeyValueStorage = {
  get(key: string): string | null {
    try {
      const value: unknown = Taro.getStorageSync(key)
      return typeof value === 'string' && value !== '' ? value : null
    } catch {
      return null
    }
  },
  set(key: string, value: string): void {
    Taro.setStorageSync(key, value)
  },
  remove(key: string): void {
    Taro.removeStorageSync(key)
  },
  keys(): string[] {
    try {
      return Taro.getStorageInfoSync().keys
    } catch {
      return []
    }
  },
}
