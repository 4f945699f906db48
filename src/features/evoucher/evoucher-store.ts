import { create, type StateCreator } from 'zustand'
import { backend as defaultBackend, type Backend } from '@/backend'
import { isBackendError, type InsuranceCertificate, type Month, type PersonId } from '@/domain'
import { intentKey, requestIds as defaultRequestIds, type RequestIds } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { NO_VOUCHER, OFFLINE_MESSAGE, voucherFailure, type VoucherState } from '@/features/evoucher/model'

export type CertificateResult = { ok: true; certificate: InsuranceCertificate } | { ok: false; message: string }
export type VerifyResult = { ok: true; certificate: InsuranceCertificate } | { ok: false; message: string; notFound: boolean }

export interface EVoucherState {
  code: VoucherState
  /** Asks for a fresh 医保码; an earlier one is dropped at once (never shown while a new one loads after a failure). */
  issue(personId: PersonId): Promise<void>
  /** Forgets the code (the page is left, or the device went offline). */
  clear(offline?: boolean): void
  issuing: boolean
  issueCertificate(input: { personId: PersonId; fromMonth: Month; toMonth: Month }): Promise<CertificateResult>
  verifyCertificate(code: string): Promise<VerifyResult>
}

export interface EVoucherDeps {
  backend: Backend
  report(error: unknown): string
  requestIds: RequestIds
  clock?: () => number
}

export function evoucherStore(deps: EVoucherDeps): StateCreator<EVoucherState> {
  const clock = deps.clock ?? Date.now
  let latest = 0
  return (set, get) => ({
    code: NO_VOUCHER,
    issuing: false,

    async issue(personId) {
      const ticket = ++latest
      const current = get().code
      // A code for someone else is dropped at once; the person's own live code stays until the new one arrives.
      set({ code: { ...(current.personId === personId ? current : NO_VOUCHER), personId, loading: true } })
      try {
        const voucher = await deps.backend.evoucher.issue(personId)
        if (ticket !== latest) return
        set({ code: { personId, voucher, receivedAt: clock(), loading: false, failure: null } })
      } catch (error) {
        if (ticket !== latest) return
        // Never keep showing the previous code after a failed refresh.
        set({ code: { personId, voucher: null, receivedAt: 0, loading: false, failure: voucherFailure(error, deps.report) } })
      }
    },

    clear(offline = false) {
      latest++
      const personId = get().code.personId
      set({
        code: offline ? { ...NO_VOUCHER, personId, failure: { offline: true, message: OFFLINE_MESSAGE } } : NO_VOUCHER,
      })
    },

    async issueCertificate(input) {
      if (get().issuing) return { ok: false, message: '正在开具，请稍候' }
      set({ issuing: true })
      try {
        const certificate = await deps.requestIds.run(intentKey('evoucher.issueCertificate', input), (requestId) =>
          deps.backend.evoucher.issueCertificate({ ...input, requestId }),
        )
        return { ok: true, certificate }
      } catch (error) {
        return { ok: false, message: deps.report(error) }
      } finally {
        set({ issuing: false })
      }
    },

    async verifyCertificate(code) {
      try {
        return { ok: true, certificate: await deps.backend.evoucher.verifyCertificate(code) }
      } catch (error) {
        const notFound = isBackendError(error) && error.code === 'NOT_FOUND'
        return { ok: false, notFound, message: deps.report(error) }
      }
    },
  })
}

export function createEVoucherStore(deps: EVoucherDeps) {
  return create<EVoucherState>()(evoucherStore(deps))
}

export const useEVoucher = createEVoucherStore({
  backend: defaultBackend,
  report: (error) => useSession.getState().report(error),
  requestIds: defaultRequestIds,
})
