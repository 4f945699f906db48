import { useEffect, useMemo, useState } from 'react'
import { Map, Text, View } from '@tarojs/components'
import { PageShell } from '@/components/page-shell'
import { WALKING_RING_M, type LatLng, type ServicePointHit } from '@/domain'
import { goBack } from '@/platform/navigation'
import { PointCard } from '@/features/service-points/components/point-card'
import { plotSpanM, project } from '@/features/service-points/model'
import { useServicePoints } from '@/features/service-points/service-points-store'
import './index.scss'

const MAP_POINTS = 60
// Copied into the package as files by config/index.ts (imports would be inlined as data URIs, which the map rejects).
const MARKER_ICON = '/subpackages/points/assets/marker.png'
const MARKER_ACTIVE_ICON = '/subpackages/points/assets/marker-active.png'

interface MapProps {
  center: LatLng
  showRing: boolean
  points: ServicePointHit[]
  selected: number | null
  onSelect(index: number): void
}

/** "350米" / "2.4公里", for a marker's spoken label. */
function formatMarkerDistance(m: number): string {
  return m < 1000 ? `${Math.round(m)}米` : `${(m / 1000).toFixed(1)}公里`
}

/** WeChat's native map: markers and the walking ring. */
function NativeMap({ center, showRing, points, selected, onSelect }: MapProps) {
  const markers = points.map((p, i) => ({
    id: i,
    latitude: p.location.lat,
    longitude: p.location.lng,
    iconPath: i === selected ? MARKER_ACTIVE_ICON : MARKER_ICON,
    width: i === selected ? 26 : 20,
    height: i === selected ? 26 : 20,
    title: p.name,
    // WeChat's screen reader reads a marker's ariaLabel.
    ariaLabel: p.distanceM != null ? `${p.name}，距离${formatMarkerDistance(p.distanceM)}` : p.name,
  }))
  const circles = showRing
    ? [{ latitude: center.lat, longitude: center.lng, radius: WALKING_RING_M, color: '#1a5fd0aa', fillColor: '#1a5fd01a', strokeWidth: 2 }]
    : []
  return (
    <Map
      id='points-map'
      className='points-map__native'
      latitude={center.lat}
      longitude={center.lng}
      scale={showRing ? 15 : 13}
      markers={markers}
      circles={circles}
      showLocation={showRing}
      onMarkerTap={(e) => onSelect(Number((e.detail as { markerId: number }).markerId))}
      onError={() => undefined}
    />
  )
}

/** h5 has no map component: a to-scale plot of the same markers and ring around the centre. */
function PlotMap({ center, showRing, points, selected, onSelect }: MapProps) {
  const distances = points.map((p) => p.distanceM ?? 0)
  const span = plotSpanM(showRing ? distances : [3000], WALKING_RING_M)
  const ringPct = (WALKING_RING_M / span) * 100
  const placed = points
    .map((p, i) => ({ i, ...project(center, p.location, span) }))
    .filter((m) => m.x >= 0.02 && m.x <= 0.98 && m.y >= 0.02 && m.y <= 0.98)
  return (
    <View className='points-plot' role='group' aria-label='网点分布图'>
      <View className='points-plot__grid' aria-hidden />
      {showRing && <View className='points-plot__ring' aria-hidden style={{ width: `${ringPct}%`, height: `${ringPct}%` }} />}
      {showRing && <View className='points-plot__me' aria-hidden style={{ left: '50%', top: '50%' }} />}
      {placed.map((m) => (
        <View
          key={points[m.i].id}
          className={`points-plot__marker ${m.i === selected ? 'points-plot__marker--on' : ''}`}
          style={{ left: `${m.x * 100}%`, top: `${m.y * 100}%` }}
          data-testid='map-marker'
          role='button'
          aria-label={
            points[m.i].distanceM != null
              ? `${points[m.i].name}，距离${formatMarkerDistance(points[m.i].distanceM ?? 0)}`
              : points[m.i].name
          }
          onClick={() => onSelect(m.i)}
        >
          <View className='points-plot__dot' />
        </View>
      ))}
      <Text className='points-plot__scale'>图宽约 {((span * 2) / 1000).toFixed(1)} 公里</Text>
    </View>
  )
}

export default function Page() {
  const items = useServicePoints((s) => s.items)
  const origin = useServicePoints((s) => s.origin)
  const [selected, setSelected] = useState<number | null>(null)
  const hasMore = useServicePoints((s) => s.hasMore)
  const loadingMore = useServicePoints((s) => s.loadingMore)
  const loadMore = useServicePoints((s) => s.loadMore)
  // A map wants more than the list's first page: fill up to MAP_POINTS, one page at a time.
  useEffect(() => {
    if (hasMore && !loadingMore && items.length < MAP_POINTS) void loadMore()
  }, [hasMore, loadingMore, items.length, loadMore])
  const here = origin?.kind === 'here'
  const center = useMemo<LatLng | null>(
    () => (origin?.kind === 'here' ? origin.center : (origin?.center ?? items[0]?.location ?? null)),
    [origin, items],
  )
  const inRing = here ? items.filter((p) => (p.distanceM ?? Infinity) <= WALKING_RING_M).length : 0

  if (!center || items.length === 0) {
    return (
      <PageShell publicPage>
        <View className='card points-map__empty'>
          <Text>还没有网点可显示，请先在列表中定位或选择城市。</Text>
          <Text className='points-map__back' onClick={goBack}>
            返回列表
          </Text>
        </View>
      </PageShell>
    )
  }

  const props: MapProps = { center, showRing: here, points: items, selected, onSelect: setSelected }
  return (
    <PageShell publicPage className='points-map-page'>
      {process.env.TARO_ENV === 'h5' ? <PlotMap {...props} /> : <NativeMap {...props} />}
      <View className='points-map__legend'>
        {here ? (
          <Text className='muted'>蓝色圆圈为「15分钟医保服务圈」：步行约 15 分钟（1.2 公里）可达，圈内有 {inRing} 个网点。</Text>
        ) : (
          <Text className='muted'>开启定位后可显示「15分钟医保服务圈」。</Text>
        )}
        <Text className='points-map__back' onClick={goBack}>
          列表模式
        </Text>
      </View>
      {selected !== null && items[selected] ? (
        <View className='points-map__card'>
          <PointCard point={items[selected]} now={Date.now()} />
        </View>
      ) : (
        <Text className='points-map__hint'>点击地图上的标记查看网点</Text>
      )}
    </PageShell>
  )
}
