import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { usePullDownRefresh } from '@tarojs/taro'
import { AsyncView } from '@/components/async-view'
import { PageShell } from '@/components/page-shell'
import { RegionPicker } from '@/components/region-picker'
import { regionOf } from '@/domain/regions'
import { formatInstantCn } from '@/lib/dates'
import { canOpenLocationSettings, openLocationSettings } from '@/platform/location'
import { openRoute, routeParams, stopPullDownRefresh } from '@/platform/navigation'
import { ROUTES } from '@/features/service-points/actions'
import { FilterBar } from '@/features/service-points/components/filter-bar'
import { OVERSCAN, PointRow } from '@/features/service-points/components/point-list'
import { VirtualRows } from '@/components/virtual-rows'
import { filtersActive, fromRoute, kindFilterLabel, type KindFilter } from '@/features/service-points/model'
import { rememberedKind, useServicePoints } from '@/features/service-points/service-points-store'
import { chronic } from '@/features/chronic/chronic-store'
import { selectActingFor, useSession } from '@/app-state/session-store'
import './index.scss'

/** Card height plus the gap below it, in design px (see point-card.scss). */
const ROW_DESIGN_PX = { normal: 376, care: 476 }

function LocationBar() {
  const origin = useServicePoints((s) => s.origin)
  const status = useServicePoints((s) => s.locationStatus)
  const relocate = useServicePoints((s) => s.locate)
  const chooseCity = useServicePoints((s) => s.chooseCity)
  const cityRegion = origin?.kind === 'city' ? regionOf(origin.cityCode) : null
  return (
    <View className='points-location'>
      <View className='points-location__where'>
        <Text className='points-location__label'>
          {status === 'locating' ? '正在定位…' : origin?.kind === 'here' ? '我的位置附近' : origin ? origin.cityName : '未选择位置'}
        </Text>
        {origin?.kind === 'city' && status !== 'locating' && (
          <Text className='points-location__relocate' onClick={() => void relocate()}>
            使用我的位置
          </Text>
        )}
      </View>
      <View className='points-location__city'>
        <RegionPicker value={cityRegion} placeholder='切换城市' onChange={(r) => void chooseCity(r.cityCode, r.cityName)} />
      </View>
    </View>
  )
}

function LocationHelp() {
  const status = useServicePoints((s) => s.locationStatus)
  const reason = useServicePoints((s) => s.locationReason)
  const relocate = useServicePoints((s) => s.locate)
  const origin = useServicePoints((s) => s.origin)
  if (origin || (status !== 'denied' && status !== 'unavailable')) return null
  const openSettings = async () => {
    if (await openLocationSettings()) await relocate()
  }
  return (
    <View className='card points-help' role='status'>
      <Text className='points-help__title'>{status === 'denied' ? '未获得定位权限' : '暂时无法定位'}</Text>
      <Text className='points-help__text'>
        开启定位后，可按距离列出离您最近的医保经办机构和服务网点，并显示步行距离。位置只用于本次查询，不会保存。
      </Text>
      <Text className='points-help__text'>
        {status === 'unavailable'
          ? reason
          : canOpenLocationSettings
            ? '点击下方按钮，在设置中打开「位置信息」。'
            : '请在浏览器的网站设置中允许使用位置信息，然后点「重新定位」。'}
      </Text>
      <View className='points-help__actions'>
        {canOpenLocationSettings && status === 'denied' ? (
          <Button className='btn' onClick={() => void openSettings()}>
            去设置开启定位
          </Button>
        ) : (
          <Button className='btn' onClick={() => void relocate()}>
            重新定位
          </Button>
        )}
      </View>
      <Text className='points-help__text'>也可以直接在上方「切换城市」中选择省份和城市浏览网点。</Text>
    </View>
  )
}

