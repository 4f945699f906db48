import { useEffect, useRef, useState } from 'react'
import { useActingFor, useSession } from '@/app-state/session-store'
import { routeParams } from '@/platform/navigation'

/**
 * Whose records a page shows: the `?personId=` it was opened with, until the user switches person in the
 * acting-for bar; then the switcher's choice. Opening a link about a bound relative also points the bar at them,
 * so the bar and the data agree. An id the user may not act for stays as asked, and the server refuses it.
 */
export function useRecordsPersonId(): string | null {
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

  // Nothing loads before the profile is there (the session gate covers the page meanwhile).
  if (!acting) return null
  return followSwitcher || !queryId ? acting.id : queryId
}
