import type { Filing, FilingChange, FilingInput, FilingStatus, Idempotent, InsuredPlacePolicy, PersonId } from '@/domain'

export interface FilingsApi {
  policyFor(personId: PersonId): Promise<InsuredPlacePolicy>
  /** Filings of every person the user may act for, optionally narrowed. */
  list(filter?: { personId?: PersonId; status?: FilingStatus[] }): Promise<Filing[]>
  get(id: string): Promise<Filing>
  submit(input: FilingInput & Idempotent): Promise<Filing>
  change(id: string, change: FilingChange): Promise<Filing>
  cancel(id: string, request: Idempotent & { reason?: string }): Promise<Filing>
}
