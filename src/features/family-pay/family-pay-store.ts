import { create, type StateCreator } from 'zustand'
import { backend as defaultBackend, type Backend } from '@/backend'
import { isBackendError, type DueContribution, type ErrorReason, type FamilyPayment, type FamilyPayOverview, type PersonId } from '@/domain'
import { useSession } from '@/app-state/session-store'

export type PayResult = { ok: true; payment: FamilyPayment } | { ok: false; message: string; reason?: ErrorReason; subReason?: string }
export type ActionResult = { ok: true } | { ok: false; message: string; reason?: ErrorReason; subReason?: string }

export interface FamilyPayState {
  overview: FamilyPayOverview | null
  loading: boolean
  error: string | null
  /** The action in flight (`start:P003`, `pay:GJ000001`, `end:GJ000001`), so a second tap does nothing. */
  busy: string | null
  load(): Promise<void>
  start(beneficiaryPersonId: PersonId): Promise<ActionResult>
  end(relationshipId: string): Promise<ActionResult>
  payContribution(relationshipId: string, due: DueContribution): Promise<PayResult>
}

export interface FamilyPayDeps {
  backend: Backend
  report(error: unknown): string
  newRequestId(): string
}

const RETRIES = 2

/** Retries lost or failed responses of a write that carries one request id: the server does it at most once. */
async function sameRequest<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (attempt >= RETRIES || !isBackendError(error) || !error.retryable) throw error
    }
  }
}

export function familyPayStore(deps: FamilyPayDeps): StateCreator<FamilyPayState> {
  const { backend, report } = deps
  return (set, get) => {
    const failure = (error: unknown) => ({
      ok: false as const,
      message: report(error),
      reason: isBackendError(error) ? error.details.reason : undefined,
      subReason: isBackendError(error) ? error.details.subReason : undefined,
    })
    /** Runs one write at a time, then reloads the overview whatever happened (the server may have done it). */
    const write = async <T>(key: string, run: () => Promise<T>): Promise<T | null> => {
      if (get().busy) return null
      set({ busy: key })
      try {
        return await run()
      } finally {
        set({ busy: null })
        void get().load()
      }
    }
    return {
      overview: null,
      loading: false,
      error: null,
      busy: null,

      async load() {
        set({ loading: true, error: null })
        try {
          set({ overview: await sameRequest(() => backend.familyPay.overview()), loading: false })
        } catch (error) {
          set({ loading: false, error: report(error) })
        }
      },

      async start(beneficiaryPersonId) {
        const requestId = deps.newRequestId()
        const result = await write(`start:${beneficiaryPersonId}`, () =>
          sameRequest(() => backend.familyPay.start({ requestId, beneficiaryPersonId })).then((): ActionResult => ({ ok: true }), failure),
        )
        return result ?? { ok: false, message: '正在处理，请稍候' }
      },

      async end(relationshipId) {
        const requestId = deps.newRequestId()
        const result = await write(`end:${relationshipId}`, () =>
          sameRequest(() => backend.familyPay.end(relationshipId, { requestId })).then((): ActionResult => ({ ok: true }), failure),
        )
        return result ?? { ok: false, message: '正在处理，请稍候' }
      },

      async payContribution(relationshipId, due) {
        // One id for this payment: a retry after a lost response cannot pay twice.
        const requestId = deps.newRequestId()
        const result = await write(`pay:${relationshipId}`, () =>
          sameRequest(() =>
            backend.familyPay.payContribution({ requestId, relationshipId, year: due.year, amountFen: due.amountFen }),
          ).then((payment): PayResult => ({ ok: true, payment }), failure),
        )
        return result ?? { ok: false, message: '正在处理，请稍候' }
      },
    }
  }
}

export function createFamilyPayStore(deps: FamilyPayDeps) {
  return create<FamilyPayState>()(familyPayStore(deps))
}

const newRequestId = () => `fp-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`

export const useFamilyPay = createFamilyPayStore({
  backend: defaultBackend,
  report: (error) => useSession.getState().report(error),
  newRequestId,
})
