import { Text, View } from '@tarojs/components'
import { RELATION_LABELS, type ActablePerson } from '../backend'
import { useActingFor, useSession } from '../app-state/session-store'
import { chooseAction } from '../platform/feedback'
import './acting-for-bar.scss'

const NOBODY: ActablePerson[] = []

export function relationLabel(relation: keyof typeof RELATION_LABELS | 'self'): string {
  return relation === 'self' ? '本人' : RELATION_LABELS[relation]
}

/** Says whose data the page shows, and switches between the user and bound relatives. */
export function ActingForBar() {
  const person = useActingFor()
  const actable = useSession((s) => s.profile?.actable ?? NOBODY)
  const actFor = useSession((s) => s.actFor)
  if (!person) return null

  const choose = async () => {
    const index = await chooseAction(actable.map((p) => `${p.name}（${relationLabel(p.relation)}）`))
    if (index !== null) actFor(actable[index].id)
  }

  return (
    <View className={`acting-for ${person.relation === 'self' ? '' : 'acting-for--other'}`} onClick={() => void choose()}>
      <Text className='acting-for__label'>{person.relation === 'self' ? '当前办理人' : '正在代办'}</Text>
      <Text className='acting-for__name'>
        {person.name}（{relationLabel(person.relation)}）
      </Text>
      {actable.length > 1 && <Text className='acting-for__switch'>切换 ›</Text>}
    </View>
  )
}
