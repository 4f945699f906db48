import { useEffect } from 'react'
import { useActingFor, useSession } from '@/app-state/session-store'

/** A `personId` from the route becomes whom the user acts for, if they may; then the acting-for person. */
export function usePersonFromRoute(personId: string | undefined) {
  const actable = useSession((s) => s.profile?.actable)
  const actFor = useSession((s) => s.actFor)
  useEffect(() => {
    if (personId && actable?.some((p) => p.id === personId)) actFor(personId)
  }, [personId, actable, actFor])
  return useActingFor()
}
