import { personKey } from '@/app-state/person-storage'
import { readJson, writeJson } from '@/platform/json-storage'
import { storage } from '@/platform/storage'
import { cleanDraft, type ChronicDraft } from '@/features/chronic/model'

/** One draft per person, under a person key so unbinding a relative wipes it. */
export const chronicDraftKey = (personId: string) => personKey(personId, 'chronic-draft')

export function loadChronicDraft(personId: string): ChronicDraft | null {
  return cleanDraft(readJson<unknown>(chronicDraftKey(personId), null))
}

export function saveChronicDraft(personId: string, draft: ChronicDraft): void {
  writeJson(chronicDraftKey(personId), draft)
}

export function clearChronicDraft(personId: string): void {
  storage.remove(chronicDraftKey(personId))
}
