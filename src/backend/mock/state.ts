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
  FamilyPayEndedBy,
  FamilyPaymentKind,
  Fen,
  Message,
  Settlement,
  Qualification,
  Transfer,
  InsuranceCertificate,
  Claim,
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
  /** Children under 16 the registry (户籍) links to this person as a parent: they may bind them without the child's code. */
  children?: PersonId[]
  /** 医保关系转移接续 out of earlier 参保地 (transfers.ts), oldest first; records mark each period with its 参保地. */
  moves?: InsuranceMove[]
}

/** One move of the person's 参保 between places: the balance leaves at `outAt` and arrives at `inAt` (completion). */
export interface InsuranceMove {
  transferId: string
  from: Region
  to: Region
  /** `YYYY-MM`: the first month insured at `to`. */
  sinceMonth: string
  outAt: Instant
  inAt?: Instant
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
}

/** Wrong-code count and lock of one (binder account, member): it outlives any single binding, so unbind and rebind keep it. */
export interface BindingLock {
  wrongTries: number
  lockedUntil?: Instant
}

/** What a request id was used for, so a replay returns the same result only for the same call. */
export interface RequestRecord {
  /** `capability.method` */
  op: string
  /** The id the call acted on (a filing id, a person id). */
  target: string
  /** Canonical JSON of the request's arguments. */
  body: string
  /** What the call created or changed. */
  resultId: string
  /** Whose data the result is: a replay re-checks that the caller may still act for them. */
  personId: string
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
  /** requestId → result id for the 家庭共济 writes (family-pay.ts); the other writes use `requests`. */
  idempotency: Record<string, string>
  /** `accountId:requestId` → what that request did; see MockServer.requests. */
  requests: Record<string, RequestRecord>
  /** `accountId:personId` → wrong codes and lock of that binder against that member. */
  bindingLocks: Record<string, BindingLock>
  /** personId → times of wrong codes against them from any binder (pruned to FAMILY_RULES.memberWindowMs). */
  memberWrongTries: Record<string, Instant[]>
  qaFeedback: { entryId: string; helpful: boolean; accountId: string; at: Instant }[]
  /** Per-person sequence counters for ids. */
  counters: Record<string, number>
  /** Hospital stays the mock admitted (补办 filings, seeded open stays); they discharge and settle on their own. */
  stays?: StayRecord[]
  /** Settlements the mock made in the app (stays, visits); the generated history has its own. */
  appSettlements?: Settlement[]
  /** 家庭共济 relationships and payments. */
  familyPay?: { relationships: FamilyPayRecord[]; payments: FamilyPaymentRecord[] }
  /** 门诊慢特病 qualification applications (chronic.ts); seeded on first use. */
  chronic?: Qualification[]
  /** 手工报销 claims (backend/mock/claims.ts). */
  claims?: Claim[]
  /** 跨省转移接续 applications (transfers.ts). */
  transfers?: Transfer[]
  /** Live and recently used 医保码 tokens (evoucher.ts prunes them). */
  evouchers?: EVoucherRecord[]
  /** Issued 参保证明, keyed by their verification code (`id`). */
  certificates?: CertificateRecord[]
}

/** A 医保码 token: whose it is, who asked for it, and whether it was used or replaced. */
export interface EVoucherRecord {
  token: string
  accountId: string
  personId: PersonId
  issuedAt: Instant
  expiresAt: Instant
  usedAt?: Instant
  /** Replaced by a newer code for the same person and account. */
  revokedAt?: Instant
}

/** An issued 参保证明: `id` is its verification code; the facts are the certificate as issued. */
export interface CertificateRecord {
  id: string
  accountId: string
  certificate: InsuranceCertificate
}

/** A stay as the server knows it; `Filing.stays` is its public view. */
export interface StayRecord {
  id: string
  personId: PersonId
  filingId?: string
  kind: 'inpatient' | 'outpatient'
  hospital: string
  destination: Region
  admissionDate: IsoDate
  admittedAt: Instant
  /** When the hospital discharges and settles it. */
  dischargeDueAt: Instant
  status: 'in-hospital' | 'settled' | 'self-paid'
  dischargeDate?: IsoDate
  settlementId?: string
}

export interface FamilyPayRecord {
  id: string
  accountId: string
  payerPersonId: PersonId
  beneficiaryPersonId: PersonId
  /** The 亲情账户 binding it rests on: ending that binding ends the relationship. */
  bindingId: string
  relation: Relation
  status: 'active' | 'ended'
  startedAt: Instant
  endedAt?: Instant
  endedBy?: FamilyPayEndedBy
}

export interface FamilyPaymentRecord {
  id: string
  relationshipId: string
  payerPersonId: PersonId
  beneficiaryPersonId: PersonId
  kind: FamilyPaymentKind
  amountFen: Fen
  at: Instant
  year?: number
  settlementId?: string
  /** What it paid for, e.g. 2027年度城乡居民医保个人缴费. */
  description: string
  /** The payer's flow line, e.g. 为 李建国（父亲）缴纳2027年度城乡居民医保. */
  payerLine: string
  /** The relative's record note, e.g. 由 李明（儿子）的职工医保个人账户共济支付. */
  beneficiaryLine: string
}

export const STATE_VERSION = 3
