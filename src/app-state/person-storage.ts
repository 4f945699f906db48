import { storage } from '@/platform/storage'

/**
 * Device storage about a specific person (drafts, cached records) must use these keys,
 * so that unbinding a relative can remove everything kept about them.
 */
export function personKey(personId: string, name: string): string {
  return `person:${personId}:${name}`
}

/** Removes every device-stored item about a person. */
export function forgetPerson(personId: string): void {
  const prefix = `person:${personId}:`
  for (const key of storage.keys()) if (key.startsWith(prefix)) storage.remove(key)
}
