import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { openRoute } from '@/platform/navigation'
import './menu-list.scss'

export interface MenuItem {
  title: string
  description?: string
  /** A route to open, or an action. */
  to?: string
  onClick?: () => void
  extra?: ReactNode
}

/** A card of tappable rows; every row goes somewhere (no dead buttons). */
export function MenuList({ items }: { items: MenuItem[] }) {
  return (
    <View className='card menu-list'>
      {items.map((item) => (
        <View
          key={item.title}
          className='menu-list__row'
          hoverClass='menu-list__row--pressed'
          onClick={() => (item.onClick ? item.onClick() : item.to && openRoute(item.to))}
        >
          <View className='menu-list__text'>
            <Text className='menu-list__title'>{item.title}</Text>
            {item.description && <Text className='menu-list__desc'>{item.description}</Text>}
          </View>
          {item.extra}
          <Text className='menu-list__chevron'>›</Text>
        </View>
      ))}
    </View>
  )
}
