/**
 * @jest-environment node
 */
import fc from 'fast-check'
import { distance as geokdbushKm } from 'geokdbush'
import { isOpenAt, type OpeningSlot, type ServicePointType } from '@/domain'
import { createTestServer } from '@/backend/mock/test-server'
import { generateServicePoints } from '@/backend/mock/service-points-gen'
import { buildIndex, buildSubsetIndex, haversineM, scanNearest } from '@/backend/mock/service-points-geo'
import { HOURS } from '@/backend/mock/service-points-data'
import { serviceCatalogue } from '@/backend/mock/service-points'

const HENGYANG_FIRST = { lat: 26.9025, lng: 112.6055 }

describe('haversine distance', () => {
  // Published great-circle distances between city centres.
  it.each([
    ['北京–上海', { lat: 39.9042, lng: 116.4074 }, { lat: 31.2304, lng: 121.4737 }, 1_067_000],
    ['广州–深圳', { lat: 23.1291, lng: 113.2644 }, { lat: 22.5431, lng: 114.0579 }, 104_000],
    ['London–Paris', { lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 }, 343_500],
    ['New York–Los Angeles', { lat: 40.7128, lng: -74.006 }, { lat: 34.0522, lng: -118.2437 }, 3_936_000],
  ])('%s is within 0.5%% of the published figure', (_name, a, b, expected) => {
    expect(Math.abs(haversineM(a, b) - expected) / expected).toBeLessThan(0.005)
  })

  it('is zero for the same point, symmetric, and agrees with geokdbush', () => {
    const a = { lat: 26.9, lng: 112.6 }
    const b = { lat: 31.03, lng: 112.2 }
    expect(haversineM(a, a)).toBe(0)
    expect(haversineM(a, b)).toBeCloseTo(haversineM(b, a), 6)
    expect(haversineM(a, b) / 1000).toBeCloseTo(geokdbushKm(a.lng, a.lat, b.lng, b.lat), 6)
  })
})

describe('spatial index', () => {
  const latLng = fc.record({ lat: fc.double({ min: 18, max: 53, noNaN: true }), lng: fc.double({ min: 74, max: 134, noNaN: true }) })

  it('returns exactly what a full scan returns, nearest first', () => {
    fc.assert(
      fc.property(
        fc.array(latLng, { minLength: 1, maxLength: 300 }),
        latLng,
        fc.integer({ min: 1, max: 40 }),
        fc.option(fc.double({ min: 1, max: 3000, noNaN: true }), { nil: undefined }),
        (points, center, k, maxKm) => {
          const fromIndex = buildIndex(points).nearest(center, k, maxKm)
          const fromScan = scanNearest(points, center, k, maxKm)
          const d = (ids: number[]) => ids.map((i) => haversineM(center, points[i]))
          expect(fromIndex.length).toBe(fromScan.length)
          // Same distances in the same order (ids may differ only between equidistant points).
          d(fromIndex).forEach((dist, i) => expect(dist).toBeCloseTo(d(fromScan)[i], 3))
        },
      ),
      { numRuns: 200 },
    )
  })

  it('a subset index (one kind or disease) answers like a scan with that filter, in positions of the full array', () => {
    fc.assert(
      fc.property(fc.array(latLng, { minLength: 1, maxLength: 200 }), latLng, fc.integer({ min: 2, max: 5 }), (points, center, m) => {
        const settles = (i: number) => i % m === 0
        const odd = (i: number) => i % 2 === 1
        const subset = buildSubsetIndex(points, settles)
        const dist = (ids: number[]) => ids.map((i) => Math.round(haversineM(center, points[i])))
        const plain = subset.nearest(center, 10)
        expect(plain.every(settles)).toBe(true)
        expect(dist(plain)).toEqual(dist(scanNearest(points, center, 10, undefined, settles)))
        // A further filter on top (e.g. open now) still sees full-array positions.
        const both = subset.nearest(center, 10, undefined, odd)
        expect(both.every((i) => settles(i) && odd(i))).toBe(true)
        expect(dist(both)).toEqual(dist(scanNearest(points, center, 10, undefined, (i) => settles(i) && odd(i))))
      }),
      { numRuns: 100 },
    )
  })

  it('applies a predicate the same way as the scan', () => {
    fc.assert(
      fc.property(fc.array(latLng, { minLength: 1, maxLength: 200 }), latLng, (points, center) => {
        const even = (i: number) => i % 2 === 0
        const fromIndex = buildIndex(points).nearest(center, 10, undefined, even)
        expect(fromIndex.every(even)).toBe(true)
        expect(fromIndex.map((i) => Math.round(haversineM(center, points[i])))).toEqual(
          scanNearest(points, center, 10, undefined, even).map((i) => Math.round(haversineM(center, points[i]))),
        )
      }),
      { numRuns: 100 },
    )
  })
})

describe('generated national set', () => {
  const points = serviceCatalogue().points

  it('has at least 20,000 points across all 31 mainland provinces, with every type', () => {
    expect(points.length).toBeGreaterThanOrEqual(20_000)
    expect(new Set(points.map((p) => p.provinceCode)).size).toBe(31)
    expect(new Set(points.map((p) => p.type))).toEqual(new Set(['agency', 'hospital-station', 'bank', 'hospital', 'pharmacy']))
    expect(new Set(points.map((p) => p.id)).size).toBe(points.length)
  })

  it('is the same for the same seed and different for another', () => {
    const again = generateServicePoints(20261123)
    expect(again.map((p) => `${p.id}:${p.name}:${p.location.lat}`)).toEqual(points.map((p) => `${p.id}:${p.name}:${p.location.lat}`))
    // Real points are fixed; the generated ones (after them) follow the seed.
    const other = generateServicePoints(7)
    expect(other.slice(100, 200).map((p) => p.location.lat)).not.toEqual(points.slice(100, 200).map((p) => p.location.lat))
  })

  it('includes the 15 衡阳 hospitals of seed 004 as settling across provinces, and its district filing phones', () => {
    const hengyang = points.filter((p) => p.cityCode === '430400' && p.id.includes('-R'))
    const hospitals = hengyang.filter((p) => p.type === 'hospital')
    expect(hospitals).toHaveLength(15)
    expect(hospitals.every((p) => p.crossProvince.includes('inpatient'))).toBe(true)
    const centre = hengyang.find((p) => p.phone === '0734-8867038')
    expect(centre?.type).toBe('agency')
    expect(hengyang.find((p) => p.name.startsWith('衡南县'))?.extraPhones).toEqual([{ label: '城乡居民医保', number: '0734-8552048' }])
  })
})

