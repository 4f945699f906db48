import { useEffect, useRef, useState } from 'react'
import type { ActablePerson } from '@/domain'
import { useActingFor, useSession } from '@/app-state/session-store'
import { routeParams } from '@/platform/navigation'

export interface RoutePerson {
  /** Whose data the page shows (null until signed in). */
  id: string | null
  /** That person, when the user may act for them; null for an id the server will refuse. */
  person: ActablePerson | null
}

/**
 * The one way a page learns whom it is about. Whose data a page shows: the `?personId=` it was opened with, until the user switches person in the
 * acting-for bar; then the switcher's choice. Opening a link about a bound relative also points the bar at them,
 * so the bar and the data agree. An id the user may not act for stays as asked, and the server refuses it.
 */
export function useRoutePerson(): RoutePerson {
  const acting = useActingFor()
  const actFor = useSession((s) => s.actFor)
  const [queryId] = useState(() => routeParams().personId ?? null)
  const [followSwitcher, setFollowSwitcher] = useState(!queryId)
  const seenActing = useRef<string | null>(null)

  useEffect(() => {
    if (!acting) return
    if (seenActing.current === null) {
      seenActing.current = acting.id
      const profile = useSession.getState().profile
      if (queryId && queryId !== acting.id && profile?.actable.some((p) => p.id === queryId)) {
        seenActing.current = queryId
        actFor(queryId)
      }
      return
    }
    if (acting.id !== seenActing.current) {
      seenActing.current = acting.id
      setFollowSwitcher(true)
    }
  }, [acting, queryId, actFor])

  const actable = useSession((s) => s.profile?.actable)
  // Nothing loads before the profile is there (the session gate covers the page meanwhile).
  if (!acting) return { id: null, person: null }
  const id = followSwitcher || !queryId ? acting.id : queryId
  return { id, person: id === acting.id ? acting : (actable?.find((p) => p.id === id) ?? null) }
}
