import { View } from '@tarojs/components'
import type { ServicePointHit } from '@/domain'
import { PointCard } from '@/features/service-points/components/point-card'

/** Rows outside the viewport kept rendered on each side, so fast flings don't show blanks. */
export const OVERSCAN = 3

/** One row of the virtual point list (VirtualList takes a component, not a render function). */
export function PointRow({ id, index, data }: { id: string; index: number; data: ServicePointHit[] }) {
  return (
    <View id={id}>
      <PointCard point={data[index]} now={Date.now()} />
    </View>
  )
}
