import { useEffect, useMemo, useState } from 'react'
import { ScrollView, Text, View } from '@tarojs/components'
import { VirtualList } from '@tarojs/components-advanced/dist/components/virtual-list'
import { syntheticFlows } from '@/features/records/bench-fixture'
import { FlowListItem, ROW_DESIGN_PX } from '@/features/records/components/records-rows'
import { flowRows } from '@/features/records/model'
import { windowHeight, windowWidth } from '@/platform/location'
import { routeParams } from '@/platform/navigation'
import '@/features/records/components/records.scss'

/**
 * Bench-only page (bench/records-render.mjs): renders `?n=` synthetic flow entries with the real row components,
 * virtual (`mode=virtual`) or all at once (`mode=plain`), and publishes the time from data to painted list.
 */
export default function BenchListPage() {
  const [params] = useState(() => routeParams())
  const n = Math.min(Number(params.n ?? 5000), 20_000)
  const plain = params.mode === 'plain'
  const [rows, setRows] = useState<ReturnType<typeof flowRows> | null>(null)
  const height = useMemo(() => windowHeight(), [])
  const rowPx = Math.round((ROW_DESIGN_PX.normal * windowWidth()) / 750)

  useEffect(() => {
    // The mini-program engine has neither performance nor requestAnimationFrame; the bench runs on h5.
    const now = typeof performance !== 'undefined' ? () => performance.now() : () => Date.now()
    const frame = typeof requestAnimationFrame !== 'undefined' ? requestAnimationFrame : (fn: () => void) => setTimeout(fn, 16)
    const start = now()
    setRows(flowRows(syntheticFlows(n)))
    // Two frames after the commit: the list has been laid out and painted.
    frame(() =>
      frame(() => {
        ;(globalThis as { __benchList?: unknown }).__benchList = { ms: now() - start }
      }),
    )
  }, [n])

  if (!rows) return <Text>准备中…</Text>
  return (
    <View className='page bench-list'>
      {plain ? (
        <ScrollView scrollY style={{ height: `${height}px` }}>
          {rows.map((row, index) => (
            <FlowListItem key={row.key} id={row.key} index={index} data={rows} />
          ))}
        </ScrollView>
      ) : (
        <VirtualList
          height={height}
          width='100%'
          item={FlowListItem}
          itemData={rows}
          itemCount={rows.length}
          itemSize={rowPx}
          overscanCount={4}
        />
      )}
    </View>
  )
}
