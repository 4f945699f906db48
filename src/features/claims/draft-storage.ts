import { personKey } from '@/app-state/person-storage'
import { storage } from '@/platform/storage'
import { readJson, writeJson } from '@/platform/json-storage'
import type { ClaimDraft } from '@/features/claims/model'

/** One claim draft per person, under a person key so unbinding a relative wipes it. */
export const claimDraftKey = (personId: string) => personKey(personId, 'claim-draft')

export function loadClaimDraft(personId: string): ClaimDraft | null {
  const draft = readJson<ClaimDraft | null>(claimDraftKey(personId), null)
  return draft && typeof draft === 'object' && typeof draft.updatedAt === 'number' && Array.isArray(draft.invoices) ? draft : null
}

export function saveClaimDraft(personId: string, draft: ClaimDraft): void {
  writeJson(claimDraftKey(personId), draft)
}

export function clearClaimDraft(personId: string): void {
  storage.remove(claimDraftKey(personId))
}
