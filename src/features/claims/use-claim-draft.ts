import { useCallback, useEffect, useRef, useState } from 'react'
import type { ClaimBasis } from '@/domain'
import { chinaDate } from '@/domain/filings/rules'
import { loadClaimDraft, saveClaimDraft } from '@/features/claims/draft-storage'
import { emptyClaimDraft, type ClaimDraft } from '@/features/claims/model'

export const todayInChina = (): string => chinaDate(Date.now())

/** The person's claim draft, saved on every change (it survives a restart); a basis from the route replaces the saved one. */
export function useClaimDraft(personId: string | null, basis: ClaimBasis | null) {
  const [draft, setDraft] = useState<ClaimDraft | null>(null)
  const current = useRef<ClaimDraft | null>(null)

  useEffect(() => {
    if (!personId) return
    let next = loadClaimDraft(personId) ?? emptyClaimDraft(basis, todayInChina())
    if (basis && next.basis !== basis) next = { ...next, basis }
    current.current = next
    setDraft(next)
    saveClaimDraft(personId, next)
  }, [personId, basis])

  const update = useCallback(
    (change: (draft: ClaimDraft) => ClaimDraft) => {
      if (!personId || !current.current) return
      const next = { ...change(current.current), updatedAt: Date.now() }
      current.current = next
      setDraft(next)
      saveClaimDraft(personId, next)
    },
    [personId],
  )

  return { draft, update }
}
