import { create, type StateCreator } from 'zustand'
import { backend as defaultBackend, type Backend } from '@/backend'
import {
  isBackendError,
  type BindingChallenge,
  type ErrorReason,
  type DelegationRecord,
  type FamilyBinder,
  type FamilyMember,
  type PersonId,
} from '@/domain'
import { forgetPerson as defaultForget } from '@/app-state/person-storage'
import { createResource, intentKey, requestIds, type RequestIds, type Resource } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { normalizeIdCard } from '@/lib/id-card'
import { lockedMessage, type BindingForm, type FieldErrors } from '@/features/family/model'

export type StartResult =
  { ok: true; challenge: BindingChallenge } | { ok: false; message: string; fields: FieldErrors; relatedId?: string; reason?: ErrorReason }

export type ConfirmResult =
  { ok: true; member: FamilyMember } | { ok: false; message: string; lockedUntil?: number; expired?: boolean; gone?: boolean }

export type ActionResult = { ok: true } | { ok: false; message: string; lockedUntil?: number }

export interface FamilyState {
  members: FamilyMember[]
  binders: FamilyBinder[]
  loading: boolean
  loaded: boolean
  error: string | null
  /** Latest challenge per binding id, so the code page can show the timers. */
  challenges: Record<string, BindingChallenge>
  load(): Promise<void>
  start(form: BindingForm): Promise<StartResult>
  resend(bindingId: string): Promise<ActionResult>
  confirm(bindingId: string, code: string): Promise<ConfirmResult>
  unbind(bindingId: string): Promise<ActionResult>
  loadDelegations(personId: PersonId): Promise<void>
}

/** What the store needs from the session; the app passes the real session store. */
export interface SessionPort {
  actingForId(): PersonId | null
  selfId(): PersonId | null
  actFor(personId: PersonId): void
  refreshProfile(): Promise<void>
  report(error: unknown): string
}

export interface FamilyDeps {
  backend: Backend
  session: SessionPort
  forgetPerson(personId: PersonId): void
  requestIds: RequestIds
}

export function familyStore(deps: FamilyDeps, delegations: Resource<[PersonId], DelegationRecord[]>): StateCreator<FamilyState> {
  const { backend, session } = deps
  return (set, get) => {
    /** A member may have unbound from their side: whoever is no longer bound leaves this device too. */
    const forgetEnded = (members: FamilyMember[]) => {
      const active = new Set(members.filter((m) => m.status !== 'unbound').map((m) => m.personId))
      for (const m of members) {
        if (m.status !== 'unbound' || active.has(m.personId)) continue
        deps.forgetPerson(m.personId)
        if (session.actingForId() === m.personId) {
          const self = session.selfId()
          if (self) session.actFor(self)
        }
      }
    }
    const afterMembershipChange = async (): Promise<void> => {
      await Promise.all([session.refreshProfile(), get().load()])
    }
    return {
      members: [],
      binders: [],
      loading: false,
      loaded: false,
      error: null,
      challenges: {},

      async load() {
        set({ loading: true, error: null })
        try {
          const [members, binders] = await Promise.all([backend.family.list(), backend.family.boundBy()])
          set({ members, binders, loading: false, loaded: true })
          forgetEnded(members)
        } catch (error) {
          set({ loading: false, error: session.report(error) })
        }
      },

      async start(form) {
        const request = {
          name: form.name.trim(),
          idNumber: normalizeIdCard(form.idNumber),
          relation: form.relation as FamilyMember['relation'],
          phone: form.phone.trim(),
          pledgeAccepted: true,
        }
        try {
          // The same form sent again (after a lost response) keeps its request id, so it binds once.
          const challenge = await deps.requestIds.run(intentKey('family-bind', request), (requestId) =>
            backend.family.startBinding({ ...request, requestId }),
          )
          set({ challenges: { ...get().challenges, [challenge.bindingId]: challenge } })
          if (!challenge.needsConfirmation) await afterMembershipChange()
          else void get().load()
          return { ok: true, challenge }
        } catch (error) {
          const message = session.report(error)
          if (isBackendError(error)) {
            const fields = (error.details.fields ?? {}) as FieldErrors
            return { ok: false, message, fields, relatedId: error.details.relatedId, reason: error.details.reason }
          }
          return { ok: false, message, fields: {} }
        }
      },

      async resend(bindingId) {
        try {
          const challenge = await backend.family.resendCode(bindingId)
          set({ challenges: { ...get().challenges, [bindingId]: challenge } })
          return { ok: true }
        } catch (error) {
          const message = session.report(error)
          if (isBackendError(error) && error.details.reason === 'LOCKED' && typeof error.details.availableAt === 'number') {
            return { ok: false, message: lockedMessage(error.details.availableAt), lockedUntil: error.details.availableAt }
          }
          return { ok: false, message }
        }
      },

      async confirm(bindingId, code) {
        try {
          const member = await backend.family.confirm(bindingId, code)
          await afterMembershipChange()
          return { ok: true, member }
        } catch (error) {
          const message = session.report(error)
          if (!isBackendError(error)) return { ok: false, message }
          if (error.code === 'TIMEOUT' || error.code === 'CONFLICT') {
            // The server may have confirmed before the answer was lost: ask it.
            await get().load()
            const member = get().members.find((m) => m.bindingId === bindingId)
            if (member?.status === 'active') {
              await afterMembershipChange()
              return { ok: true, member }
            }
          }
          const { reason, triesLeft, availableAt } = error.details
          if (reason === 'LOCKED' && typeof availableAt === 'number') {
            return { ok: false, message: lockedMessage(availableAt), lockedUntil: availableAt }
          }
          const challenge = get().challenges[bindingId]
          if (reason === 'CODE_WRONG' && challenge && triesLeft !== undefined) {
            set({ challenges: { ...get().challenges, [bindingId]: { ...challenge, triesLeft } } })
          }
          return { ok: false, message, expired: reason === 'CODE_EXPIRED', gone: reason === 'BINDING_GONE' }
        }
      },

      async unbind(bindingId) {
        const member = get().members.find((m) => m.bindingId === bindingId)
        try {
          // Unbinding twice is a no-op on the server, so a lost answer may be retried.
          await backend.family.unbind(bindingId)
        } catch (error) {
          return { ok: false, message: session.report(error) }
        }
        const personId = member?.person?.id
        if (personId) {
          // Nothing about them stays on this device, and nothing on screen is about them any more.
          deps.forgetPerson(personId)
          if (session.actingForId() === personId) {
            const self = session.selfId()
            if (self) session.actFor(self)
          }
          delegations.drop(personId)
        }
        await afterMembershipChange()
        return { ok: true }
      },

      async loadDelegations(personId) {
        await delegations.load(personId)
      },
    }
  }
}

/** The family store; its delegation histories are a resource per member (memory only). */
export function createFamilyStore(deps: FamilyDeps) {
  const delegations = createResource<[PersonId], DelegationRecord[]>({ fetch: (id) => deps.backend.family.delegations(id) }, deps.session)
  return Object.assign(create<FamilyState>()(familyStore(deps, delegations)), { delegations })
}

export const useFamily = createFamilyStore({
  backend: defaultBackend,
  forgetPerson: defaultForget,
  requestIds,
  session: {
    actingForId: () => useSession.getState().actingForId,
    selfId: () => useSession.getState().profile?.self.id ?? null,
    actFor: (id) => useSession.getState().actFor(id),
    refreshProfile: () => useSession.getState().refreshProfile(),
    report: (error) => useSession.getState().report(error),
  },
})
