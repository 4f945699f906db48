import { maskIdCard, maskPhone } from '@/lib/mask'
import { birthDateOf, genderOf } from '@/lib/id-card'
import { BackendError } from '@/domain'
import type { PersonId, PersonSummary, Message } from '@/domain'
import { DEFAULT_FAULTS, type FaultSettings } from '@/backend/mock/faults'
import type { KeyValueStore } from '@/backend/mock/key-value-store'
import { createRng, type Rng } from '@/backend/mock/rng'
import { seedState } from '@/backend/mock/seed-people'
import { platformRandomBytes, randomCode, randomToken, type RandomBytes } from '@/backend/mock/secure-random'
import { STATE_VERSION, type AccountRecord, type MockState, type PersonRecord, type RequestRecord } from '@/backend/mock/state'

export const STATE_KEY = 'mock-server-state'

/** What the mock knows about whoever is calling: the token their client holds. */
export interface Caller {
  token: string | null
}

export interface MockServerOptions {
  store: KeyValueStore
  seed?: number
  /** Server time; tests pass a fake clock. */
  clock?: () => number
  faults?: FaultSettings
  sessionTtlMs?: number
  /** How long a filing under review waits before the mock decides it. */
  reviewDelayMs?: number
  /** Secure random source for tokens and codes (default: the platform's Web Crypto; the server passes node:crypto). */
  randomBytes?: RandomBytes
  /**
   * Whether a binding challenge carries the member's code (`demoCode`), so a demo can confirm without a phone. On by
   * default for the in-app demo; the reference server turns it on only with MOCK_DEMO_CODES=1.
   */
  demoCodes?: boolean
  /**
   * Called instead of serialising the whole state into `store` on every save: the reference server's journal
   * persists only what changed, before it answers.
   */
  onSave?: (state: MockState) => void
  /** Live sessions kept per account; older ones are dropped at login. */
  maxSessionsPerAccount?: number
  /** How long a 补办 stay stays open before the hospital discharges and settles it. */
  stayDelayMs?: number
  /** One day of a 转移接续's demo timing (default a real day; the dev `fast` preset shortens it). */
  transferDayMs?: number
}

/** A text message the mock "sent" (binding codes): the member's side reads it from the dev outbox. */
export interface SmsRecord {
  at: number
  personId: PersonId
  phoneMasked: string
  bindingId: string
  code: string
  text: string
}

const OUTBOX_SIZE = 200

export interface MockServer {
  readonly state: MockState
  readonly rng: Rng
  faults: FaultSettings
  sessionTtlMs: number
  reviewDelayMs: number
  stayDelayMs: number
  transferDayMs: number
  /** Background work a real server would run on its own (reviews, discharges), by name; reads call runJobs first. */
  jobs: Map<string, () => void>
  runJobs(): void
  now(): number
  save(): void
  /**
   * Counts saves (every change to the state is followed by one): while it is unchanged, objects held in the state
   * are unchanged, so the reference server may reuse the bytes of an answer made of the same objects.
   */
  readonly revision: number
  /** Back to the seeded state (developer settings, tests). */
  reset(): void
  account(caller: Caller): AccountRecord
  person(id: PersonId): PersonRecord
  /** Throws FORBIDDEN unless `personId` is the caller or a relative actively bound to them. */
  assertCanActFor(caller: Caller, personId: PersonId): { account: AccountRecord; person: PersonRecord; actor: PersonRecord }
  actablePersonIds(account: AccountRecord): PersonId[]
  summary(person: PersonRecord): PersonSummary
  nextId(prefix: string): string
  notify(message: Omit<Message, 'id' | 'read' | 'createdAt'>): void
  recordDelegation(account: AccountRecord, personId: PersonId, action: string): void
  /** Whether challenges carry `demoCode`. */
  readonly demoCodes: boolean
  /** A new session token: 256 bits from the secure source. */
  newToken(): string
  /** A new 6-digit binding code from the secure source. */
  newCode(): string
  /** Codes "sent" by text message, newest last (not persisted; the dev outbox reads it). */
  readonly outbox: SmsRecord[]
  sendSms(sms: Omit<SmsRecord, 'at'>): void
  /** The account id of a live session token, or null (rate limits key on it). */
  sessionAccountId(token: string | null): string | null
  /** Drops expired sessions. */
  pruneSessions(): void
  /**
   * The earlier use of `requestId` by this account, or null when it is fresh. A use for another operation, target
   * or body is a 409 CONFLICT (IDEMPOTENCY_MISMATCH); a replay re-checks that the caller may still act for the
   * stored result's person.
   */
  priorRequest(account: AccountRecord, requestId: string, call: { op: string; target: string; body: unknown }): RequestRecord | null
  rememberRequest(
    account: AccountRecord,
    requestId: string,
    call: { op: string; target: string; body: unknown; resultId: string; personId: string },
  ): void
}

