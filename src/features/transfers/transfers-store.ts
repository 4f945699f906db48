import { useCallback, useEffect, useRef, useState } from 'react'
import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import type { PersonId, Region, Transfer } from '@/domain'
import { chinaDate } from '@/domain/filings/rules'
import { personKey } from '@/app-state/person-storage'
import { createResource, intentKey, requestIds as appRequestIds, type RequestIds, type ResourceDeps } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'
import { readJson, writeJson } from '@/platform/json-storage'
import { storage } from '@/platform/storage'
import { emptyTransferDraft, toTransferInput, type TransferDraft } from '@/features/transfers/model'

export interface TransferDeps extends ResourceDeps {
  api: Backend['transfers']
  requestIds: RequestIds
}

/** One draft per person, under a person key so unbinding a relative wipes it. */
const draftKey = (personId: string) => personKey(personId, 'transfer-draft')

export function loadTransferDraft(personId: string): TransferDraft | null {
  const draft = readJson<TransferDraft | null>(draftKey(personId), null)
  return draft && typeof draft === 'object' && typeof draft.updatedAt === 'number' ? draft : null
}

export function saveTransferDraft(personId: string, draft: TransferDraft): void {
  writeJson(draftKey(personId), draft)
}

export function clearTransferDraft(personId: string): void {
  storage.remove(draftKey(personId))
}

/** Transfers as resources (each person's list, each by id); writes carry request ids, so a double tap files once. */
export function createTransferStore(deps: TransferDeps) {
  const byPerson = createResource<[PersonId], Transfer[]>({ fetch: (personId) => deps.api.list({ personId }) }, deps)
  const byId = createResource<[string], Transfer>({ fetch: (id) => deps.api.get(id) }, deps)
  const busy = create(() => ({ busy: false }))

  const remember = (t: Transfer): Transfer => {
    byId.put([t.id], t)
    const items = byPerson.peek(t.personId).data
    if (items) byPerson.put([t.personId], items.some((x) => x.id === t.id) ? items.map((x) => (x.id === t.id ? t : x)) : [t, ...items])
    return t
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
    byPerson,
    byId,
    busy,
    /** Applies with the person's saved draft; a retry of the same draft after a lost answer applies once. */
    async apply(personId: PersonId, fromRegion: Region): Promise<Transfer> {
      const draft = loadTransferDraft(personId)
      if (!draft) throw new Error('no draft')
      if (busy.getState().busy) throw new Error('busy')
      busy.setState({ busy: true })
      try {
        const input = toTransferInput(draft, personId, fromRegion)
        const transfer = await reporting(() =>
          deps.requestIds.run(intentKey('transfer-apply', input), (requestId) => deps.api.apply({ ...input, requestId })),
        )
        clearTransferDraft(personId)
        return remember(transfer)
      } finally {
        busy.setState({ busy: false })
      }
    },
    async cancel(id: string): Promise<Transfer> {
      return remember(
        await reporting(() => deps.requestIds.run(intentKey('transfer-cancel', { id }), (requestId) => deps.api.cancel(id, { requestId }))),
      )
    },
    async loadOne(id: string): Promise<Transfer | null> {
      return (await byId.load(id)).data
    },
  }
}

export type TransferStore = ReturnType<typeof createTransferStore>

export const transfers = createTransferStore({
  api: backend.transfers,
  report: (e) => useSession.getState().report(e),
  requestIds: appRequestIds,
})

export const todayInChina = (): string => chinaDate(Date.now())

/** The person's draft, saved on every change, so it survives a restart. */
export function useTransferDraft(personId: string | null) {
  const [draft, setDraft] = useState<TransferDraft | null>(null)
  const current = useRef<TransferDraft | null>(null)
  useEffect(() => {
    if (!personId) return
    const next = loadTransferDraft(personId) ?? emptyTransferDraft(todayInChina(), Date.now())
    current.current = next
    setDraft(next)
  }, [personId])
  const update = useCallback(
    (change: (draft: TransferDraft) => TransferDraft) => {
      if (!personId || !current.current) return
      const next = { ...change(current.current), updatedAt: Date.now() }
      current.current = next
      setDraft(next)
      saveTransferDraft(personId, next)
    },
    [personId],
  )
  return { draft, update }
}
