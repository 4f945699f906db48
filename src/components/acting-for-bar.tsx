import { route } from '@/domain/routes'
import { useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import { INSURANCE_TYPE_LABELS, RELATION_LABELS, kinshipLabel, type ActablePerson } from '@/domain'
import { useActingFor, useSession } from '@/app-state/session-store'
import { isH5 } from '@/platform/env'
import { openRoute } from '@/platform/navigation'
import './acting-for-bar.scss'

const NOBODY: ActablePerson[] = []

/**
 * The sheet's scrolling list. weapp needs a scroll-view (the sheet catches touch moves); on h5 a div that overflows
 * scrolls natively, and home's first screen skips Taro's scroll-view element (a build-time branch).
 */
const SheetList = process.env.TARO_ENV === 'h5' ? View : ScrollView

export function relationLabel(relation: keyof typeof RELATION_LABELS | 'self'): string {
  return relation === 'self' ? '本人' : RELATION_LABELS[relation]
}

/** 母亲 rather than 父母 where the gender is known. */
export function personRelation(person: Pick<ActablePerson, 'relation' | 'gender'>): string {
  return kinshipLabel(person.relation, person.gender)
}

/**
 * Says whose data the page shows, in words no one can miss, and switches between the user and bound relatives.
 * Acting for a relative turns the bar amber on every page, so no one files for the wrong person.
 */
export function ActingForBar() {
  const person = useActingFor()
  const actable = useSession((s) => s.profile?.actable ?? NOBODY)
  const actFor = useSession((s) => s.actFor)
  const [open, setOpen] = useState(false)
  if (!person) return null

  const self = person.relation === 'self'
  const alone = actable.length <= 1
  const choose = (id: string) => {
    actFor(id)
    setOpen(false)
  }
  const go = (route: string) => {
    setOpen(false)
    openRoute(route)
  }

  return (
    <>
      {/* First on every page, so a screen reader says whose data this is before anything else ("正在代王秀英办理").
          The whole bar is tappable; for the keyboard and the reader, the 切换 chip is the button. */}
      <View
        className={`acting-for ${self ? '' : 'acting-for--other'}`}
        role='region'
        aria-label={self ? `当前办理人：本人${person.name}` : `正在代${person.name}办理`}
        onClick={() => (alone ? go(route('familyList')) : setOpen(true))}
      >
        <View className='acting-for__avatar' aria-hidden>
          <Text>{person.name.slice(0, 1)}</Text>
        </View>
        <View className='acting-for__who'>
          <Text className='acting-for__label'>{self ? '当前办理人' : `正在代${personRelation(person)}办理`}</Text>
          <Text className='acting-for__name'>
            {person.name}
            <Text className='acting-for__relation'>（{personRelation(person)}）</Text>
          </Text>
        </View>
        <View className='acting-for__switch' role='button' aria-label={alone ? '添加家人' : '切换办理人'}>
          <Text>{alone ? '添加家人' : '切换'}</Text>
          <Text className='acting-for__caret' aria-hidden>
            {alone ? '›' : '▾'}
          </Text>
        </View>
      </View>

      {open && (
        <View className='acting-sheet' catchMove>
          <View className='acting-sheet__mask' onClick={() => setOpen(false)} />
          <View className={`acting-sheet__panel ${isH5 ? 'acting-sheet__panel--h5' : ''}`} role='dialog' aria-label='选择为谁办理'>
            <View className='acting-sheet__head'>
              <Text className='acting-sheet__title'>选择为谁办理</Text>
              <View className='acting-sheet__close' role='button' aria-label='关闭' onClick={() => setOpen(false)}>
                <Text aria-hidden>×</Text>
              </View>
            </View>
            <Text className='acting-sheet__hint'>切换后，首页和各项业务都显示所选家人的信息，代办记录会写明由您代办。</Text>
            <SheetList scrollY className='acting-sheet__list'>
              {actable.map((p) => {
                const current = p.id === person.id
                return (
                  <View
                    key={p.id}
                    className={`acting-sheet__person ${current ? 'acting-sheet__person--current' : ''}`}
                    role='radio'
                    aria-checked={current}
                    onClick={() => choose(p.id)}
                  >
                    <View className='acting-for__avatar acting-sheet__avatar' aria-hidden>
                      <Text>{p.name.slice(0, 1)}</Text>
                    </View>
                    <View className='acting-sheet__text'>
                      <Text className='acting-sheet__name'>
                        {p.name}
                        <Text className='acting-sheet__relation'>{personRelation(p)}</Text>
                      </Text>
                      <Text className='acting-sheet__meta'>
                        {p.insuredRegion.cityName} · {INSURANCE_TYPE_LABELS[p.insuranceType]}
                      </Text>
                      <Text className='acting-sheet__meta'>身份证 {p.idNumberMasked}</Text>
                    </View>
                    <Text className='acting-sheet__check' aria-hidden>
                      {current ? '✓' : ''}
                    </Text>
                  </View>
                )
              })}
            </SheetList>
            <View className='acting-sheet__footer'>
              <View className='acting-sheet__link' role='button' onClick={() => go(route('familyAdd'))}>
                <Text>＋ 添加家庭成员</Text>
              </View>
              <View className='acting-sheet__link' role='button' onClick={() => go(route('familyList'))}>
                <Text>管理家庭成员</Text>
              </View>
            </View>
          </View>
        </View>
      )}
    </>
  )
}