/** JSON with sorted object keys, so the same request compares equal whatever the key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  )
}

export const DEFAULT_SEED = 20261123

export function createMockServer(options: MockServerOptions): MockServer {
  const seed = options.seed ?? DEFAULT_SEED
  const clock = options.clock ?? (() => Date.now())
  const load = (): MockState => {
    const text = options.store.get(STATE_KEY)
    if (text) {
      try {
        const parsed = JSON.parse(text) as MockState
        if (parsed.version === STATE_VERSION && parsed.seed === seed) {
          parsed.sessions = parsed.sessions.filter((s) => s.expiresAt > clock())
          return parsed
        }
      } catch {
        // Corrupt storage: fall back to a fresh seed rather than a broken demo.
      }
    }
    return seedState(seed, clock())
  }

  let state = load()
  const randomBytes = options.randomBytes ?? platformRandomBytes
  const maxSessions = options.maxSessionsPerAccount ?? 10
  const outbox: SmsRecord[] = []
  /** Summaries derive from immutable identity fields; computing them (dates from the ID number) is the hot path of reads. */
  const summaries = new WeakMap<PersonRecord, { signature: string; summary: PersonSummary }>()
  let revision = 0

  const server: MockServer = {
    get state() {
      return state
    },
    get revision() {
      return revision
    },
    rng: createRng(seed ^ 0x5eed),
    faults: options.faults ?? DEFAULT_FAULTS,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3600 * 1000,
    reviewDelayMs: options.reviewDelayMs ?? 20_000,
    stayDelayMs: options.stayDelayMs ?? 3 * 60_000,
    transferDayMs: options.transferDayMs ?? 24 * 3600 * 1000,
    jobs: new Map(),
    runJobs: () => {
      for (const job of server.jobs.values()) job()
    },
    now: clock,
    save: () => {
      revision++
      if (options.onSave) options.onSave(state)
      else options.store.set(STATE_KEY, JSON.stringify(state))
    },
    reset: () => {
      state = seedState(seed, clock())
      server.save()
    },

    account(caller) {
      if (!caller.token) throw new BackendError('UNAUTHENTICATED')
      const session = state.sessions.find((s) => s.token === caller.token)
      if (!session) throw new BackendError('UNAUTHENTICATED')
      if (session.expiresAt <= clock()) throw new BackendError('SESSION_EXPIRED')
      const account = state.accounts.find((a) => a.id === session.accountId)
      if (!account) throw new BackendError('UNAUTHENTICATED')
      return account
    },

    person(id) {
      const person = state.persons.find((p) => p.id === id)
      if (!person) throw new BackendError('NOT_FOUND', '没有找到该参保人')
      return person
    },

    actablePersonIds(account) {
      const relatives = state.bindings.filter((b) => b.accountId === account.id && b.status === 'active').map((b) => b.personId)
      return [account.personId, ...relatives]
    },

    assertCanActFor(caller, personId) {
      const account = server.account(caller)
      // Unknown and unauthorised ids get the same answer, so ids cannot be probed.
      if (typeof personId !== 'string' || !server.actablePersonIds(account).includes(personId)) {
        throw new BackendError('FORBIDDEN')
      }
      return { account, person: server.person(personId), actor: server.person(account.personId) }
    },

    summary(person) {
      const signature = JSON.stringify(person)
      const cached = summaries.get(person)
      if (cached?.signature === signature) return { ...cached.summary }
      const birth = birthDateOf(person.idNumber)
      const made: PersonSummary = {
        id: person.id,
        name: person.name,
        idNumberMasked: maskIdCard(person.idNumber),
        phoneMasked: maskPhone(person.phone),
        gender: genderOf(person.idNumber),
        birthDate: birth ? birth.format('YYYY-MM-DD') : '',
        insuranceType: person.insuranceType,
        insuredRegion: person.insuredRegion,
        retired: person.retired,
        insuranceStatus: person.insuranceStatus ?? 'active',
      }
      summaries.set(person, { signature, summary: made })
      return { ...made }
    },

    nextId(prefix) {
      const n = (state.counters[prefix] ?? 0) + 1
      state.counters[prefix] = n
      return `${prefix}${String(n).padStart(6, '0')}`
    },

    notify(message) {
      state.messages.unshift({ ...message, id: server.nextId('M'), read: false, createdAt: clock() })
    },

    recordDelegation(account, personId, action) {
      if (account.personId === personId) return
      const actor = server.person(account.personId)
      state.delegations.unshift({ id: server.nextId('D'), personId, actorName: actor.name, action, at: clock() })
    },

    demoCodes: options.demoCodes ?? true,
    newToken: () => randomToken(randomBytes),
    newCode: () => randomCode(randomBytes),
    outbox,
    sendSms(sms) {
      outbox.push({ ...sms, at: clock() })
      if (outbox.length > OUTBOX_SIZE) outbox.splice(0, outbox.length - OUTBOX_SIZE)
    },

    sessionAccountId(token) {
      if (!token) return null
      const session = state.sessions.find((s) => s.token === token)
      return session && session.expiresAt > clock() ? session.accountId : null
    },

    pruneSessions() {
      const now = clock()
      const live = state.sessions.filter((s) => s.expiresAt > now)
      // Newest last; keep at most maxSessions per account, so repeated logins cannot grow storage.
      const perAccount = new Map<string, number>()
      const kept: typeof live = []
      for (let i = live.length - 1; i >= 0; i--) {
        const n = (perAccount.get(live[i].accountId) ?? 0) + 1
        perAccount.set(live[i].accountId, n)
        if (n <= maxSessions) kept.unshift(live[i])
      }
      if (kept.length !== state.sessions.length) state.sessions = kept
    },

    priorRequest(account, requestId, call) {
      const earlier = state.requests[`${account.id}:${requestId}`]
      if (!earlier) return null
      if (earlier.op !== call.op || earlier.target !== call.target || earlier.body !== canonicalJson(call.body)) {
        throw new BackendError('CONFLICT', '该请求编号已用于另一项操作或不同的内容，请刷新页面后重新提交', {
          reason: 'IDEMPOTENCY_MISMATCH',
        })
      }
      if (earlier.personId && !server.actablePersonIds(account).includes(earlier.personId)) throw new BackendError('FORBIDDEN')
      return earlier
    },

    rememberRequest(account, requestId, call) {
      state.requests[`${account.id}:${requestId}`] = { ...call, body: canonicalJson(call.body) }
    },
  }
  return server
}
