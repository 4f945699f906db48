import { createTestServer, NO_FAULTS } from '@/backend/mock/test-server'
import { BackendError, type PersonId } from '@/domain'
import { createRequestIds } from '@/app-state/server-state'
import { createFamilyStore, type SessionPort } from '@/features/family/family-store'

const ZHANG = { name: '张桂芳', idNumber: '320102196207151288', relation: 'other' as const, phone: '13951886677' }

async function setup() {
  const t = createTestServer()
  const backend = await t.signedIn()
  const forgotten: PersonId[] = []
  const session: SessionPort & { acting: PersonId | null; refreshed: number } = {
    acting: 'P002',
    refreshed: 0,
    actingForId: () => session.acting,
    selfId: () => 'P001',
    actFor: (id) => void (session.acting = id),
    refreshProfile: async () => void (session.refreshed += 1),
    report: (e) => (e as Error).message,
  }
  let n = 0
  const store = createFamilyStore({
    backend,
    session,
    forgetPerson: (id) => forgotten.push(id),
    requestIds: createRequestIds({ newId: () => `r${++n}` }),
  })
  return { t, backend, store, session, forgotten }
}

describe('family store', () => {
  it('unbinding the relative being acted for forgets them, switches back to self and refreshes', async () => {
    const { store, session, forgotten } = await setup()
    await store.getState().load()
    await store.getState().loadDelegations('P002')
    const mother = store.getState().members.find((m) => m.person?.id === 'P002')!
    const refreshedBefore = session.refreshed
    expect(await store.getState().unbind(mother.bindingId)).toEqual({ ok: true })
    expect([...new Set(forgotten)]).toEqual(['P002'])
    expect(session.acting).toBe('P001')
    expect(session.refreshed).toBe(refreshedBefore + 1)
    expect(store.delegations.peek('P002').data).toBeNull()
    expect(store.getState().members.find((m) => m.bindingId === mother.bindingId)?.status).toBe('unbound')
  })

  it('when a member unbinds from their side, the binder’s device forgets them on the next load', async () => {
    const { t, store, session, forgotten } = await setup()
    const chen = { name: '陈志强', idNumber: '430405197901302133', relation: 'other' as const, phone: '13807345566' }
    const started = await store.getState().start(chen)
    if (!started.ok) throw new Error(started.message)
    await store.getState().confirm(started.challenge.bindingId, started.challenge.demoCode!)
    session.acting = 'P006'
    // 陈志强 signs in to his own account and ends the binding.
    const member = await t.signedIn('other:1')
    await member.family.unbind(started.challenge.bindingId)
    expect(forgotten).not.toContain('P006')
    await store.getState().load()
    expect(forgotten).toContain('P006')
    expect(session.acting).toBe('P001')
  })

  it('sends a form again with the same request id after a lost answer, so it binds once', async () => {
    const { t, store } = await setup()
    t.server.faults = { ...NO_FAULTS, timeoutRate: 1 }
    const lost = await store.getState().start(ZHANG)
    expect(lost).toMatchObject({ ok: false })
    t.server.faults = NO_FAULTS
    const again = await store.getState().start(ZHANG)
    expect(again).toMatchObject({ ok: true, challenge: { needsConfirmation: true } })
    expect(t.server.state.bindings.filter((b) => b.personId === 'P004')).toHaveLength(1)
  })

  it('returns field errors from the server for the form to show', async () => {
    const { store } = await setup()
    const result = await store.getState().start({ ...ZHANG, name: '张桂兰' })
    expect(result).toMatchObject({ ok: false, fields: { idNumber: '未查询到该参保人，请核对姓名和身份证号是否与身份证一致' } })
  })

  it('confirms with the code, and reports the lock with the time it ends', async () => {
    const { store } = await setup()
    const started = await store.getState().start(ZHANG)
    if (!started.ok) throw new Error(started.message)
    const id = started.challenge.bindingId
    for (let i = 0; i < 4; i++) expect(await store.getState().confirm(id, '000000')).toMatchObject({ ok: false })
    expect(store.getState().challenges[id].triesLeft).toBe(1)
    const locked = await store.getState().confirm(id, '000000')
    expect(locked).toMatchObject({
      ok: false,
      lockedUntil: expect.any(Number),
      message: expect.stringMatching(/请于 \d\d:\d\d 后重新获取验证码/),
    })
  })

  it('a confirmation whose answer was lost still ends as bound', async () => {
    const { backend, session } = await setup()
    // The server confirms, then the answer is lost on the way back.
    const lossy = {
      ...backend,
      family: {
        ...backend.family,
        confirm: async (id: string, code: string) => {
          await backend.family.confirm(id, code)
          throw new BackendError('TIMEOUT')
        },
      },
    }
    const store = createFamilyStore({
      backend: lossy,
      session,
      forgetPerson: () => undefined,
      requestIds: createRequestIds({ newId: () => 'lossy-1' }),
    })
    const started = await store.getState().start(ZHANG)
    if (!started.ok) throw new Error(started.message)
    const result = await store.getState().confirm(started.challenge.bindingId, started.challenge.demoCode!)
    expect(result).toMatchObject({ ok: true, member: { status: 'active', name: '张桂芳' } })
  })
})
