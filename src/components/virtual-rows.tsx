import { useMemo, type ComponentProps, type ReactNode } from 'react'
import { VirtualList } from '@tarojs/components-advanced/dist/components/virtual-list'
import { useCareMode } from '@/app-state/care-mode-store'
import { windowHeight, windowWidth } from '@/platform/location'

type VirtualListProps = ComponentProps<typeof VirtualList>

/** A row's height in design px (750 wide), in the normal mode and in 关怀模式. Rows are fixed-height for the list. */
export interface RowHeights {
  normal: number
  care: number
}

/** Design px to screen px for the current mode. */
export function useRowPx(heights: RowHeights): number {
  const care = useCareMode((s) => s.enabled)
  return useMemo(() => Math.round(((care ? heights.care : heights.normal) * windowWidth()) / 750), [care, heights.care, heights.normal])
}

interface VirtualRowsProps {
  className: string
  item: VirtualListProps['item']
  rows: unknown[]
  rowHeights: RowHeights
  header?: ReactNode
  footer?: ReactNode
  /** Called near the end of the list, to load more. */
  onEnd?: () => void
  overscan?: number
}

/**
 * The one virtual list: only the rows in view (plus overscan) exist as nodes, however many are loaded, so 30 years of
 * contributions or 5,000 account entries keep a bounded DOM and data tree. Render empty states outside it.
 */
export function VirtualRows({ className, item, rows, rowHeights, header, footer, onEnd, overscan = 4 }: VirtualRowsProps) {
  const rowPx = useRowPx(rowHeights)
  const height = useMemo(() => windowHeight(), [])
  return (
    <VirtualList
      className={className}
      height={height}
      width='100%'
      item={item}
      itemData={rows}
      itemCount={rows.length}
      itemSize={rowPx}
      overscanCount={overscan}
      renderTop={header}
      renderBottom={footer}
      onScrollToLower={onEnd}
      lowerThreshold={rowPx * 2}
    />
  )
}
