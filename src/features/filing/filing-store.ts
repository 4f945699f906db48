import { create } from 'zustand'
import { backend as defaultBackend, type Backend } from '@/backend'
import { isBackendError, type Filing, type FilingChange, type InsuredPlacePolicy, type PersonId } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { clearDraft, loadDraft } from '@/features/filing/draft-storage'
import { newRequestId, toInput } from '@/features/filing/model'

export interface FilingState {
  items: Filing[]
  loading: boolean
  error: string | null
  loadedAt: number | null
  /** Detail cache by id. */
  byId: Record<string, Filing>
  detailError: string | null
  policies: Record<PersonId, InsuredPlacePolicy>
  policyError: string | null
  submitting: boolean
  load(): Promise<void>
  loadOne(id: string): Promise<Filing | null>
  loadPolicy(personId: PersonId): Promise<InsuredPlacePolicy | null>
  /** Submits the person's saved draft with its request id; on success the draft is gone. */
  submitDraft(personId: PersonId): Promise<Filing>
  cancel(id: string, reason?: string): Promise<Filing>
  change(id: string, change: Omit<FilingChange, 'requestId'>, requestId: string): Promise<Filing>
}

const report = (error: unknown) => useSession.getState().report(error)

/** The filing store over any backend (the app's, or a test server's). */
export function createFilingStore(backend: Backend = defaultBackend) {
  const pendingCancels: Record<string, string> = {}
  return create<FilingState>()((set, get) => {
    const remember = (filing: Filing) => {
      set({
        byId: { ...get().byId, [filing.id]: filing },
        items: get().items.some((f) => f.id === filing.id)
          ? get().items.map((f) => (f.id === filing.id ? filing : f))
          : [filing, ...get().items],
      })
      return filing
    }
    return {
      items: [],
      loading: false,
      error: null,
      loadedAt: null,
      byId: {},
      detailError: null,
      policies: {},
      policyError: null,
      submitting: false,

      async load() {
        set({ loading: true, error: null })
        try {
          const items = await backend.filings.list()
          set({ items, loading: false, loadedAt: Date.now() })
        } catch (error) {
          set({ loading: false, error: report(error) })
        }
      },

      async loadOne(id) {
        set({ detailError: null })
        try {
          return remember(await backend.filings.get(id))
        } catch (error) {
          // A refusal means this copy may no longer be shown (e.g. after unbinding); a network failure keeps it.
          if (isBackendError(error) && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
            const { [id]: _dropped, ...byId } = get().byId
            set({ byId, items: get().items.filter((f) => f.id !== id) })
          }
          set({ detailError: report(error) })
          return null
        }
      },

      async loadPolicy(personId) {
        const known = get().policies[personId]
        if (known) return known
        set({ policyError: null })
        try {
          const policy = await backend.filings.policyFor(personId)
          set({ policies: { ...get().policies, [personId]: policy } })
          return policy
        } catch (error) {
          set({ policyError: report(error) })
          return null
        }
      },

      async submitDraft(personId) {
        const draft = loadDraft(personId)
        if (!draft) throw new Error('no draft')
        set({ submitting: true })
        try {
          const filing = await backend.filings.submit(toInput(draft, personId))
          clearDraft(personId)
          return remember(filing)
        } catch (error) {
          report(error)
          throw error
        } finally {
          set({ submitting: false })
        }
      },

      async cancel(id, reason) {
        // The same request id until the server answers, so a retry after a lost response is not refused as 已撤销.
        const requestId = pendingCancels[id] ?? (pendingCancels[id] = newRequestId())
        try {
          const filing = await backend.filings.cancel(id, { requestId, reason })
          delete pendingCancels[id]
          return remember(filing)
        } catch (error) {
          if (!(isBackendError(error) && error.retryable)) delete pendingCancels[id]
          report(error)
          throw error
        }
      },

      async change(id, change, requestId) {
        const filing = await backend.filings.change(id, { ...change, requestId }).catch((error: unknown) => {
          report(error)
          throw error
        })
        return remember(filing)
      },
    }
  })
}

export const useFilings = createFilingStore()
