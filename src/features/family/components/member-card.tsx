import { Text, View } from '@tarojs/components'
import { BINDING_STATUS_LABELS, INSURANCE_TYPE_LABELS, RELATION_LABELS, kinshipLabel, type FamilyMember } from '@/domain'
import { formatDateCn } from '@/lib/dates'
import './family.scss'

const STATUS_TAG = { active: 'ok', pending: 'warn', unbound: 'gray' } as const

/** One family member as a row of the list: who, how related, status, and what tapping does. */
export function MemberCard({ member, onOpen }: { member: FamilyMember; onOpen?: () => void }) {
  const { person, status } = member
  const relation = person ? kinshipLabel(member.relation, person.gender) : RELATION_LABELS[member.relation]
  return (
    <View
      className={`card family-member family-member--${status}`}
      hoverClass={onOpen ? 'family-member--pressed' : 'none'}
      onClick={onOpen}
    >
      <View className='family-avatar' aria-hidden>
        <Text>{member.name.slice(0, 1)}</Text>
      </View>
      <View className='family-member__body'>
        <View className='family-member__head'>
          <Text className='family-member__name'>{member.name}</Text>
          <Text className='tag'>{relation}</Text>
          <Text className={`tag ${STATUS_TAG[status]}`}>{BINDING_STATUS_LABELS[status]}</Text>
        </View>
        <Text className='family-member__line'>身份证 {member.idNumberMasked}</Text>
        {person && (
          <Text className='family-member__line'>
            {person.insuredRegion.cityName} · {INSURANCE_TYPE_LABELS[person.insuranceType]}
            {person.retired ? ' · 退休' : ''}
          </Text>
        )}
        {status === 'pending' && <Text className='family-member__hint'>等待{member.name}本人短信确认，点此继续验证</Text>}
        {status === 'unbound' && member.unboundAt !== undefined && (
          <Text className='family-member__line'>
            {formatDateCn(member.unboundAt)}
            {member.unboundBy === 'member' ? `由${member.name}本人解除` : '已解除'}，不能再代办
          </Text>
        )}
      </View>
      {onOpen && <Text className='family-member__chevron'>›</Text>}
    </View>
  )
}
