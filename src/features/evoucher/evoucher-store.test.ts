import { EVOUCHER_RULES } from '@/domain'
import { createRequestIds } from '@/app-state/server-state'
import { createTestServer } from '@/backend/mock/test-server'
import { createEVoucherStore } from '@/features/evoucher/evoucher-store'
import { voucherView } from '@/features/evoucher/model'

async function setup() {
  const t = createTestServer()
  const backend = await t.signedIn()
  let saved: Record<string, string> = {}
  let n = 0
  const requestIds = createRequestIds({ newId: () => `store-ev-${++n}`, load: () => saved, save: (ids) => void (saved = ids) })
  let clock = 1_000
  const store = createEVoucherStore({ backend, report: (e) => (e as Error).message, requestIds, clock: () => clock })
  return { t, backend, store, tick: (ms: number) => void (clock += ms), now: () => clock }
}

describe('医保码 store', () => {
  it('issues a code for mother, refreshes it, and the replaced code no longer verifies', async () => {
    const { t, store, now } = await setup()
    await store.getState().issue('P002')
    const first = store.getState().code.voucher!
    expect(voucherView(store.getState().code, 'P002', now())).toMatchObject({ kind: 'live', secondsLeft: 60 })
    await store.getState().issue('P002')
    const second = store.getState().code.voucher!
    expect(second.token).not.toBe(first.token)
    const hospital = t.client()
    await expect(hospital.evoucher.verify(first.token)).rejects.toMatchObject({ details: { reason: 'VOUCHER_EXPIRED' } })
    await expect(hospital.evoucher.verify(second.token)).resolves.toMatchObject({ nameMasked: '王*英' })
  })

  it('drops the code shown when a refresh fails, so a stale code is never left on screen', async () => {
    const { t, store, now, tick } = await setup()
    await store.getState().issue('P002')
    tick(EVOUCHER_RULES.ttlMs)
    expect(voucherView(store.getState().code, 'P002', now()).kind).toBe('expired')
    t.server.faults = { ...t.server.faults, offline: true }
    await store.getState().issue('P002')
    expect(store.getState().code.voucher).toBeNull()
    expect(voucherView(store.getState().code, 'P002', now())).toMatchObject({ kind: 'offline' })
  })

  it('refuses a code for someone not bound, with the server’s message', async () => {
    const { store, now } = await setup()
    await store.getState().issue('P004')
    expect(voucherView(store.getState().code, 'P004', now())).toMatchObject({ kind: 'error' })
  })

  it('issues one certificate for a double tap, and verifies its code', async () => {
    const { store, t } = await setup()
    const input = { personId: 'P003', fromMonth: '2020-01', toMonth: '2020-12' }
    const [a, b] = await Promise.all([store.getState().issueCertificate(input), store.getState().issueCertificate(input)])
    expect(a.ok).toBe(true)
    expect(b).toEqual({ ok: false, message: '正在开具，请稍候' })
    expect(t.server.state.certificates).toHaveLength(1)
    const code = a.ok ? a.certificate.code : ''
    await expect(store.getState().verifyCertificate(code)).resolves.toMatchObject({ ok: true, certificate: { arrearsMonths: 12 } })
    await expect(store.getState().verifyCertificate('0000-0000-0000-0000')).resolves.toMatchObject({ ok: false, notFound: true })
  })
})
