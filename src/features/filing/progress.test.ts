import type { Filing } from '@/domain'
import { timelineOf } from '@/features/filing/progress'

describe('timeline', () => {
  const base = {
    status: 'reviewing' as const,
    history: [
      { status: 'submitted' as const, at: 1, actorName: '李明' },
      { status: 'reviewing' as const, at: 2 },
    ],
  }

  it('shows who acted, the current step, and what comes next while under review', () => {
    const steps = timelineOf(base)
    expect(steps.map((s) => [s.label, s.state])).toEqual([
      ['已提交', 'done'],
      ['审核中', 'current'],
      ['审核结果', 'todo'],
    ])
    expect(steps[0].by).toBe('由 李明 代办')
  })

  it('labels later approved events as changes, and a rejection as failed', () => {
    const changed: Pick<Filing, 'status' | 'history'> = {
      status: 'approved',
      history: [
        { status: 'submitted', at: 1 },
        { status: 'approved', at: 2 },
        { status: 'approved', at: 3, note: '变更：…' },
      ],
    }
    expect(timelineOf(changed).map((s) => s.label)).toEqual(['已提交', '已备案', '已变更'])
    const rejected = timelineOf({ status: 'rejected', history: [...base.history, { status: 'rejected', at: 3, note: '不清晰' }] })
    expect(rejected.at(-1)).toMatchObject({ label: '未通过', state: 'failed', note: '不清晰' })
  })
})
