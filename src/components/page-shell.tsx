import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { useCareMode } from '@/app-state/care-mode-store'
import { ActingForBar } from '@/components/acting-for-bar'
import { ErrorBoundary } from '@/components/error-boundary'
import { TAB_ROUTES, openRoute } from '@/platform/navigation'
import { SessionGate } from '@/components/session-gate'
import { fontScaleClass, systemFontScale } from '@/platform/font-scale'

interface PageShellProps {
  /** Pages that show someone's data say whose it is, and let the user switch. */
  actingFor?: boolean
  /** Public pages (policy Q&A, service points) work without signing in, e.g. offline at a cold start. */
  publicPage?: boolean
  className?: string
}

/**
 * Every page's root: 关怀模式 styling and the system font scale, whose data this is (read first: the acting-for bar
 * comes before the page's own content), an error boundary, and the session gate.
 */
export function PageShell({ actingFor = false, publicPage = false, className = '', children }: PropsWithChildren<PageShellProps>) {
  const care = useCareMode((s) => s.enabled)
  return (
    <View className={`page ${care ? 'care' : ''} ${fontScaleClass(systemFontScale())} ${className}`}>
      {actingFor && <ActingForBar />}
      <ErrorBoundary onHome={() => openRoute(TAB_ROUTES[0])}>{children}</ErrorBoundary>
      {!publicPage && <SessionGate />}
    </View>
  )
}
