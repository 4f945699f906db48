import type { Claim } from '@/domain'
import { StatusTimeline } from '@/components/status-timeline'
import { formatInstantCn } from '@/lib/dates'
import { claimTimeline } from '@/features/claims/model'

/** Each step with its date; who acted for the person; the next expected step. */
export function ClaimTimeline({ claim }: { claim: Claim }) {
  const steps = claimTimeline(claim).map((step) => ({ ...step, time: step.at === undefined ? undefined : formatInstantCn(step.at) }))
  return <StatusTimeline steps={steps} />
}
