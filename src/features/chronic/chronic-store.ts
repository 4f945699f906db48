import { useEffect } from 'react'
import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import type { PersonId, Qualification, QualificationOverview } from '@/domain'
import type { ChronicDiseaseId } from '@/domain/coverage'
import { chinaDate } from '@/domain/filings/rules'
import { createResource, intentKey, requestIds as appRequestIds, type RequestIds, type ResourceDeps } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { clearChronicDraft, loadChronicDraft } from '@/features/chronic/draft-storage'
import { qualifiedDiseases, toInput } from '@/features/chronic/model'

export interface ChronicDeps extends ResourceDeps {
  api: Backend['chronic']
  requestIds: RequestIds
}

/** Qualifications as resources: each person's overview, all applications, each by id. The apply write carries a request id. */
export function createChronicStore(deps: ChronicDeps) {
  const overview = createResource<[PersonId], QualificationOverview>({ fetch: (personId) => deps.api.overview(personId) }, deps)
  const list = createResource<[], Qualification[]>({ fetch: () => deps.api.list() }, deps)
  const byId = createResource<[string], Qualification>({ fetch: (id) => deps.api.get(id) }, deps)
  const submitting = create(() => ({ submitting: false }))

  return {
    overview,
    list,
    byId,
    submitting,
    /** Submits the person's saved draft; a retry of the same draft after a lost answer applies once. */
    async submitDraft(personId: PersonId): Promise<Qualification> {
      const draft = loadChronicDraft(personId)
      if (!draft) throw new Error('no draft')
      submitting.setState({ submitting: true })
      try {
        const input = toInput(draft, personId)
        const app = await deps.requestIds
          .run(intentKey('chronic-apply', input), (requestId) => deps.api.apply({ ...input, requestId }))
          .catch((error: unknown) => {
            deps.report(error)
            throw error
          })
        clearChronicDraft(personId)
        byId.put([app.id], app)
        void overview.load(personId)
        return app
      } finally {
        submitting.setState({ submitting: false })
      }
    },
    /** The diseases a person is qualified for now (for the finder's preselection); [] when that cannot be known. */
    async qualifiedFor(personId: PersonId): Promise<ChronicDiseaseId[]> {
      const entry = await list.load()
      return qualifiedDiseases(entry.data ?? [], personId, chinaDate(Date.now()))
    },
  }
}

export type ChronicStore = ReturnType<typeof createChronicStore>

export const chronic = createChronicStore({
  api: backend.chronic,
  report: (e) => useSession.getState().report(e),
  requestIds: appRequestIds,
})

/** A person's overview, loaded when the person changes. */
export function useQualificationOverview(personId: PersonId | null) {
  const entry = chronic.overview.useEntry(personId ? [personId] : null)
  useEffect(() => {
    if (personId) void chronic.overview.load(personId)
  }, [personId])
  return entry
}

/** Every application the user may see (for the filing detail page), loaded once on mount. */
export function useQualifications() {
  const entry = chronic.list.useEntry([])
  useEffect(() => {
    void chronic.list.load()
  }, [])
  return entry
}
