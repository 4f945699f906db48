import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { backend, hasSessionToken } from '@/backend'
import { errorMessage, isBackendError, type ActablePerson, type PersonId, type Profile } from '@/domain'
import { wechatLoginCode } from '@/platform/auth'
import { syncStorage } from '@/app-state/persist-storage'

export type SessionStatus = 'idle' | 'signing-in' | 'ready' | 'expired' | 'error'

interface SessionState {
  status: SessionStatus
  profile: Profile | null
  error: string | null
  /** Whom the user acts for now; persisted so a restart keeps the choice. */
  actingForId: PersonId | null
  /** Resumes a saved session, or signs in silently with a WeChat code. */
  start(): Promise<void>
  signIn(): Promise<void>
  refreshProfile(): Promise<void>
  actFor(personId: PersonId): void
  /** Marks the session expired when an error says so; returns the error's Chinese message. */
  report(error: unknown): string
}

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      status: 'idle',
      profile: null,
      error: null,
      actingForId: null,

      async start() {
        if (get().status === 'signing-in' || get().status === 'ready') return
        // A first launch has nothing to resume: sign in straight away instead of first being refused a profile.
        if (!hasSessionToken() && !get().profile) return get().signIn()
        set({ status: 'signing-in', error: null })
        try {
          const profile = await backend.session.getProfile()
          set({ status: 'ready', profile })
        } catch (error) {
          if (isBackendError(error) && (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED')) {
            await get().signIn()
          } else if (get().profile) {
            // Offline at start: carry on with the last profile so pages can show what they cached.
            set({ status: 'ready', error: errorMessage(error) })
          } else {
            set({ status: 'error', error: errorMessage(error) })
          }
        }
      },

      async signIn() {
        set({ status: 'signing-in', error: null })
        try {
          await backend.session.login(await wechatLoginCode())
          const profile = await backend.session.getProfile()
          set({ status: 'ready', profile })
        } catch (error) {
          set({ status: 'error', error: errorMessage(error) })
        }
      },

      async refreshProfile() {
        try {
          set({ profile: await backend.session.getProfile() })
        } catch (error) {
          get().report(error)
        }
      },

      actFor(personId) {
        set({ actingForId: personId })
      },

      report(error) {
        if (isBackendError(error) && (error.code === 'SESSION_EXPIRED' || error.code === 'UNAUTHENTICATED')) {
          set({ status: 'expired' })
        }
        return errorMessage(error)
      },
    }),
    {
      name: 'session-ui',
      storage: syncStorage,
      // The profile holds masked identifiers only; it lets a cold start without network show cached pages.
      partialize: (state) => ({ actingForId: state.actingForId, profile: state.profile }),
    },
  ),
)

/** The person whose business is on screen: the chosen relative while still actable, else the user. */
export function selectActingFor(state: Pick<SessionState, 'profile' | 'actingForId'>): ActablePerson | null {
  const profile = state.profile
  if (!profile) return null
  return profile.actable.find((p) => p.id === state.actingForId) ?? profile.self
}

export function useActingFor(): ActablePerson | null {
  return useSession(selectActingFor)
}