// 2026-11-23 is a Monday. Times are China time.
const at = (iso: string) => Date.parse(`${iso}+08:00`)

describe('open now', () => {
  it('follows the edges of an agency day with a lunch break', () => {
    const hours = HOURS.agency
    expect(isOpenAt(hours, at('2026-11-23T08:29'))).toBe(false)
    expect(isOpenAt(hours, at('2026-11-23T08:30'))).toBe(true)
    expect(isOpenAt(hours, at('2026-11-23T11:59'))).toBe(true)
    expect(isOpenAt(hours, at('2026-11-23T12:00'))).toBe(false)
    expect(isOpenAt(hours, at('2026-11-23T14:30'))).toBe(true)
    expect(isOpenAt(hours, at('2026-11-23T17:30'))).toBe(false)
    expect(isOpenAt(hours, at('2026-11-28T10:00'))).toBe(false) // Saturday
  })

  it('carries a slot past midnight into the next morning', () => {
    const late = HOURS.pharmacyLate // 08:00 to 02:00
    expect(isOpenAt(late, at('2026-11-23T23:59'))).toBe(true)
    expect(isOpenAt(late, at('2026-11-24T00:00'))).toBe(true)
    expect(isOpenAt(late, at('2026-11-24T01:59'))).toBe(true)
    expect(isOpenAt(late, at('2026-11-24T02:00'))).toBe(false)
    expect(isOpenAt(late, at('2026-11-24T07:59'))).toBe(false)
  })

  it('takes the after-midnight part from the previous day only, across the week boundary', () => {
    const fridayNight: OpeningSlot[] = [{ days: [5], open: 20 * 60, close: 25 * 60 }]
    expect(isOpenAt(fridayNight, at('2026-11-28T00:30'))).toBe(true) // Saturday morning
    expect(isOpenAt(fridayNight, at('2026-11-27T00:30'))).toBe(false) // Friday morning: Thursday had no slot
    const sundayNight: OpeningSlot[] = [{ days: [7], open: 22 * 60, close: 26 * 60 }]
    expect(isOpenAt(sundayNight, at('2026-11-23T01:00'))).toBe(true) // Monday after Sunday
  })

  it('treats 24-hour places as open at midnight', () => {
    expect(isOpenAt(HOURS.allDay, at('2026-11-23T00:00'))).toBe(true)
    expect(isOpenAt(HOURS.allDay, at('2026-11-23T23:59'))).toBe(true)
  })
})

describe('search filters', () => {
  const setup = (start = at('2026-11-23T10:00')) => {
    const t = createTestServer({ start })
    return t.client().servicePoints
  }
  const base = { center: HENGYANG_FIRST, radiusKm: 30, pageSize: 50 }

  it('keeps only the chosen types, services and cross-province points', async () => {
    const api = setup()
    const types: ServicePointType[] = ['bank', 'agency']
    const byType = await api.search({ ...base, types })
    expect(byType.total).toBeGreaterThan(0)
    expect(byType.items.every((p) => types.includes(p.type))).toBe(true)
    const byService = await api.search({ ...base, services: ['filing', 'chronic-disease'] })
    expect(byService.items.every((p) => p.services.includes('filing') && p.services.includes('chronic-disease'))).toBe(true)
    const cross = await api.search({ ...base, crossProvinceOnly: true })
    expect(cross.items.every((p) => p.crossProvince.length > 0)).toBe(true)
  })

  it('combines filters as an intersection and clearing them restores the total', async () => {
    const api = setup()
    const all = await api.search(base)
    const hospitals = await api.search({ ...base, types: ['hospital'] })
    const crossHospitals = await api.search({ ...base, types: ['hospital'], crossProvinceOnly: true })
    expect(crossHospitals.total).toBeLessThan(hospitals.total)
    expect(hospitals.total).toBeLessThan(all.total)
    expect((await api.search(base)).total).toBe(all.total)
  })

  it('filters "open now" by the server clock', async () => {
    const weekday = await setup(at('2026-11-23T10:00')).search({ ...base, types: ['agency'], openNow: true })
    expect(weekday.total).toBeGreaterThan(0)
    const sundayNight = await setup(at('2026-11-29T03:00')).search({ ...base, openNow: true })
    expect(sundayNight.items.every((p) => p.type === 'hospital' || p.type === 'pharmacy')).toBe(true)
    expect(sundayNight.total).toBeGreaterThan(0)
  })

  it('finds by name or address keyword', async () => {
    const api = setup()
    const byName = await api.search({ ...base, keyword: '南华大学' })
    expect(byName.items.length).toBeGreaterThan(0)
    expect(byName.items.every((p) => p.name.includes('南华大学') || p.address.includes('南华大学'))).toBe(true)
    const byAddress = await api.search({ ...base, keyword: '船山路' })
    expect(byAddress.items.some((p) => p.name === '南华大学附属第一医院')).toBe(true)
  })
})
