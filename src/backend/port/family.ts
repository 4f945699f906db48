import type { BindingChallenge, BindingRequest, DelegationRecord, FamilyBinder, FamilyMember, PersonId } from '@/domain'

export interface FamilyApi {
  /** Everyone this account has bound, pending or ended, newest first. */
  list(): Promise<FamilyMember[]>
  /** Accounts that have bound me (the member's side). */
  boundBy(): Promise<FamilyBinder[]>
  /** Checks the member against the registry and sends them a code (or binds at once under 16). Same requestId, same result. */
  startBinding(request: BindingRequest): Promise<BindingChallenge>
  /** A new code; the old one stops working. RATE_LIMITED within 60 s, LOCKED after 5 wrong codes. */
  resendCode(bindingId: string): Promise<BindingChallenge>
  confirm(bindingId: string, code: string): Promise<FamilyMember>
  /** Either side may unbind: the binder, or the member from their own account. */
  unbind(bindingId: string): Promise<void>
  /** Who acted for this person and what they did; needs the right to act for them. */
  delegations(personId: PersonId): Promise<DelegationRecord[]>
}
