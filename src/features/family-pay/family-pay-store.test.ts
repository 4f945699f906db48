import { createTestServer } from '@/backend/mock/test-server'
import { createFamilyPayStore } from '@/features/family-pay/family-pay-store'

async function setup() {
  const t = createTestServer()
  const backend = await t.signedIn()
  let n = 0
  const store = createFamilyPayStore({ backend, report: (e) => (e as Error).message, newRequestId: () => `store-fp-${++n}` })
  return { t, backend, store }
}

const father = (s: ReturnType<typeof createFamilyPayStore>) => s.getState().overview!.relatives.find((r) => r.personId === 'P003')!

describe('家庭共济 store', () => {
  it('sets up 共济 for father, pays his contribution once even on a double tap, and reloads what is shown', async () => {
    const { store, backend } = await setup()
    await store.getState().load()
    expect(father(store).relationship).toBeUndefined()
    expect(await store.getState().start('P003')).toEqual({ ok: true })
    await store.getState().load()
    const relationship = father(store).relationship!
    const due = father(store).dueContribution!
    const before = (await backend.records.account('P001')).balanceFen
    // Two taps at once: the second is ignored while the first is in flight.
    const [first, second] = await Promise.all([
      store.getState().payContribution(relationship.id, due),
      store.getState().payContribution(relationship.id, due),
    ])
    expect(first).toMatchObject({ ok: true, payment: { amountFen: due.amountFen, year: due.year } })
    expect(second).toMatchObject({ ok: false })
    expect((await backend.records.account('P001')).balanceFen).toBe(before - due.amountFen)
    await store.getState().load()
    expect(father(store)).toMatchObject({ paidYear: due.year })
    expect(father(store).dueContribution).toBeUndefined()
  })

  it('returns the refusal reason for the page, and ends the relationship', async () => {
    const { store } = await setup()
    await store.getState().load()
    await store.getState().start('P003')
    await store.getState().load()
    const relationship = father(store).relationship!
    const due = father(store).dueContribution!
    const refused = await store.getState().payContribution(relationship.id, { ...due, amountFen: due.amountFen + 100 })
    expect(refused).toMatchObject({ ok: false, reason: 'AMOUNT_CHANGED' })
    expect(await store.getState().end(relationship.id)).toEqual({ ok: true })
    await store.getState().load()
    expect(father(store).relationship).toBeUndefined()
    expect(store.getState().overview!.ended.map((r) => r.id)).toEqual([relationship.id])
  })

  it('shows a load failure as an error, not as an empty page', async () => {
    const { store, t } = await setup()
    t.server.faults = { ...t.server.faults, offline: true }
    await store.getState().load()
    expect(store.getState()).toMatchObject({ overview: null, loading: false })
    expect(store.getState().error).toMatch(/网络/)
  })
})
