import { useMemo, type ComponentProps, type ReactNode } from 'react'
import { VirtualList } from '@tarojs/components-advanced/dist/components/virtual-list'
import { useCareMode } from '@/app-state/care-mode-store'
import { systemFontScale } from '@/platform/font-scale'
import { windowHeight, windowWidth } from '@/platform/location'

type VirtualListProps = ComponentProps<typeof VirtualList>

/** A row's height in design px (750 wide), in the normal mode and in 关怀模式. Rows are fixed-height for the list. */
export interface RowHeights {
  normal: number
  care: number
}

/**
 * Design px to screen px for the current mode. With a larger system font, rows grow with the text, plus room for a
 * detail line to wrap onto a second line (records.scss) instead of being cut off.
 */
export function rowHeightPx(heights: RowHeights, care: boolean, widthPx: number, fontScale: number): number {
  const grow = fontScale > 1 ? fontScale * 1.4 : 1
  return Math.round(((care ? heights.care : heights.normal) * grow * widthPx) / 750)
}

export function useRowPx(heights: RowHeights): number {
  const care = useCareMode((s) => s.enabled)
  return useMemo(() => rowHeightPx(heights, care, windowWidth(), systemFontScale()), [care, heights])
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
