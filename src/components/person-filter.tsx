import { View } from '@tarojs/components'
import type { PersonId } from '@/domain'
import { useSession } from '@/app-state/session-store'
import { Chip } from '@/components/chip'

interface PersonFilterProps {
  /** null: everyone the user acts for. */
  value: PersonId | null
  onChange(personId: PersonId | null): void
}

/** 全部人员 / each person the user acts for, as one choice; hidden when the user acts only for themselves. */
export function PersonFilter({ value, onChange }: PersonFilterProps) {
  const actable = useSession((s) => s.profile?.actable)
  if (!actable || actable.length < 2) return null
  return (
    <View className='chips' role='radiogroup' aria-label='按人筛选'>
      <Chip kind='radio' on={value === null} onTap={() => onChange(null)}>
        全部人员
      </Chip>
      {actable.map((p) => (
        <Chip key={p.id} kind='radio' on={value === p.id} onTap={() => onChange(p.id)}>
          {p.name}
        </Chip>
      ))}
    </View>
  )
}
