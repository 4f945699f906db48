import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import { errorMessage, isBackendError, type ServicePoint, type ServicePointHit } from '@/domain'
import { locate } from '@/platform/location'
import { readJson, writeJson } from '@/platform/json-storage'
import { personKey } from '@/app-state/person-storage'
import { kindFilter, NO_FILTERS, toQuery, type Filters, type KindFilter, type Origin } from '@/features/service-points/model'

/** Not about a person, so a plain key: the last successful result, shown when offline. */
export const CACHE_KEY = 'service-points-last'

export type LocationStatus = 'idle' | 'locating' | 'granted' | 'denied' | 'unavailable'

export interface Cached {
  origin: Origin
  filters: Filters
  items: ServicePointHit[]
  total: number
  savedAt: number
}

interface ServicePointsState {
  locationStatus: LocationStatus
  locationReason: string | null
  origin: Origin | null
  filters: Filters
  items: ServicePointHit[]
  total: number
  page: number
  hasMore: boolean
  loading: boolean
  loadingMore: boolean
  error: string | null
  /** Set when the items on screen are the cached copy. */
  staleSince: number | null
  detail: ServicePoint | null
  detailLoading: boolean
  detailError: string | null
  /** Whose kind filter is remembered (the person acted for), or null when nobody is signed in. */
  personId: string | null
  /**
   * Starts the finder: a city from the route, else the device position. The kind filter comes from the route if it
   * names one, else the one remembered for the person, else `preselect` (a disease the person is qualified for).
   */
  start(options: {
    filters: Filters
    cityCode: string | null
    cityName?: string
    personId?: string | null
    kindFromRoute?: boolean
    preselect?: KindFilter | null
  }): Promise<void>
  locate(): Promise<void>
  chooseCity(cityCode: string, cityName: string): Promise<void>
  setFilters(patch: Partial<Filters>): Promise<void>
  clearFilters(): Promise<void>
  load(): Promise<void>
  loadMore(): Promise<void>
  loadDetail(id: string): Promise<void>
}

const OFFLINE_CODES = new Set(['NETWORK', 'TIMEOUT', 'SERVER'])

export interface ServicePointsDeps {
  api: Backend['servicePoints']
  locate: typeof locate
  report: (error: unknown) => string
  /** The device copy of the last successful result (not about a person, so not person-keyed). */
  readLast(): Cached | null
  writeLast(cached: Cached): void
  clock?: () => number
  /** The kind filter remembered for a person (or for the device when signed out). */
  readKind(personId: string | null): KindFilter | null
  writeKind(personId: string | null, kind: KindFilter): void
}

