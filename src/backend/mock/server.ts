import { maskIdCard, maskPhone } from '@/lib/mask'
import { birthDateOf, genderOf } from '@/lib/id-card'
import { BackendError } from '@/domain'
import type { PersonId, PersonSummary, Message } from '@/domain'
import { DEFAULT_FAULTS, type FaultSettings } from '@/backend/mock/faults'
import type { KeyValueStore } from '@/backend/mock/key-value-store'
import { createRng, type Rng } from '@/backend/mock/rng'
import { seedState } from '@/backend/mock/seed-people'
import { STATE_VERSION, type AccountRecord, type MockState, type PersonRecord } from '@/backend/mock/state'

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
  /** How long a 补办 stay stays open before the hospital discharges and settles it. */
  stayDelayMs?: number
}

export interface MockServer {
  readonly state: MockState
  readonly rng: Rng
  faults: FaultSettings
  sessionTtlMs: number
  reviewDelayMs: number
  stayDelayMs: number
  /** Background work a real server would run on its own (reviews, discharges), by name; reads call runJobs first. */
  jobs: Map<string, () => void>
  runJobs(): void
  now(): number
  save(): void
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
        if (parsed.version === STATE_VERSION && parsed.seed === seed) return parsed
      } catch {
        // Corrupt storage: fall back to a fresh seed rather than a broken demo.
      }
    }
    return seedState(seed, clock())
  }

  let state = load()

  const server: MockServer = {
    get state() {
      return state
    },
    rng: createRng(seed ^ 0x5eed),
    faults: options.faults ?? DEFAULT_FAULTS,
    sessionTtlMs: options.sessionTtlMs ?? 2 * 3600 * 1000,
    reviewDelayMs: options.reviewDelayMs ?? 20_000,
    stayDelayMs: options.stayDelayMs ?? 3 * 60_000,
    jobs: new Map(),
    runJobs: () => {
      for (const job of server.jobs.values()) job()
    },
    now: clock,
    save: () => options.store.set(STATE_KEY, JSON.stringify(state)),
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
      const birth = birthDateOf(person.idNumber)
      return {
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
  }
  return server
}
