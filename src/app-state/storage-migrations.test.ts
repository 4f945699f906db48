import { migrateStorage, STORAGE_VERSION, VERSION_KEY } from '@/app-state/storage-migrations'
import type { KeyValueStorage } from '@/platform/storage'

function memory(items: Record<string, string>): KeyValueStorage & { items: Record<string, string> } {
  return {
    items,
    get: (key) => items[key] ?? null,
    set: (key, value) => void (items[key] = value),
    remove: (key) => void delete items[key],
    keys: () => Object.keys(items),
  }
}

describe('device storage migrations', () => {
  it('migrates a store an older build left: drafts keep what was typed, lose the old request id, and a broken one goes', () => {
    const old = memory({
      'person:P002:filing-draft': JSON.stringify({ category: 'referral', phone: '13907341122', requestId: 'fr-1', updatedAt: 5 }),
      'person:P003:filing-draft': '{broken',
      'care-mode': '{"state":{"enabled":true},"version":0}',
    })
    expect(migrateStorage(old)).toEqual({ from: 1, to: STORAGE_VERSION })
    expect(JSON.parse(old.items['person:P002:filing-draft'])).toEqual({ category: 'referral', phone: '13907341122', updatedAt: 5 })
    expect(old.items['person:P003:filing-draft']).toBeUndefined()
    expect(old.items['care-mode']).toBe('{"state":{"enabled":true},"version":0}')
    expect(old.items[VERSION_KEY]).toBe(String(STORAGE_VERSION))
  })

  it('marks a fresh install as current and leaves a current store alone', () => {
    const fresh = memory({})
    expect(migrateStorage(fresh)).toEqual({ from: STORAGE_VERSION, to: STORAGE_VERSION })
    const draft = JSON.stringify({ category: 'referral', updatedAt: 5, requestId: 'kept-by-a-newer-writer' })
    const current = memory({ [VERSION_KEY]: String(STORAGE_VERSION), 'person:P002:filing-draft': draft })
    migrateStorage(current)
    expect(current.items['person:P002:filing-draft']).toBe(draft)
  })
})