function Summary() {
  const total = useServicePoints((s) => s.total)
  const loading = useServicePoints((s) => s.loading)
  const filters = useServicePoints((s) => s.filters)
  const clearFilters = useServicePoints((s) => s.clearFilters)
  const count = useServicePoints((s) => s.items.length)
  const load = useServicePoints((s) => s.load)
  return (
    <View className='points-summary'>
      <View>
        <Text className='muted'>{loading ? '查询中…' : `共 ${total} 个网点`}</Text>
        {!loading && filters.settlement && <View className='muted points-summary__kind'>可跨省直接结算{kindFilterLabel(filters)}</View>}
      </View>
      <View className='row'>
        {!loading && (
          <Text className='points-summary__link' onClick={() => void load()}>
            刷新
          </Text>
        )}
        {filtersActive(filters) && !loading && total === 0 && (
          <Text className='points-summary__link' onClick={() => void clearFilters()}>
            清除筛选
          </Text>
        )}
        {count > 0 && (
          <Text className='points-summary__link' onClick={() => openRoute(ROUTES.map)}>
            地图模式
          </Text>
        )}
      </View>
    </View>
  )
}

/** Whom the kind filter is remembered for: the person acted for, once a sign-in under way has finished (at most 5 s). */
function actingPersonOnceSignedIn(): Promise<string | null> {
  const personOf = (s: ReturnType<typeof useSession.getState>) => (s.status === 'ready' ? (selectActingFor(s)?.id ?? null) : null)
  const now = useSession.getState()
  if (now.status !== 'signing-in') return Promise.resolve(personOf(now))
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      unsubscribe()
      resolve(personOf(useSession.getState()))
    }
    const timer = setTimeout(done, 5000)
    const unsubscribe = useSession.subscribe((s) => {
      if (s.status !== 'signing-in') done()
    })
  })
}

export default function Page() {
  const items = useServicePoints((s) => s.items)
  const loading = useServicePoints((s) => s.loading)
  const loadingMore = useServicePoints((s) => s.loadingMore)
  const hasMore = useServicePoints((s) => s.hasMore)
  const error = useServicePoints((s) => s.error)
  const staleSince = useServicePoints((s) => s.staleSince)
  const origin = useServicePoints((s) => s.origin)
  const status = useServicePoints((s) => s.locationStatus)
  const load = useServicePoints((s) => s.load)
  const loadMore = useServicePoints((s) => s.loadMore)
  const filters = useServicePoints((s) => s.filters)

  useEffect(() => {
    const { filters: initial, cityCode, kindFromRoute } = fromRoute(routeParams())
    void actingPersonOnceSignedIn().then((personId) => {
      const start = (preselect: KindFilter | null) =>
        useServicePoints.getState().start({
          filters: initial,
          cityCode,
          cityName: cityCode ? regionOf(cityCode)?.cityName : undefined,
          personId,
          kindFromRoute,
          preselect,
        })
      // A disease the person holds a 门诊慢特病 qualification for is preselected, unless a filter is remembered or routed.
      if (!personId || kindFromRoute || rememberedKind(personId)) void start(null)
      else
        void chronic
          .qualifiedFor(personId)
          .catch(() => [])
          .then((diseases) => start(diseases[0] ? { settlement: 'chronic', disease: diseases[0] } : null))
    })
  }, [])

  usePullDownRefresh(() => {
    void load().finally(stopPullDownRefresh)
  })

  const header = (
    <View>
      <LocationBar />
      <LocationHelp />
      {origin && <FilterBar />}
      {origin && <Summary />}
    </View>
  )
  const staleNote = staleSince ? `网络不可用，显示的是 ${formatInstantCn(staleSince)} 的查询结果，可能不是最新` : null

  return (
    <PageShell publicPage className='points-page'>
      {items.length > 0 ? (
        <AsyncView loading={loading} error={error} onRetry={() => void load()} staleNote={staleNote}>
          <VirtualRows
            className='points-list'
            item={PointRow}
            rows={items}
            rowHeights={ROW_DESIGN_PX}
            overscan={OVERSCAN}
            header={header}
            footer={
              <View className='points-footer'>
                <Text className='muted'>{loadingMore ? '加载中…' : hasMore ? '上滑加载更多' : '没有更多了'}</Text>
              </View>
            }
            onEnd={() => void loadMore()}
          />
        </AsyncView>
      ) : (
        <View>
          {header}
          {origin ? (
            <AsyncView
              loading={loading}
              error={error}
              onRetry={() => void load()}
              empty={!loading && !error}
              emptyText={filtersActive(filters) ? '没有符合条件的网点，试试清除筛选或换个关键词' : '附近 20 公里内暂无网点，试试切换城市'}
            />
          ) : (
            status === 'locating' && <AsyncView loading error={null} />
          )}
        </View>
      )}
    </PageShell>
  )
}
