import { useCallback, useEffect, useRef, useState } from 'react'
import type { ChronicDiseaseId } from '@/domain/coverage'
import { loadChronicDraft, saveChronicDraft } from '@/features/chronic/draft-storage'
import { emptyChronicDraft, type ChronicDraft } from '@/features/chronic/model'

/** The person's application draft, saved on every change (so it survives a restart); a disease from the route wins. */
export function useChronicDraft(personId: string | null, disease: ChronicDiseaseId | null) {
  const [draft, setDraft] = useState<ChronicDraft | null>(null)
  const current = useRef<ChronicDraft | null>(null)

  useEffect(() => {
    if (!personId) return
    let next = loadChronicDraft(personId) ?? emptyChronicDraft(disease)
    if (disease && next.disease !== disease) next = { ...next, disease }
    current.current = next
    setDraft(next)
    saveChronicDraft(personId, next)
  }, [personId, disease])

  const update = useCallback(
    (change: (draft: ChronicDraft) => ChronicDraft) => {
      if (!personId || !current.current) return
      const next = { ...change(current.current), updatedAt: Date.now() }
      current.current = next
      setDraft(next)
      saveChronicDraft(personId, next)
    },
    [personId],
  )
  return { draft, update }
}
