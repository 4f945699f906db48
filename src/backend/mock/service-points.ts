import { BackendError, isOpenAt, SERVICE_POINT_LIMITS as LIMITS } from '@/domain'
import type { Page, ServicePoint, ServicePointHit, ServicePointType, SettlementScope } from '@/domain'
import type { ChronicDiseaseId } from '@/domain/coverage'
import { type ServicePointsApi } from '@/backend/port/service-points'
import { parseInput } from '@/domain/validate'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { DEFAULT_SEED } from '@/backend/mock/server'
import { generateServicePoints } from '@/backend/mock/service-points-gen'
import { buildIndex, buildSubsetIndex, haversineM, type PointIndex } from '@/backend/mock/service-points-geo'
import { ServicePointIdSchema, ServicePointQuerySchema } from '@/domain/service-points/schema'

/** Type order for city lists without a centre: where people go to get things done first. */
const TYPE_RANK: Record<ServicePointType, number> = { agency: 0, 'hospital-station': 1, hospital: 2, bank: 3, pharmacy: 4 }

interface Catalogue {
  points: ServicePoint[]
  byId: Map<string, number>
  byCity: Map<string, number[]>
  index: PointIndex
  /** Indexes of the points that settle one kind or one disease, built on first use (`chronic`, `diabetes`, …). */
  byKind: Map<string, PointIndex>
}

/** The index a query walks: a kind or disease filter has its own smaller one. */
function indexFor(c: Catalogue, q: { settlement?: SettlementScope; disease?: ChronicDiseaseId }): PointIndex {
  const key = q.disease ?? q.settlement
  if (!key) return c.index
  let index = c.byKind.get(key)
  if (!index) {
    const settles = (p: ServicePoint) =>
      q.disease ? p.crossProvince.includes('chronic') && !!p.chronicDiseases?.includes(q.disease) : p.crossProvince.includes(q.settlement!)
    index = buildSubsetIndex(
      c.points.map((p) => p.location),
      (i) => settles(c.points[i]),
    )
    c.byKind.set(key, index)
  }
  return index
}

// Regenerated (never persisted) on first use, and shared by every server with the same seed.
const catalogues = new Map<number, Catalogue>()

export function serviceCatalogue(seed: number = DEFAULT_SEED): Catalogue {
  let c = catalogues.get(seed)
  if (!c) {
    const points = generateServicePoints(seed)
    const byId = new Map<string, number>()
    const byCity = new Map<string, number[]>()
    points.forEach((p, i) => {
      byId.set(p.id, i)
      const list = byCity.get(p.cityCode)
      if (list) list.push(i)
      else byCity.set(p.cityCode, [i])
    })
    c = { points, byId, byCity, index: buildIndex(points.map((p) => p.location)), byKind: new Map() }
    catalogues.set(seed, c)
  }
  return c
}

export function createServicePointsService(server: MockServer): ServerSide<ServicePointsApi> {
  const catalogue = () => serviceCatalogue(server.state.seed)

  return {
    // Public information: no sign-in needed, and no person is named.
    search(_caller, raw) {
      const q = parseInput(ServicePointQuerySchema, raw)
      const c = catalogue()
      const { points, byCity } = c
      const now = server.now()
      const keyword = q.keyword?.toLowerCase() ?? ''
      const keep = (i: number): boolean => {
        const p = points[i]
        if (q.cityCode && p.cityCode !== q.cityCode) return false
        if (q.types?.length && !q.types.includes(p.type)) return false
        if (q.services?.length && !q.services.every((s) => p.services.includes(s))) return false
        if (q.crossProvinceOnly && p.crossProvince.length === 0) return false
        if (q.settlement && !p.crossProvince.includes(q.settlement)) return false
        // A disease means its 门诊慢特病 settles there; a point whose diseases no source names never matches.
        if (q.disease && !(p.crossProvince.includes('chronic') && p.chronicDiseases?.includes(q.disease))) return false
        if (keyword && !p.name.toLowerCase().includes(keyword) && !p.address.toLowerCase().includes(keyword)) return false
        if (q.openNow && !isOpenAt(p.hours, now)) return false
        return true
      }

      let hits: ServicePointHit[]
      if (q.cityCode) {
        // A chosen city lists all of it; with a centre, nearest first.
        const ids = (byCity.get(q.cityCode) ?? []).filter(keep)
        const center = q.center
        if (center) {
          hits = ids.map((i) => ({ ...points[i], distanceM: Math.round(haversineM(center, points[i].location)) }))
          hits = hits.filter((h) => q.radiusKm === undefined || (h.distanceM ?? 0) <= q.radiusKm * 1000)
          hits.sort((a, b) => (a.distanceM ?? 0) - (b.distanceM ?? 0) || a.id.localeCompare(b.id))
        } else {
          hits = ids.map((i) => points[i])
          // Stable sort: within a type, real (seeded) points stay ahead of generated ones.
          hits.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type])
        }
      } else {
        const center = q.center as { lat: number; lng: number }
        const ids = indexFor(c, q).nearest(center, Infinity, q.radiusKm ?? LIMITS.defaultRadiusKm, keep)
        hits = ids.map((i) => ({ ...points[i], distanceM: Math.round(haversineM(center, points[i].location)) }))
      }

      const page = q.page ?? 1
      const pageSize = q.pageSize ?? LIMITS.defaultPageSize
      const items = hits.slice((page - 1) * pageSize, page * pageSize)
      const result: Page<ServicePointHit> = { items, page, pageSize, total: hits.length, hasMore: page * pageSize < hits.length }
      return result
    },

    get(_caller, rawId) {
      const id = parseInput(ServicePointIdSchema, rawId)
      const { points, byId } = catalogue()
      const i = byId.get(id)
      if (i === undefined) throw new BackendError('NOT_FOUND', '没有找到该网点')
      return points[i]
    },
  }
}
