import type { ComponentProps } from 'react'
import { VirtualList } from '@tarojs/components-advanced/dist/components/virtual-list'

type VirtualListProps = ComponentProps<typeof VirtualList>

interface RecordsListProps {
  item: VirtualListProps['item']
  rows: unknown[]
  height: number
  rowPx: number
  header?: VirtualListProps['renderTop']
}

/** The long records lists (contributions, account flow): virtualised, so 30 years or 5,000 entries keep a bounded DOM. */
export function RecordsList({ item, rows, height, rowPx, header }: RecordsListProps) {
  return (
    <VirtualList
      className='rec-list'
      height={height}
      width='100%'
      item={item}
      itemData={rows}
      itemCount={rows.length}
      itemSize={rowPx}
      overscanCount={4}
      renderTop={header}
    />
  )
}
