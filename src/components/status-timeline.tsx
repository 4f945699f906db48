import { Text, View } from '@tarojs/components'
import './status-timeline.scss'

export interface TimelineEntry {
  key: string
  label: string
  /** When it happened, already written for people (or what stands there instead, e.g. 待办理). */
  time?: string
  note?: string
  /** Who acted for the person: 由 李明 代办. */
  by?: string
  /** done: reached; current: the newest reached, still moving; todo: expected next; failed: refused. */
  state: 'done' | 'current' | 'todo' | 'failed'
}

/** A step as a model derives it, with its moment as a timestamp; the page writes `time` from `at`. */
export type DatedTimelineStep = Omit<TimelineEntry, 'time'> & { at?: number }

/** The steps of an application (a filing, a claim, a transfer), each with its date, note and who acted. */
export function StatusTimeline({ steps, label }: { steps: TimelineEntry[]; label?: string }) {
  return (
    <View className='timeline' role='list' aria-label={label}>
      {steps.map((step) => (
        <View key={step.key} className={`timeline__step timeline__step--${step.state}`} role='listitem'>
          <View className='timeline__dot' />
          <View className='timeline__body'>
            <View className='timeline__head'>
              <Text className='timeline__label'>{step.label}</Text>
              {step.time !== undefined && <Text className='timeline__time'>{step.time}</Text>}
            </View>
            {step.note && <Text className='timeline__note'>{step.note}</Text>}
            {step.by && <Text className='timeline__by'>{step.by}</Text>}
          </View>
        </View>
      ))}
    </View>
  )
}
