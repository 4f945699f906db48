import {
  fromRoute,
  formatDistance,
  hoursLines,
  filtersActive,
  NO_FILTERS,
  plotSpanM,
  project,
  toQuery,
  phonesOf,
  crossProvinceLabel,
  chronicDiseasesLine,
  kindFilter,
  kindFilterLabel,
  settlementChips,
} from '@/features/service-points/model'

describe('service point model', () => {
  it('formats distances in 米 below 1 km and 公里 above', () => {
    expect(formatDistance(0)).toBe('10米')
    expect(formatDistance(846)).toBe('850米')
    expect(formatDistance(1000)).toBe('1.0公里')
    expect(formatDistance(1249)).toBe('1.2公里')
    expect(formatDistance(12_600)).toBe('13公里')
    expect(formatDistance(undefined)).toBe('')
  })

  it('describes opening hours per day group, including past midnight', () => {
    expect(
      hoursLines([
        { days: [1, 2, 3, 4, 5], open: 510, close: 720 },
        { days: [1, 2, 3, 4, 5], open: 870, close: 1050 },
        { days: [6, 7], open: 570, close: 960 },
      ]),
    ).toEqual(['周一至周五 08:30-12:00、14:30-17:30', '周六、周日 09:30-16:00'])
    expect(hoursLines([{ days: [1, 2, 3, 4, 5, 6, 7], open: 480, close: 1560 }])).toEqual(['每天 08:00-次日02:00'])
    expect(hoursLines([{ days: [1, 2, 3, 4, 5, 6, 7], open: 0, close: 1440 }])).toEqual(['每天 24小时'])
  })

  it('reads the links other features use', () => {
    expect(fromRoute({ cityCode: '430400', crossProvince: '1' })).toEqual({
      cityCode: '430400',
      kindFromRoute: false,
      filters: { ...NO_FILTERS, crossProvince: true },
    })
    // The filing detail page's link: institutions in the 就医地 that settle a kind (a disease implies 门诊慢特病).
    expect(fromRoute({ cityCode: '420800', settlement: 'inpatient' })).toEqual({
      cityCode: '420800',
      kindFromRoute: true,
      filters: { ...NO_FILTERS, types: ['hospital'], settlement: 'inpatient' },
    })
    expect(fromRoute({ disease: 'diabetes' }).filters).toMatchObject({ settlement: 'chronic', disease: 'diabetes' })
    expect(fromRoute({ settlement: 'dental', disease: '糖尿病' })).toMatchObject({ kindFromRoute: false, filters: NO_FILTERS })
    expect(fromRoute({ type: 'agency', service: 'filing' }).filters).toEqual({ ...NO_FILTERS, types: ['agency'], service: 'filing' })
    // Junk in the URL is ignored rather than sent to the server.
    expect(fromRoute({ cityCode: '43', type: 'clinic', service: 'x' })).toEqual({
      cityCode: null,
      kindFromRoute: false,
      filters: NO_FILTERS,
    })
  })

  it('turns filters into a query, leaving unset filters out', () => {
    const here = { kind: 'here' as const, center: { lat: 26.9, lng: 112.6 } }
    expect(toQuery(here, NO_FILTERS, 1)).toEqual({ center: here.center, page: 1, pageSize: 20 })
    expect(filtersActive(NO_FILTERS)).toBe(false)
    const f = {
      ...NO_FILTERS,
      types: ['bank' as const],
      service: 'payment' as const,
      openNow: true,
      crossProvince: true,
      keyword: '  工商 ',
    }
    expect(filtersActive(f)).toBe(true)
    expect(toQuery({ kind: 'city', cityCode: '430400', cityName: '衡阳市' }, f, 2)).toEqual({
      cityCode: '430400',
      center: undefined,
      types: ['bank'],
      services: ['payment'],
      crossProvinceOnly: true,
      openNow: true,
      keyword: '工商',
      page: 2,
      pageSize: 20,
    })
    // The kind filter: a disease only travels with 门诊慢特病.
    const chronic = { ...NO_FILTERS, settlement: 'chronic' as const, disease: 'diabetes' as const }
    expect(filtersActive(chronic)).toBe(true)
    expect(toQuery(here, chronic, 1)).toMatchObject({ settlement: 'chronic', disease: 'diabetes' })
    expect(toQuery(here, { ...chronic, settlement: 'inpatient' }, 1)).not.toHaveProperty('disease')
    expect(kindFilterLabel(chronic)).toBe('门诊慢特病 · 糖尿病')
  })

  it('cleans a stored or routed kind filter', () => {
    expect(kindFilter(null)).toEqual({ settlement: null, disease: null })
    expect(kindFilter({ settlement: 'outpatient', disease: 'x' })).toEqual({ settlement: 'outpatient', disease: null })
    expect(kindFilter({ disease: 'dialysis' })).toEqual({ settlement: 'chronic', disease: 'dialysis' })
  })

  it('labels phones and cross-province kinds', () => {
    expect(phonesOf({ phone: '0734-8551013', extraPhones: [{ label: '城乡居民医保', number: '0734-8552048' }] })).toEqual([
      { label: '职工医保', number: '0734-8551013' },
      { label: '城乡居民医保', number: '0734-8552048' },
    ])
    expect(phonesOf({ phone: '' })).toEqual([])
    expect(crossProvinceLabel({ crossProvince: ['inpatient', 'chronic'] })).toBe('住院 · 门诊慢特病')
    expect(settlementChips({ crossProvince: ['inpatient', 'outpatient', 'chronic'] })).toEqual(['住院', '普通门诊', '门诊慢特病'])
    expect(chronicDiseasesLine({ crossProvince: ['chronic'], chronicDiseases: ['hypertension', 'diabetes'] })).toBe('高血压、糖尿病')
    // A real institution whose source names no disease: the app says so rather than guess.
    expect(chronicDiseasesLine({ crossProvince: ['chronic'] })).toMatch(/未收录/)
    expect(chronicDiseasesLine({ crossProvince: ['inpatient'] })).toBeNull()
  })

  it('projects to scale around the centre for the h5 map', () => {
    const c = { lat: 26.9, lng: 112.6 }
    expect(project(c, c, 1000)).toEqual({ x: 0.5, y: 0.5 })
    // 1 km north at a 1 km span is the top edge; east is right.
    expect(project(c, { lat: 26.9 + 1000 / 111_195, lng: 112.6 }, 1000).y).toBeCloseTo(0, 3)
    expect(project(c, { lat: 26.9, lng: 112.61 }, 1000).x).toBeGreaterThan(0.5)
    expect(plotSpanM([100, 200], 1200)).toBe(1500)
    expect(plotSpanM(Array(20).fill(50_000), 1200)).toBe(6000)
  })
})
