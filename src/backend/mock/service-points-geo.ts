/** Spatial helpers for service points: great-circle distance and a kd-tree index (kdbush + geokdbush). */
import KDBush from 'kdbush'
import { around } from 'geokdbush'
import type { LatLng } from '@/domain'

// The same radius geokdbush uses, so index and scan agree at the boundary.
const EARTH_RADIUS_M = 6371000
const RAD = Math.PI / 180

/** Haversine distance in metres. */
export function haversineM(a: LatLng, b: LatLng): number {
  const dLat = (b.lat - a.lat) * RAD
  const dLng = (b.lng - a.lng) * RAD
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

export interface PointIndex {
  /** Ids (positions in the indexed array) nearest first, within `maxKm`, passing `keep`. */
  nearest(center: LatLng, limit: number, maxKm?: number, keep?: (i: number) => boolean): number[]
}

export function buildIndex(locations: readonly LatLng[]): PointIndex {
  const index = new KDBush(locations.length)
  for (const p of locations) index.add(p.lng, p.lat)
  index.finish()
  return {
    nearest: (center, limit, maxKm = Infinity, keep) => around(index, center.lng, center.lat, limit, maxKm, keep),
  }
}

/** The baseline the index must beat: measure every point, sort, take the first `limit`. */
export function scanNearest(
  locations: readonly LatLng[],
  center: LatLng,
  limit: number,
  maxKm = Infinity,
  keep?: (i: number) => boolean,
): number[] {
  const hits: { i: number; d: number }[] = []
  for (let i = 0; i < locations.length; i++) {
    if (keep && !keep(i)) continue
    const d = haversineM(center, locations[i])
    if (d <= maxKm * 1000) hits.push({ i, d })
  }
  hits.sort((a, b) => a.d - b.d || a.i - b.i)
  return hits.slice(0, limit).map((h) => h.i)
}

/**
 * An index over the points `include` keeps (e.g. those that settle one 门诊慢特病), answering with positions in the
 * full array. A selective filter then walks a small tree instead of skipping most of the big one.
 */
export function buildSubsetIndex(locations: readonly LatLng[], include: (i: number) => boolean): PointIndex {
  const ids: number[] = []
  for (let i = 0; i < locations.length; i++) if (include(i)) ids.push(i)
  const inner = buildIndex(ids.map((i) => locations[i]))
  return {
    nearest: (center, limit, maxKm, keep) => inner.nearest(center, limit, maxKm, keep && ((j) => keep(ids[j]))).map((j) => ids[j]),
  }
}
