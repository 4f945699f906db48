/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs'
import { WALKING_RING_M, type ServicePoint } from '@/domain'
import { cities, generateServicePoints, SEED_CITIES } from '@/backend/mock/service-points-gen'
import { REAL_POINTS } from '@/backend/mock/service-points-data'
import { haversineM } from '@/backend/mock/service-points-geo'
import { buildCityTable, OUT } from '../../../scripts/city-table'

const points = generateServicePoints(20261123)
const cityByCode = new Map(cities().map((c) => [c.code, c]))
const km = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => haversineM(a, b) / 1000
const at = ([lat, lng]: [number, number]) => ({ lat, lng })

describe('city table (GeoNames centres, libphonenumber area codes)', () => {
  // Reference coordinates of the city seats, independent of GeoNames (government seat or city centre, to ~0.01°).
  it.each([
    ['珠海市', 22.27, 113.57],
    ['嘉峪关市', 39.8, 98.29],
    ['衡阳市', 26.89, 112.6],
    ['荆门市', 31.03, 112.2],
    ['北京市', 39.9, 116.4],
    ['乌鲁木齐市', 43.83, 87.62],
    ['三亚市', 18.25, 109.51],
    ['厦门市', 24.48, 118.09],
    ['信阳市', 32.13, 114.09],
    ['鄂州市', 30.39, 114.89],
    ['延边朝鲜族自治州', 42.9, 129.51],
    ['阿勒泰地区', 47.84, 88.14],
  ])('places %s within 5 km of where it is', (name, lat, lng) => {
    const city = cities().find((c) => c.name === name)!
    expect(km(at(city.center), { lat, lng })).toBeLessThan(5)
  })

  it('covers every mainland prefecture-level city once, each with an area code', () => {
    const all = cities()
    expect(all).toHaveLength(337)
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length)
    expect(new Set(all.map((c) => c.code.slice(0, 2))).size).toBe(31)
    for (const c of all) expect(c.areaCode).toMatch(/^0(10|2\d|[3-9]\d\d)$/)
  })

  it.each([
    ['北京市', '010'],
    ['上海市', '021'],
    ['衡阳市', '0734'],
    ['荆门市', '0724'],
    ['珠海市', '0756'],
    ['嘉峪关市', '0937'],
    ['襄阳市', '0710'],
    ['株洲市', '0731'],
    ['秦皇岛市', '0335'],
  ])('gives %s its real area code %s', (name, code) => {
    expect(cities().find((c) => c.name === name)?.areaCode).toBe(code)
  })

  it('shares an area code only between neighbouring cities', () => {
    const byCode = new Map<string, ReturnType<typeof cities>>()
    for (const c of cities()) byCode.set(c.areaCode, [...(byCode.get(c.areaCode) ?? []), c])
    for (const group of byCode.values()) {
      // 三沙 (on 永兴岛) and 海口 share 海南's 0898 at about 420 km.
      for (const c of group) expect(km(at(c.center), at(group[0].center))).toBeLessThan(500)
    }
  })

  it('keeps county towns with their city (none much nearer another centre) and none in 香港 or 澳门', () => {
    const all = cities()
    for (const c of all) {
      for (const t of c.towns) {
        const own = km(at(t), at(c.center))
        expect(own).toBeLessThan(700) // 海西's 茫崖 is about 680 km from 德令哈
        if (own > 150) for (const o of all) if (o !== c) expect(km(at(t), at(o.center))).toBeGreaterThan(own / 2 - 2)
      }
    }
    const zhuhai = all.find((c) => c.name === '珠海市')!
    // 澳门's centre is about 8 km south of 珠海's.
    for (const t of zhuhai.towns) expect(km(at(t), { lat: 22.19, lng: 113.54 })).toBeGreaterThan(3)
  })

  it('is the committed output of scripts/city-table.ts (run npm run city-table after changing it)', async () => {
    expect(readFileSync(OUT, 'utf8')).toBe(await buildCityTable())
  }, 60_000)
})