export function createServicePointsStore(deps: ServicePointsDeps) {
  const clock = deps.clock ?? Date.now
  // Only the latest request may write results: earlier ones finishing late are dropped.
  let generation = 0
  return create<ServicePointsState>()((set, get) => ({
    locationStatus: 'idle',
    locationReason: null,
    origin: null,
    filters: NO_FILTERS,
    personId: null,
    items: [],
    total: 0,
    page: 0,
    hasMore: false,
    loading: false,
    loadingMore: false,
    error: null,
    staleSince: null,
    detail: null,
    detailLoading: false,
    detailError: null,

    async start({ filters, cityCode, cityName, personId = null, kindFromRoute = false, preselect = null }) {
      const remembered = kindFromRoute ? null : deps.readKind(personId)
      const kind = kindFromRoute
        ? kindFilter(filters)
        : remembered
          ? kindFilter(remembered)
          : preselect
            ? kindFilter(preselect)
            : kindFilter(null)
      // A kind of settlement is a hospital's: narrow to hospitals unless the route chose a type.
      const types = kind.settlement && !kindFromRoute && filters.types.length === 0 ? ['hospital' as const] : filters.types
      set({ filters: { ...filters, ...kind, types }, personId })
      if (cityCode) {
        set({ origin: { kind: 'city', cityCode, cityName: cityName ?? '' } })
        await get().load()
        return
      }
      await get().locate()
    },

    async locate() {
      set({ locationStatus: 'locating', locationReason: null })
      const result = await deps.locate()
      if (result.status === 'granted') {
        set({ locationStatus: 'granted', origin: { kind: 'here', center: { lat: result.lat, lng: result.lng } } })
        await get().load()
        return
      }
      set({ locationStatus: result.status, locationReason: result.status === 'unavailable' ? result.reason : null })
      // Without a position, a city chosen earlier still works; otherwise the page asks for one.
      if (get().origin) await get().load()
    },

    async chooseCity(cityCode, cityName) {
      set({ origin: { kind: 'city', cityCode, cityName } })
      await get().load()
    },

    async setFilters(patch) {
      const next = { ...get().filters, ...patch }
      // A disease is a 门诊慢特病 filter; leaving 门诊慢特病 drops the disease.
      if ('settlement' in patch && patch.settlement !== 'chronic') next.disease = null
      const kind = kindFilter(next)
      set({ filters: { ...next, ...kind } })
      if ('settlement' in patch || 'disease' in patch) deps.writeKind(get().personId, kind)
      await get().load()
    },

    async clearFilters() {
      set({ filters: NO_FILTERS })
      deps.writeKind(get().personId, kindFilter(null))
      await get().load()
    },

    async load() {
      const { origin, filters } = get()
      if (!origin) return
      const mine = ++generation
      set({ loading: true, error: null })
      try {
        const result = await deps.api.search(toQuery(origin, filters, 1))
        if (mine !== generation) return
        set({ items: result.items, total: result.total, page: 1, hasMore: result.hasMore, loading: false, staleSince: null })
        const cached: Cached = { origin, filters, items: result.items, total: result.total, savedAt: clock() }
        deps.writeLast(cached)
      } catch (error) {
        if (mine !== generation) return
        const cached = deps.readLast()
        if (isBackendError(error) && OFFLINE_CODES.has(error.code) && cached && cached.items.length > 0) {
          set({
            items: cached.items,
            total: cached.total,
            page: 1,
            hasMore: false,
            loading: false,
            staleSince: cached.savedAt,
            error: null,
          })
          return
        }
        set({ loading: false, error: deps.report(error), items: [], total: 0, hasMore: false, staleSince: null })
      }
    },

    async loadMore() {
      const { origin, filters, page, hasMore, loading, loadingMore, staleSince } = get()
      if (!origin || !hasMore || loading || loadingMore || staleSince) return
      const mine = generation
      set({ loadingMore: true })
      try {
        const result = await deps.api.search(toQuery(origin, filters, page + 1))
        if (mine !== generation) return
        set({ items: [...get().items, ...result.items], page: page + 1, hasMore: result.hasMore, loadingMore: false })
      } catch (error) {
        if (mine !== generation) return
        set({ loadingMore: false, error: deps.report(error) })
      }
    },

    async loadDetail(id) {
      const known = get().items.find((p) => p.id === id)
      set({ detail: known ?? null, detailLoading: true, detailError: null })
      try {
        const point = await deps.api.get(id)
        set({ detail: point, detailLoading: false })
      } catch (error) {
        set({ detailLoading: false, detailError: deps.report(error) })
      }
    },
  }))
}

export const useServicePoints = createServicePointsStore({
  api: backend.servicePoints,
  locate,
  report: errorMessage,
  readLast: () => readJson<Cached | null>(CACHE_KEY, null),
  writeLast: (cached) => writeJson(CACHE_KEY, cached),
  readKind: (personId) => readJson<KindFilter | null>(kindKey(personId), null),
  writeKind: (personId, kind) => writeJson(kindKey(personId), kind),
})

/** Per person (wiped with them on unbinding); signed out, the device's own. */
export const kindKey = (personId: string | null) => (personId ? personKey(personId, 'points-kind') : 'points-kind')

/** Whether a kind filter is remembered for the person (then no qualification preselects one). */
export const rememberedKind = (personId: string | null): KindFilter | null => readJson<KindFilter | null>(kindKey(personId), null)
