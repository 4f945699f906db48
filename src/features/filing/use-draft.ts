import { useCallback, useEffect, useRef, useState } from 'react'
import type { FilingCategory, InsuredPlacePolicy } from '@/domain'
import { chinaDate } from '@/domain/filings/rules'
import { loadDraft, saveDraft } from '@/features/filing/draft-storage'
import { emptyDraft, withCategory, type FilingDraft } from '@/features/filing/draft'

export const todayInChina = (): string => chinaDate(Date.now())

/** The person's draft, saved on every change; a category from the route replaces the saved one. */
export function useFilingDraft(personId: string | null, category: FilingCategory | null, policy: InsuredPlacePolicy | null) {
  const [draft, setDraft] = useState<FilingDraft | null>(null)
  const current = useRef<FilingDraft | null>(null)

  useEffect(() => {
    if (!personId || !policy) return
    let next = loadDraft(personId) ?? emptyDraft(category, todayInChina(), policy)
    if (category && next.category !== category) next = withCategory(next, category, policy)
    current.current = next
    setDraft(next)
    saveDraft(personId, next)
  }, [personId, policy, category])

  const update = useCallback(
    (change: (draft: FilingDraft) => FilingDraft) => {
      if (!personId || !current.current) return
      const next = { ...change(current.current), updatedAt: Date.now() }
      current.current = next
      setDraft(next)
      saveDraft(personId, next)
    },
    [personId],
  )

  return { draft, update }
}
