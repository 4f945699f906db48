import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import type { Claim, Filing, PersonId } from '@/domain'
import { createResource, intentKey, requestIds as appRequestIds, type RequestIds, type ResourceDeps } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { clearClaimDraft, loadClaimDraft } from '@/features/claims/draft-storage'
import { toClaimInput } from '@/features/claims/model'

export interface ClaimDeps extends ResourceDeps {
  api: Backend['claims']
  /** The person's filings, offered as the claim's basis. */
  filings: Backend['filings']
  requestIds: RequestIds
}

/** Claims as resources (the list, each claim by id); the one write carries a request id. */
export function createClaimStore(deps: ClaimDeps) {
  const list = createResource<[], Claim[]>({ fetch: () => deps.api.list() }, deps)
  const byId = createResource<[string], Claim>({ fetch: (id) => deps.api.get(id) }, deps)
  const filingsOf = createResource<[PersonId], Filing[]>({ fetch: (personId) => deps.filings.list({ personId }) }, deps)
  const submitting = create(() => ({ submitting: false }))

  const remember = (claim: Claim): Claim => {
    byId.put([claim.id], claim)
    const items = list.peek().data
    if (items) list.put([], [claim, ...items.filter((c) => c.id !== claim.id)])
    return claim
  }

  return {
    list,
    byId,
    filingsOf,
    submitting,
    /**
     * Submits the person's saved draft. The request id is the same for the same draft until the server answers, so a
     * double tap or a retry after a lost answer files one claim.
     */
    async submitDraft(personId: PersonId): Promise<Claim> {
      const draft = loadClaimDraft(personId)
      if (!draft) throw new Error('no draft')
      if (submitting.getState().submitting) throw new Error('busy')
      submitting.setState({ submitting: true })
      try {
        const input = toClaimInput(draft, personId)
        const claim = await deps.requestIds
          .run(intentKey('claim-submit', input), (requestId) => deps.api.submit({ ...input, requestId }))
          .catch((error: unknown) => {
            deps.report(error)
            throw error
          })
        clearClaimDraft(personId)
        return remember(claim)
      } finally {
        submitting.setState({ submitting: false })
      }
    },
  }
}

export type ClaimStore = ReturnType<typeof createClaimStore>

export const claims = createClaimStore({
  api: backend.claims,
  filings: backend.filings,
  report: (e) => useSession.getState().report(e),
  requestIds: appRequestIds,
})

export const useClaimSubmitting = () => claims.submitting((s) => s.submitting)
