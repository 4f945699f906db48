import { SERVICE_POINT_LIMITS } from '@/domain'
import { expectBackendError, type ContractFactory } from '@/backend/contract/harness'

const NEAR_NANHUA_FIRST = { lat: 26.9025, lng: 112.6055 }

export function servicePointsContract(make: ContractFactory): void {
  describe('service points', () => {
    it('lists the nearest points first, to anyone, with distances in metres', async () => {
      const { anonymous } = await make()
      const page = await anonymous.servicePoints.search({ center: NEAR_NANHUA_FIRST })
      expect(page.items[0].name).toBe('南华大学附属第一医院')
      const distances = page.items.map((p) => p.distanceM ?? -1)
      expect(distances.every((d) => d >= 0)).toBe(true)
      expect([...distances].sort((a, b) => a - b)).toEqual(distances)
      expect(page.items.length).toBe(SERVICE_POINT_LIMITS.defaultPageSize)
      expect(distances[distances.length - 1]).toBeLessThanOrEqual(SERVICE_POINT_LIMITS.defaultRadiusKm * 1000)
    })

    it('pages without overlap and reports the total', async () => {
      const { demo } = await make()
      const q = { center: NEAR_NANHUA_FIRST, radiusKm: 10, pageSize: 7 }
      const first = await demo.servicePoints.search({ ...q, page: 1 })
      const second = await demo.servicePoints.search({ ...q, page: 2 })
      expect(first.hasMore).toBe(true)
      expect(second.items.some((p) => first.items.some((f) => f.id === p.id))).toBe(false)
      expect(second.items[0].distanceM ?? 0).toBeGreaterThanOrEqual(first.items[6].distanceM ?? 0)
      const last = Math.ceil(first.total / 7)
      const end = await demo.servicePoints.search({ ...q, page: last })
      expect(end.hasMore).toBe(false)
      expect(end.items.length).toBe(first.total - 7 * (last - 1))
    })

    it('lists a chosen city without a position, e.g. the 衡阳 hospitals that settle across provinces', async () => {
      const { demo } = await make()
      const page = await demo.servicePoints.search({ cityCode: '430400', crossProvinceOnly: true, pageSize: 50 })
      expect(page.items.every((p) => p.cityCode === '430400' && p.crossProvince.length > 0 && p.distanceM === undefined)).toBe(true)
      expect(page.items.map((p) => p.name)).toEqual(expect.arrayContaining(['南华大学附属第一医院', '衡阳市中心医院', '耒阳市人民医院']))
    })

    it('filters by settlement kind and by 门诊慢特病 disease, e.g. 广州 hospitals that settle 糖尿病', async () => {
      const { anonymous } = await make()
      const base = { cityCode: '440100', pageSize: 50 }
      const chronic = await anonymous.servicePoints.search({ ...base, settlement: 'chronic' })
      expect(chronic.total).toBeGreaterThan(0)
      expect(chronic.items.every((p) => p.crossProvince.includes('chronic'))).toBe(true)
      const diabetes = await anonymous.servicePoints.search({ ...base, disease: 'diabetes' })
      expect(diabetes.total).toBeGreaterThan(0)
      expect(diabetes.items.every((p) => p.crossProvince.includes('chronic') && p.chronicDiseases?.includes('diabetes'))).toBe(true)
      const transplant = await anonymous.servicePoints.search({ ...base, disease: 'transplant' })
      // A rarer disease is settled at fewer places than a common one, and only where listed.
      expect(transplant.total).toBeLessThan(diabetes.total)
      expect(transplant.items.every((p) => p.chronicDiseases?.includes('transplant'))).toBe(true)
      const inpatient = await anonymous.servicePoints.search({ ...base, settlement: 'inpatient' })
      expect(inpatient.items.every((p) => p.crossProvince.includes('inpatient'))).toBe(true)
      // The nearest-first path filters the same way.
      const near = await anonymous.servicePoints.search({ center: { lat: 23.1291, lng: 113.2644 }, disease: 'diabetes', radiusKm: 30 })
      expect(near.items.length).toBeGreaterThan(0)
      expect(near.items.every((p) => p.chronicDiseases?.includes('diabetes'))).toBe(true)
      await expectBackendError(anonymous.servicePoints.search({ ...base, settlement: 'dental' as never }), 'VALIDATION')
      await expectBackendError(anonymous.servicePoints.search({ ...base, disease: '糖尿病' as never }), 'VALIDATION')
    })

    it('claims no 门诊慢特病 disease for a real institution whose source names none', async () => {
      const { anonymous } = await make()
      const hy = await anonymous.servicePoints.search({ cityCode: '430400', types: ['hospital'], pageSize: 50 })
      const real = hy.items.filter((p) => !p.demo)
      expect(real.length).toBeGreaterThan(0)
      // Seed 004 lists the 衡阳 hospitals for 住院 settlement only.
      expect(real.every((p) => p.crossProvince.join() === 'inpatient' && p.chronicDiseases === undefined)).toBe(true)
      const diabetes = await anonymous.servicePoints.search({ cityCode: '430400', disease: 'diabetes', pageSize: 50 })
      expect(diabetes.items.some((p) => !p.demo)).toBe(false)
    })

    it('returns one point by id, the same as in the list', async () => {
      const { anonymous } = await make()
      const [hit] = (await anonymous.servicePoints.search({ center: NEAR_NANHUA_FIRST, pageSize: 1 })).items
      const point = await anonymous.servicePoints.get(hit.id)
      const { distanceM: _d, ...withoutDistance } = hit
      expect(point).toEqual(withoutDistance)
      await expectBackendError(anonymous.servicePoints.get('SP999900-001'), 'NOT_FOUND')
      await expectBackendError(anonymous.servicePoints.get('../etc'), 'VALIDATION')
    })

    it('refuses unbounded or malformed queries with a typed error', async () => {
      const { demo } = await make()
      const bad: unknown[] = [
        {},
        { center: { lat: 91, lng: 112 } },
        { center: { lat: 26.9, lng: 'east' } },
        { center: NEAR_NANHUA_FIRST, radiusKm: SERVICE_POINT_LIMITS.maxRadiusKm + 1 },
        { center: NEAR_NANHUA_FIRST, radiusKm: 0 },
        { center: NEAR_NANHUA_FIRST, pageSize: SERVICE_POINT_LIMITS.maxPageSize + 1 },
        { center: NEAR_NANHUA_FIRST, page: 0 },
        { center: NEAR_NANHUA_FIRST, types: ['clinic'] },
        { center: NEAR_NANHUA_FIRST, services: ['everything'] },
        { cityCode: '4304' },
        { center: NEAR_NANHUA_FIRST, keyword: '长'.repeat(SERVICE_POINT_LIMITS.maxKeywordLength + 1) },
      ]
      for (const query of bad) {
        await expectBackendError(demo.servicePoints.search(query as never), 'VALIDATION')
      }
    })
  })
}
