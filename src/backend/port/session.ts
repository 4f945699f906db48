import type { Instant, PersonId, PersonSummary } from './common'
import type { Relation } from './family'

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

export interface SessionApi {
  /** Exchanges a `Taro.login` code for a session. The mock accepts any non-empty code as the demo account. */
  login(code: string): Promise<Session>
  logout(): Promise<void>
  getProfile(): Promise<Profile>
}
