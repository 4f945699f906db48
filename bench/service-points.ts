// Nearest-k over the national service-point set: kdbush/geokdbush index vs a naive full scan, in the same run.
import { createRng } from '@/backend/mock/rng'
import { generateServicePoints } from '@/backend/mock/service-points-gen'
import { buildIndex, buildSubsetIndex, scanNearest } from '@/backend/mock/service-points-geo'
import { createServicePointsService } from '@/backend/mock/service-points'
import { createTestServer } from '@/backend/mock/test-server'
import { median, report, timeEach } from './_lib'

const BENCH = 'service-points'
const K = 20

let start = performance.now()
const all = generateServicePoints(20261123)
report(BENCH, 'generate_ms', performance.now() - start, 'ms')
report(BENCH, 'points_total', all.length, 'count')

const locations = all.slice(0, 20_000).map((p) => p.location)
report(BENCH, 'points_indexed', locations.length, 'count')

const builds: number[] = []
for (let i = 0; i < 7; i++) {
  start = performance.now()
  buildIndex(locations)
  builds.push(performance.now() - start)
}
report(BENCH, 'index_build_ms', median(builds.slice(2)), 'ms')

// Queries near real points (people search where points are), jittered by up to ~5 km.
const rng = createRng(42)
const queries = Array.from({ length: 2000 }, () => {
  const p = locations[Math.floor(rng.next() * locations.length)]
  return { lat: p.lat + (rng.next() - 0.5) * 0.09, lng: p.lng + (rng.next() - 0.5) * 0.09 }
})
const index = buildIndex(locations)

const indexed = median(timeEach(queries, (q) => index.nearest(q, K)))
const scanned = median(timeEach(queries.slice(0, 300), (q) => scanNearest(locations, q, K)))
report(BENCH, 'nearest20_median_ms', indexed, 'ms')
report(BENCH, 'scan20_median_ms', scanned, 'ms')
report(BENCH, 'nearest20_speedup_vs_scan', scanned / indexed, 'x')

// The whole server call: validation, filters, distances, paging (no network simulation).
const service = createServicePointsService(createTestServer().server)
const caller = { token: null }
service.search(caller, { center: queries[0] })
const api = median(
  timeEach(queries.slice(0, 500), (q) => service.search(caller, { center: q, radiusKm: 20, types: ['hospital', 'agency'], openNow: true })),
)
report(BENCH, 'search_api_median_ms', api, 'ms')

// With the finder's kind filter on: hospitals that settle 门诊慢特病 for 糖尿病 (the most selective common filter),
// within the default 20 km: the per-disease index the server uses vs a scan with the same filter (which skips the
// other points before measuring any distance), and the big index filtering during its walk.
const indexedPoints = all.slice(0, locations.length)
const diabetes = (i: number) => {
  const p = indexedPoints[i]
  return p.crossProvince.includes('chronic') && !!p.chronicDiseases?.includes('diabetes')
}
report(BENCH, 'points_settling_diabetes', indexedPoints.filter((_, i) => diabetes(i)).length, 'count')
const radius = 20
const diabetesIndex = buildSubsetIndex(locations, diabetes)
const filteredIndexed = median(timeEach(queries, (q) => diabetesIndex.nearest(q, K, radius)))
const walkFiltered = median(timeEach(queries, (q) => index.nearest(q, K, radius, diabetes)))
report(BENCH, 'nearest20_diabetes_walkfilter_median_ms', walkFiltered, 'ms')
const filteredScanned = median(timeEach(queries.slice(0, 300), (q) => scanNearest(locations, q, K, radius, diabetes)))
report(BENCH, 'nearest20_diabetes_median_ms', filteredIndexed, 'ms')
report(BENCH, 'scan20_diabetes_median_ms', filteredScanned, 'ms')
report(BENCH, 'nearest20_diabetes_speedup_vs_scan', filteredScanned / filteredIndexed, 'x')
const apiFiltered = median(
  timeEach(queries.slice(0, 500), (q) => service.search(caller, { center: q, radiusKm: 20, settlement: 'chronic', disease: 'diabetes' })),
)
report(BENCH, 'search_api_diabetes_median_ms', apiFiltered, 'ms')
