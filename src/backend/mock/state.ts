import type {
  Instant,
  InsuranceStatus,
  InsuranceType,
  IsoDate,
  PersonId,
  Region,
  BindingStatus,
  DelegationRecord,
  Relation,
  Filing,
  Message,
} from '@/domain'

/** A person as the server knows them: raw identifiers never leave the server unmasked. */
export interface PersonRecord {
  id: PersonId
  name: string
  idNumber: string
  phone: string
  insuranceType: InsuranceType
  insuredRegion: Region
  retired: boolean
  /** Absent in states saved before it existed: active. */
  insuranceStatus?: InsuranceStatus
  /** Date the person joined the scheme. */
  insuredSince: IsoDate
}

export interface AccountRecord {
  id: string
  personId: PersonId
}

export interface SessionRecord {
  token: string
  accountId: string
  expiresAt: Instant
}

export interface BindingRecord {
  id: string
  accountId: string
  personId: PersonId
  relation: Relation
  status: BindingStatus
  createdAt: Instant
  boundAt?: Instant
  unboundAt?: Instant
  unboundBy?: 'binder' | 'member'
  /** Confirmation challenge, while pending. */
  code?: string
  codeExpiresAt?: Instant
  resendAvailableAt?: Instant
  wrongTries?: number
  lockedUntil?: Instant
}

/** Everything the mock server persists. Seeded data that never changes (points, history) is regenerated, not stored. */
export interface MockState {
  version: number
  seed: number
  persons: PersonRecord[]
  accounts: AccountRecord[]
  sessions: SessionRecord[]
  bindings: BindingRecord[]
  messages: Message[]
  filings: Filing[]
  delegations: DelegationRecord[]
  /** requestId → id of what that request created or changed, so retries return the same result. */
  idempotency: Record<string, string>
  qaFeedback: { entryId: string; helpful: boolean; accountId: string; at: Instant }[]
  /** Per-person sequence counters for ids. */
  counters: Record<string, number>
  /** 家庭共济 transfers made in the app (the generated history has its own); absent in older saved states. */
  familyTransfers?: { id: string; fromPersonId: string; toPersonId: string; amountFen: number; at: Instant }[]
}

export const STATE_VERSION = 1
