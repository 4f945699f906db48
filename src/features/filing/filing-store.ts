import { useEffect } from 'react'
import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import type { Filing, FilingChange, InsuredPlacePolicy, PersonId } from '@/domain'
import { createResource, intentKey, requestIds as appRequestIds, type RequestIds, type ResourceDeps } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { clearDraft, loadDraft } from '@/features/filing/draft-storage'
import { toInput } from '@/features/filing/draft'

export interface FilingDeps extends ResourceDeps {
  api: Backend['filings']
  requestIds: RequestIds
}

/** Filings as resources: the list, each filing by id, and each person's 参保地 policy. Writes carry request ids. */
export function createFilingStore(deps: FilingDeps) {
  const list = createResource<[], Filing[]>({ fetch: () => deps.api.list() }, deps)
  const byId = createResource<[string], Filing>({ fetch: (id) => deps.api.get(id) }, deps)
  const policy = createResource<[PersonId], InsuredPlacePolicy>({ fetch: (personId) => deps.api.policyFor(personId) }, deps)
  const submitting = create(() => ({ submitting: false }))

  /** A filing the server returned: shown at once in its detail and in the list. */
  const remember = (filing: Filing): Filing => {
    byId.put([filing.id], filing)
    const items = list.peek().data
    if (items)
      list.put([], items.some((f) => f.id === filing.id) ? items.map((f) => (f.id === filing.id ? filing : f)) : [filing, ...items])
    return filing
  }

  const reporting = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call()
    } catch (error) {
      deps.report(error)
      throw error
    }
  }

  return {
    list,
    byId,
    policy,
    submitting,
    async loadOne(id: string): Promise<Filing | null> {
      const entry = await byId.load(id)
      // A refusal (after unbinding, say) means it may no longer be listed either.
      if (!entry.data && entry.error) {
        const items = list.peek().data
        if (items?.some((f) => f.id === id))
          list.put(
            [],
            items.filter((f) => f.id !== id),
          )
      }
      return entry.data
    },
    /** Submits the person's saved draft; a retry of the same draft after a lost answer files once. */
    async submitDraft(personId: PersonId): Promise<Filing> {
      const draft = loadDraft(personId)
      if (!draft) throw new Error('no draft')
      submitting.setState({ submitting: true })
      try {
        const input = toInput(draft, personId)
        const filing = await reporting(() =>
          deps.requestIds.run(intentKey('filing-submit', input), (requestId) => deps.api.submit({ ...input, requestId })),
        )
        clearDraft(personId)
        return remember(filing)
      } finally {
        submitting.setState({ submitting: false })
      }
    },
    async cancel(id: string, reason?: string): Promise<Filing> {
      // The same request id until the server answers, so a retry after a lost response is not refused as 已撤销.
      return remember(
        await reporting(() =>
          deps.requestIds.run(intentKey('filing-cancel', { id }), (requestId) => deps.api.cancel(id, { requestId, reason })),
        ),
      )
    },
    async change(id: string, change: Omit<FilingChange, 'requestId'>): Promise<Filing> {
      return remember(
        await reporting(() =>
          deps.requestIds.run(intentKey('filing-change', { id, change }), (requestId) => deps.api.change(id, { ...change, requestId })),
        ),
      )
    },
  }
}

export type FilingStore = ReturnType<typeof createFilingStore>

export const filings = createFilingStore({
  api: backend.filings,
  report: (e) => useSession.getState().report(e),
  requestIds: appRequestIds,
})

/** Whether a person's policy must be (re)loaded: none yet, or one of another place than their 参保地 now. */
export function policyIsStale(cached: InsuredPlacePolicy | null, insuredCityCode: string | undefined): boolean {
  return !cached || (insuredCityCode !== undefined && cached.insuredRegion.cityCode !== insuredCityCode)
}

/** A person's 参保地 policy, loaded once per person and again when their 参保地 changes (a 转移接续). */
export function usePolicy(personId: PersonId | null) {
  const entry = filings.policy.useEntry(personId ? [personId] : null)
  const insuredCityCode = useSession((s) => s.profile?.actable.find((p) => p.id === personId)?.insuredRegion.cityCode)
  useEffect(() => {
    if (personId && policyIsStale(filings.policy.peek(personId).data, insuredCityCode)) void filings.policy.load(personId)
  }, [personId, insuredCityCode])
  return entry
}

export const useSubmitting = () => filings.submitting((s) => s.submitting)
