import { devControls } from '@/backend'
import { storage } from '@/platform/storage'
import { CACHE_KEY, kindKey, useServicePoints } from '@/features/service-points/service-points-store'
import { NO_FILTERS } from '@/features/service-points/model'

jest.mock('@/platform/location', () => ({
  locate: jest.fn(async () => ({ status: 'granted', lat: 26.9025, lng: 112.6055 })),
}))

const online = async () => (await devControls())!.save({ presets: ['fast'], sessionTtlSec: null })
const offline = async () => (await devControls())!.save({ presets: ['fast', 'offline'], sessionTtlSec: null })

describe('service points store', () => {
  beforeEach(async () => {
    storage.remove(CACHE_KEY)
    for (const p of ['P001', 'P002', null]) storage.remove(kindKey(p))
    useServicePoints.setState({ filters: NO_FILTERS, origin: null, items: [], total: 0, staleSince: null, error: null })
    await online()
  })

  it('loads the nearest points from the device position and caches them', async () => {
    await useServicePoints.getState().start({ filters: NO_FILTERS, cityCode: null })
    const s = useServicePoints.getState()
    expect(s.locationStatus).toBe('granted')
    expect(s.items[0].name).toBe('南华大学附属第一医院')
    expect(s.staleSince).toBeNull()
    expect(storage.get(CACHE_KEY)).toContain('南华大学附属第一医院')
  })

  it('shows the last result marked not fresh when offline, and fresh again when back online', async () => {
    await useServicePoints.getState().start({ filters: NO_FILTERS, cityCode: null })
    const fresh = useServicePoints.getState().items.map((p) => p.id)
    await offline()
    await useServicePoints.getState().setFilters({ openNow: true })
    let s = useServicePoints.getState()
    expect(s.error).toBeNull()
    expect(s.staleSince).not.toBeNull()
    expect(s.items.map((p) => p.id)).toEqual(fresh)
    await online()
    await useServicePoints.getState().load()
    s = useServicePoints.getState()
    expect(s.staleSince).toBeNull()
  })

  it('says so when offline with nothing cached', async () => {
    await offline()
    await useServicePoints.getState().chooseCity('430400', '衡阳市')
    const s = useServicePoints.getState()
    expect(s.items).toHaveLength(0)
    expect(s.error).toBe('网络连接失败，请检查网络后重试')
  })

  it('narrows with filters and restores the total when they are cleared', async () => {
    await useServicePoints.getState().chooseCity('430400', '衡阳市')
    const all = useServicePoints.getState().total
    await useServicePoints.getState().setFilters({ crossProvince: true, types: ['hospital'] })
    const narrowed = useServicePoints.getState()
    expect(narrowed.total).toBeLessThan(all)
    expect(narrowed.items.every((p) => p.type === 'hospital' && p.crossProvince.length > 0)).toBe(true)
    await useServicePoints.getState().clearFilters()
    expect(useServicePoints.getState().total).toBe(all)
  })

  it('remembers the kind filter per person, and preselects a qualified disease only when nothing is remembered', async () => {
    const start = (personId: string, preselect: { settlement: 'chronic'; disease: 'hypertension' } | null = null) =>
      useServicePoints.getState().start({ filters: NO_FILTERS, cityCode: '440100', cityName: '广州市', personId, preselect })
    await start('P001')
    expect(useServicePoints.getState().filters.settlement).toBeNull()
    await useServicePoints.getState().setFilters({ disease: 'diabetes' })
    let s = useServicePoints.getState()
    expect(s.filters).toMatchObject({ settlement: 'chronic', disease: 'diabetes' })
    expect(s.total).toBeGreaterThan(0)
    expect(s.items.every((p) => p.chronicDiseases?.includes('diabetes'))).toBe(true)

    // Another person starts with their own (a qualification preselects 高血压 for 王秀英).
    await start('P002', { settlement: 'chronic', disease: 'hypertension' })
    expect(useServicePoints.getState().filters).toMatchObject({ settlement: 'chronic', disease: 'hypertension', types: ['hospital'] })
    await useServicePoints.getState().setFilters({ settlement: 'inpatient' })
    s = useServicePoints.getState()
    // Leaving 门诊慢特病 drops the disease.
    expect(s.filters).toMatchObject({ settlement: 'inpatient', disease: null })

    // Back to 李明: his choice is remembered (and wins over any preselection); 王秀英's too.
    await start('P001', { settlement: 'chronic', disease: 'hypertension' })
    expect(useServicePoints.getState().filters).toMatchObject({ settlement: 'chronic', disease: 'diabetes' })
    await start('P002', { settlement: 'chronic', disease: 'hypertension' })
    expect(useServicePoints.getState().filters).toMatchObject({ settlement: 'inpatient', disease: null })
  })
})
