import { personKey } from '@/app-state/person-storage'
import { storage } from '@/platform/storage'
import { readJson, writeJson } from '@/platform/json-storage'
import type { FilingDraft } from '@/features/filing/draft'

/** One draft per person, under a person key so unbinding a relative wipes it. */
export const draftKey = (personId: string) => personKey(personId, 'filing-draft')

export function loadDraft(personId: string): FilingDraft | null {
  const draft = readJson<FilingDraft | null>(draftKey(personId), null)
  return draft && typeof draft === 'object' && typeof draft.updatedAt === 'number' ? draft : null
}

export function saveDraft(personId: string, draft: FilingDraft): void {
  writeJson(draftKey(personId), draft)
}

export function clearDraft(personId: string): void {
  storage.remove(draftKey(personId))
}
