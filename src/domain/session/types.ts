import type { Instant, PersonId, PersonSummary } from '@/domain/common'
import type { Relation } from '@/domain/family/types'

export interface Session {
  token: string
  accountId: string
  personId: PersonId
  expiresAt: Instant
}

export interface ActablePerson extends PersonSummary {
  /** How the person relates to the account holder. */
  relation: Relation | 'self'
}

export interface Profile {
  self: ActablePerson
  /** Self first, then every relative with an active binding: whom the user may act for. */
  actable: ActablePerson[]
}