describe('demo points', () => {
  const demo = points.filter((p) => p.demo)

  it('are every generated point, and no real one', () => {
    expect(demo.length).toBeGreaterThan(20_000)
    for (const p of points) {
      const isReal = /-R\d\d$/.test(p.id)
      if (isReal) expect(p.demo).toBeFalsy()
      if (!/-R\d\d/.test(p.id)) expect(p.demo).toBe(true)
    }
  })

  it('lie near their city: within 12 km of its centre, a county town, or a real agency of the city', () => {
    for (const p of demo) {
      if (/-R\d\dS$/.test(p.id)) continue // a station at a real hospital, checked with the real points
      const city = cityByCode.get(p.cityCode)!
      const anchors = [city.center, ...city.towns].map(at)
      for (const r of REAL_POINTS[p.cityCode] ?? []) anchors.push(r.location)
      expect(Math.min(...anchors.map((a) => km(a, p.location)))).toBeLessThan(12)
    }
  })

  it('have the city’s real area code and a local part no real line has', () => {
    for (const p of demo) {
      if (/-R\d\dS$/.test(p.id)) continue
      const code = cityByCode.get(p.cityCode)!.areaCode
      expect(p.phone).toMatch(new RegExp(`^${code}-0\\d{${code.length === 3 ? 7 : 6}}$`))
    }
  })

  it('have unique names within a city, none of a real point', () => {
    const seen = new Set<string>()
    for (const p of points) {
      const key = `${p.cityCode}:${p.name}`
      expect(seen.has(key)).toBe(false)
      seen.add(key)
    }
  })

  it('have plausible grades: a 社区卫生服务中心 is 一级, 三级 only for general hospitals, a station only in grade 2+', () => {
    const hospitals = demo.filter((p) => p.type === 'hospital')
    expect(new Set(hospitals.map((p) => p.grade))).toEqual(new Set(['三级甲等', '二级甲等', '二级乙等', '一级']))
    for (const p of hospitals) {
      if (p.name.endsWith('社区卫生服务中心')) expect(p.grade).toBe('一级')
      if (p.grade?.startsWith('三级')) expect(p.name).toMatch(/医院$/)
      if (p.grade === '一级') expect(p.crossProvince).not.toContain('inpatient')
    }
    const byName = new Map(points.map((p) => [`${p.cityCode}:${p.name}`, p]))
    for (const s of points.filter((p) => p.type === 'hospital-station')) {
      const host = byName.get(`${s.cityCode}:${s.name.replace(/医保服务站$/, '')}`)
      expect(host?.type).toBe('hospital')
      expect(host?.grade).not.toBe('一级')
    }
  })

  it('use no bank or pharmacy chain’s name', () => {
    const brands = /工商银行|农业银行|中国银行|建设银行|交通银行|邮政储蓄|老百姓|益丰|大参林|国大|一心堂|漱玉|海王星辰|养天和/
    for (const p of demo) if (!/-R\d\dS$/.test(p.id)) expect(p.name).not.toMatch(brands)
  })
})

describe('real institutions', () => {
  const real = points.filter((p) => /-R\d\d$/.test(p.id))
  // Seed 004's 衡阳 filing lines, the only numbers the seeds give for an institution.
  const SEED_004 = new Set(
    '8867038 6653009 6653002 6283999 8551013 8552048 5222146 5236151 4322176 4269955 7237198 7668376 5678399 5665088 8468503 8827349 2540500 8683284 8177151 8839523'
      .split(' ')
      .map((n) => `0734-${n}`),
  )

  it('have no invented phone number: a seed 004 line with its 2017 date, or none', () => {
    expect(real.length).toBeGreaterThan(40)
    for (const p of real) {
      for (const number of [p.phone, ...(p.extraPhones ?? []).map((x) => x.number)].filter(Boolean)) {
        expect(SEED_004.has(number)).toBe(true)
        expect(p.phoneNote).toContain('2017年')
      }
    }
    // Every 荆门 agency and every hospital has none.
    expect(real.filter((p) => p.cityCode === '420800' || p.type === 'hospital').every((p) => p.phone === '' && !p.extraPhones)).toBe(true)
  })

  it('go by their current name, with the former one (解放军第一六九医院 is now 第九二一医院)', () => {
    const renamed = real.find((p) => p.formerName === '解放军第一六九医院')
    expect(renamed?.name).toBe('中国人民解放军联勤保障部队第九二一医院')
    expect(real.some((p) => p.name === '解放军第一六九医院')).toBe(false)
  })
})

describe('coverage in the seed cities (seed 003 items 17 and 21)', () => {
  // County seats of 荆门 (seed 003) and 衡阳 (seed 004): the county agency's position, or for 衡山 its hospital's.
  const seats = Object.entries(REAL_POINTS)
    .filter(([code]) => SEED_CITIES.has(code))
    .flatMap(([, list]) => list)
    .filter((p) => /[县市区]医保|[县市区]医疗保障局|新区|管理区|衡山县人民医院/.test(p.name))
  const isServicePoint = (p: ServicePoint) => p.type !== 'hospital'

  it('lists the counties the issue names', () => {
    const names = seats.map((p) => p.name.slice(0, 2))
    for (const county of ['钟祥', '京山', '沙洋', '耒阳', '常宁', '祁东', '衡山', '衡东', '衡南']) expect(names).toContain(county)
  })

  it.each(seats.map((p) => [p.name, p] as const))(
    '%s has at least 10 服务站（点） within 8 km and one within a 15-minute walk',
    (_name, seat) => {
      const near = points.filter((p) => p.name !== seat.name && isServicePoint(p) && km(p.location, seat.location) <= 8)
      expect(near.length).toBeGreaterThanOrEqual(10)
      expect(near.some((p) => haversineM(p.location, seat.location) <= WALKING_RING_M)).toBe(true)
    },
  )
})
