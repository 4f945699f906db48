import type { Filing } from '@/domain'
import { StatusTimeline } from '@/components/status-timeline'
import { formatInstantCn } from '@/lib/dates'
import { timelineOf } from '@/features/filing/progress'

export function Timeline({ filing }: { filing: Filing }) {
  const steps = timelineOf(filing).map((step) => ({ ...step, time: step.at === undefined ? undefined : formatInstantCn(step.at) }))
  return <StatusTimeline steps={steps} />
}
