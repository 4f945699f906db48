import { backend, type Backend } from '@/backend'
import { createResource, type ResourceDeps } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { claimCase, filingCase, qualificationCase, transferCase, type CaseItem, type CaseKind } from '@/features/cases/model'

export interface CasesDeps extends ResourceDeps {
  api: Pick<Backend, 'filings' | 'chronic' | 'claims' | 'transfers'>
}

export interface CaseList {
  items: CaseItem[]
  /** Kinds that could not be loaded this time: the list says so instead of pretending they are empty. */
  missing: CaseKind[]
}

/** Every kind's list, each loaded on its own: one capability failing still shows the others. */
export function createCasesStore(deps: CasesDeps) {
  const sources: { kind: CaseKind; load: () => Promise<CaseItem[]> }[] = [
    { kind: 'filing', load: async () => (await deps.api.filings.list()).map(filingCase) },
    { kind: 'chronic', load: async () => (await deps.api.chronic.list()).map(qualificationCase) },
    { kind: 'claim', load: async () => (await deps.api.claims.list()).map(claimCase) },
    { kind: 'transfer', load: async () => (await deps.api.transfers.list()).map(transferCase) },
  ]
  // In memory only: the lists span every person the user acts for, and an unbinding must not leave a copy behind.
  const list = createResource<[], CaseList>(
    {
      fetch: async () => {
        const results = await Promise.allSettled(sources.map((s) => s.load()))
        const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ kind: sources[i].kind, reason: r.reason as unknown }] : []))
        if (failed.length === sources.length) throw failed[0].reason
        return {
          items: results.flatMap((r) => (r.status === 'fulfilled' ? r.value : [])),
          missing: failed.map((f) => f.kind),
        }
      },
    },
    deps,
  )
  return { list }
}

export const cases = createCasesStore({ api: backend, report: (e) => useSession.getState().report(e) })
