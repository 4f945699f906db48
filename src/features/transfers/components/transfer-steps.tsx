import type { Transfer } from '@/domain'
import { StatusTimeline } from '@/components/status-timeline'
import { stepViews } from '@/features/transfers/model'

/** The five steps of a 转移接续, each reached one with its date and message, and who acted (由 X 代办). */
export function TransferSteps({ transfer }: { transfer: Transfer }) {
  const steps = stepViews(transfer).map((step) => ({
    key: step.status,
    label: step.label,
    time: step.when ?? '待办理',
    note: step.note,
    by: step.actorName ? `由 ${step.actorName} 代办` : undefined,
    state: step.state === 'next' ? ('todo' as const) : step.state,
  }))
  return <StatusTimeline steps={steps} label='办理进度' />
}
