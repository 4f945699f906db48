// Following a filing: its timeline and what the detail page offers next.
import { cancelRefusal, changeRefusal, type Refusal } from '@/domain/filings/rules'
import type { Filing } from '@/domain'
import type { DatedTimelineStep } from '@/components/status-timeline'
import { statusLabel } from '@/features/filing/display'

export type TimelineStep = DatedTimelineStep

/** 已提交 → 审核中 → 已备案/未通过 → 已撤销/已失效, from the history; the next expected step shown as todo. */
export function timelineOf(filing: Pick<Filing, 'status' | 'history'>): TimelineStep[] {
  const steps: TimelineStep[] = filing.history.map((event, index) => {
    const isChange = event.status === 'approved' && index > 0 && filing.history.slice(0, index).some((e) => e.status === 'approved')
    const last = index === filing.history.length - 1
    return {
      key: `${index}`,
      label: isChange ? '已变更' : statusLabel(event.status),
      at: event.at,
      note: event.note,
      by: event.actorName ? `由 ${event.actorName} 代办` : undefined,
      state:
        event.status === 'rejected'
          ? 'failed'
          : last && (event.status === 'reviewing' || event.status === 'submitted')
            ? 'current'
            : 'done',
    }
  })
  if (filing.status === 'reviewing' || filing.status === 'submitted') {
    steps.push({ key: 'next', label: '审核结果', note: '审核完成后会通过消息通知您', state: 'todo' })
  }
  return steps
}

export interface FilingActions {
  cancel: Refusal | null
  change: Refusal | null
}

/** What the detail page offers; the server re-checks on every call. */
export function actionsFor(filing: Filing, today: string): FilingActions {
  return { cancel: cancelRefusal(filing, today), change: changeRefusal(filing, today) }
}
