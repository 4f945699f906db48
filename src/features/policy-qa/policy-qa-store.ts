/**
 * Q&A state: the bundled content merged with the last update the backend delivered (cached, so it
 * works offline), the search index over it, and the user's "这条有帮助吗?" votes.
 * Imported only from the qa subpackage: it pulls in the corpus.
 */
import { create, type StateCreator } from 'zustand'
import { backend as defaultBackend, type Backend } from '@/backend'
import { type QaContent, type QaEntry } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { readJson, writeJson } from '@/platform/json-storage'
import { CONTENT_VERSION, ENTRIES, TOP_IDS } from '@/features/policy-qa/content'
import { applyUpdate, type MergedContent } from '@/features/policy-qa/model'
import { createSearch, type QaSearch } from '@/features/policy-qa/search'

export const UPDATE_KEY = 'qa-content-update'
export const VOTES_KEY = 'qa-feedback-votes'

export type Vote = { helpful: boolean; status: 'sending' | 'sent' | 'error'; message?: string }

export interface PolicyQaState {
  version: string
  entries: QaEntry[]
  /** id → entry, for the current entries. */
  byId: Record<string, QaEntry>
  search: QaSearch
  updateStatus: 'idle' | 'checking' | 'done' | 'error'
  votes: Record<string, Vote>
  checkForUpdate(): Promise<void>
  vote(entryId: string, helpful: boolean): Promise<void>
}

export interface PolicyQaDeps {
  backend: Backend
  bundled: MergedContent
  loadUpdate(): QaContent | null
  saveUpdate(update: QaContent): void
  loadVotes(): Record<string, boolean>
  saveVotes(votes: Record<string, boolean>): void
  /** Turns an error into a Chinese message (and notices an expired session). */
  report(error: unknown): string
}

function derive(content: MergedContent) {
  return {
    version: content.version,
    entries: content.entries,
    byId: Object.fromEntries(content.entries.map((e) => [e.id, e])),
    search: lazySearch(content.entries),
  }
}

/** Builds the index on the first search, so opening the browse screen does not wait for it. */
function lazySearch(entries: QaEntry[]): QaSearch {
  let built: QaSearch | null = null
  const get = () => (built ??= createSearch(entries))
  return {
    search: (query, limit) => get().search(query, limit),
    get termCount() {
      return get().termCount
    },
  }
}

export function policyQaStore(deps: PolicyQaDeps): StateCreator<PolicyQaState> {
  return (set, get) => {
    const initial = applyUpdate(deps.bundled, deps.loadUpdate())
    const saved = deps.loadVotes()
    return {
      ...derive(initial),
      updateStatus: 'idle',
      votes: Object.fromEntries(Object.entries(saved).map(([id, helpful]) => [id, { helpful, status: 'sent' as const }])),

      async checkForUpdate() {
        if (get().updateStatus === 'checking') return
        set({ updateStatus: 'checking' })
        try {
          const update = await deps.backend.policyQa.content(get().version)
          if (update) {
            const merged = applyUpdate(deps.bundled, update)
            if (merged.version !== get().version) {
              deps.saveUpdate(update)
              set(derive(merged))
            }
          }
          set({ updateStatus: 'done' })
        } catch {
          // Offline or failing: the bundled (or cached) content is still complete; try again next time.
          set({ updateStatus: 'error' })
        }
      },

      async vote(entryId, helpful) {
        set({ votes: { ...get().votes, [entryId]: { helpful, status: 'sending' } } })
        try {
          // Safe to repeat (the server keeps one vote per account and entry), so the adapter layer retries it.
          await deps.backend.policyQa.feedback(entryId, helpful)
          const votes = { ...get().votes, [entryId]: { helpful, status: 'sent' as const } }
          set({ votes })
          deps.saveVotes(
            Object.fromEntries(
              Object.entries(votes)
                .filter(([, v]) => v.status === 'sent')
                .map(([id, v]) => [id, v.helpful]),
            ),
          )
        } catch (error) {
          set({ votes: { ...get().votes, [entryId]: { helpful, status: 'error', message: deps.report(error) } } })
        }
      },
    }
  }
}

export const usePolicyQa = create<PolicyQaState>()(
  policyQaStore({
    backend: defaultBackend,
    bundled: { version: CONTENT_VERSION, entries: ENTRIES },
    loadUpdate: () => readJson<QaContent | null>(UPDATE_KEY, null),
    saveUpdate: (update) => writeJson(UPDATE_KEY, update),
    loadVotes: () => readJson<Record<string, boolean>>(VOTES_KEY, {}),
    saveVotes: (votes) => writeJson(VOTES_KEY, votes),
    report: (error) => useSession.getState().report(error),
  }),
)

export { TOP_IDS }
