import type { Claim, ClaimListFilter, ClaimSubmission } from '@/domain'

/** 手工报销 claims: a stay paid in full away from home, claimed back from the 参保地 afterwards. */
export interface ClaimsApi {
  /** Claims of every person the user may act for, newest change first, optionally narrowed. */
  list(filter?: ClaimListFilter): Promise<Claim[]>
  /** Unknown ids and other people's claims are the same NOT_FOUND. */
  get(id: string): Promise<Claim>
  /**
   * Files a claim. VALIDATION with per-field messages (dates, amounts, invoices, photos); RULE_VIOLATION
   * CLAIM_WINDOW_CLOSED after the 参保地's window; CONFLICT DUPLICATE_INVOICE when an invoice is on another live claim.
   */
  submit(input: ClaimSubmission): Promise<Claim>
}
