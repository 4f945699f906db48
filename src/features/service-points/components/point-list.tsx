import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { VirtualList } from '@tarojs/components-advanced/dist/components/virtual-list'
import type { ServicePointHit } from '@/domain'
import { PointCard } from '@/features/service-points/components/point-card'

/** Rows outside the viewport kept rendered on each side, so fast flings don't show blanks. */
export const OVERSCAN = 3

function Row({ id, index, data }: { id: string; index: number; data: ServicePointHit[] }) {
  return (
    <View id={id}>
      <PointCard point={data[index]} now={Date.now()} />
    </View>
  )
}

interface PointListProps {
  items: ServicePointHit[]
  /** Viewport height and row height (card + gap), in px. */
  height: number
  rowPx: number
  header: ReactNode
  footer: ReactNode
  onEnd(): void
}

/** A virtual list: only the rows in view (plus overscan) exist as nodes, however many are loaded. */
export function PointList({ items, height, rowPx, header, footer, onEnd }: PointListProps) {
  return (
    <VirtualList
      className='points-list'
      height={height}
      width='100%'
      item={Row}
      itemData={items}
      itemCount={items.length}
      itemSize={rowPx}
      overscanCount={OVERSCAN}
      renderTop={header}
      renderBottom={footer}
      onScrollToLower={onEnd}
      lowerThreshold={rowPx * 2}
    />
  )
}
