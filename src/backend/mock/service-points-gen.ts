/**
 * The national service-point set: the real points the seeds name, plus a generated demo set, deterministic from the
 * seed. Demo points sit around real city centres and county towns (city-table.generated.ts, from GeoNames), carry the
 * city's real area code, have generic names that no real institution uses, and are flagged `demo`.
 */
import type { OpeningSlot, ServiceKind, ServicePoint, ServicePointType, SettlementScope } from '@/domain'
import type { ChronicDiseaseId } from '@/domain/coverage'
import { createRng, hashSeed, type Rng } from '@/backend/mock/rng'
import { CITY_ROWS } from '@/backend/mock/city-table.generated'
import { DEFAULTS, HOURS, REAL_POINTS, STATIONS_FROM_SEED } from '@/backend/mock/service-points-data'

const ROADS =
  '人民路,解放路,建设路,中山路,和平路,胜利路,文化路,光明路,新华路,长江路,黄河路,朝阳路,滨江路,迎宾路,青年路,学府路,东风路,五一路,八一路,团结路,幸福路,健康路,锦绣路,天府路,振兴路,育才路,花园路,北京路,南京路,友谊路'.split(
    ',',
  )
const DISTRICTS = '城东,城西,城南,城北,开发区,高新区,新区,老城区'.split(',')
/** Generic pharmacy names, none of them a chain's brand. */
const PHARMACY_WORDS = '康宁,惠民,安泰,济生,恒康,德济,民康,益寿,福康,仁济,春和,瑞康'.split(',')

export interface City {
  code: string
  name: string
  areaCode: string
  center: [number, number]
  /** Other county-level towns of the city (GeoNames), where demo points cluster too. */
  towns: [number, number][]
}

const latLng = (text: string): [number, number] => {
  const [lat, lng] = text.split(',').map(Number)
  return [lat, lng]
}

let cityCache: City[] | null = null

/** Every mainland prefecture-level city, with its real centre, area code and county towns. */
export function cities(): City[] {
  cityCache ??= CITY_ROWS.split('\n').map((row) => {
    const [head, areaCode, center, towns] = row.split('|')
    return {
      code: `${head.slice(0, 4)}00`,
      name: head.slice(4),
      areaCode,
      center: latLng(center),
      towns: towns
        ? towns.split(';').map((t): [number, number] => {
            const [dLat, dLng] = latLng(t)
            const [lat, lng] = latLng(center)
            return [lat + dLat / 100, lng + dLng / 100]
          })
        : [],
    }
  })
  return cityCache
}

/**
 * Seed 003 item 17 (荆门): at least 10 服务站（点） in every county. The seed cities (荆门, and 衡阳 whose counties the demo
 * account's parents live in) get that many demo points per county town; elsewhere a town gets a few, to keep the
 * national set small enough to generate on a phone.
 */
export const SEED_TOWN_POINTS = 12
const TOWN_POINTS = 4
export const SEED_CITIES = new Set(['420800', '430400'])
/** A real agency this far from every other place of demo points gets its own cluster (e.g. 沙洋, which GeoNames misfiles). */
const OWN_CLUSTER_KM = 2

function km(a: [number, number], b: [number, number]): number {
  const dLat = (b[0] - a[0]) * 111.2
  const dLng = (b[1] - a[1]) * 111.2 * Math.cos((a[0] * Math.PI) / 180)
  return Math.hypot(dLat, dLng)
}

/**
 * A demo number: the city's real area code and a local part starting with 0. No real line's local number starts
 * with 0 (it is the trunk prefix), so nobody who dials it by hand reaches a stranger.
 */
function demoPhone(rng: Rng, areaCode: string): string {
  const digits = areaCode.length === 3 ? 8 : 7
  return `${areaCode}-0${String(rng.int(0, 10 ** (digits - 1) - 1)).padStart(digits - 1, '0')}`
}

interface Draft {
  name: string
  type: ServicePointType
  hours: OpeningSlot[]
  services: ServiceKind[]
  crossProvince: SettlementScope[]
  grade?: string
}

interface HospitalKind {
  grade: string
  crossProvince: SettlementScope[]
  name: (road: string, district: string) => string
}

/** Plausible grades by kind: 三级 only for general hospitals in the city proper; a 社区卫生服务中心 is 一级. */
function hospitalKind(rng: Rng, short: string, inCity: boolean): HospitalKind {
  const tier = rng.next()
  if (inCity && tier < 0.12) return { grade: '三级甲等', crossProvince: DEFAULTS.ALL_SCOPES, name: (_r, d) => `${short}${d}医院` }
  if (tier < 0.55) {
    return {
      grade: rng.chance(0.7) ? '二级甲等' : '二级乙等',
      crossProvince: rng.chance(0.7) ? ['inpatient', 'outpatient'] : ['inpatient'],
      name: (r) => `${short}${r}医院`,
    }
  }
  return { grade: '一级', crossProvince: rng.chance(0.3) ? ['outpatient'] : [], name: (r) => `${short}${r}社区卫生服务中心` }
}

/** Types of the points around a city centre; a town gets a fixed mix (TOWN_MIX). */
const CENTRE_MIX: [ServicePointType, number][] = [
  ['agency', 0.04],
  ['bank', 0.26],
  ['hospital', 0.2],
  ['pharmacy', 0.5],
]
/** A county town: two hospitals, and ten 服务站（点）: the first hospital's 医保服务站, four banks, five pharmacies. */
const TOWN_MIX: ServicePointType[] = [
  'pharmacy',
  'hospital',
  'bank',
  'pharmacy',
  'bank',
  'hospital',
  'pharmacy',
  'bank',
  'pharmacy',
  'bank',
  'pharmacy',
]

function pickType(rng: Rng): ServicePointType {
  let r = rng.next()
  for (const [type, share] of CENTRE_MIX) {
    if ((r -= share) < 0) return type
  }
  return 'pharmacy'
}

interface Cluster {
  center: [number, number]
  count: number
  spreadKm: number
  inCity: boolean
}

function clusters(city: City): Cluster[] {
  const capital = city.code.endsWith('0100')
  const real = REAL_POINTS[city.code] ?? []
  const perTown = SEED_CITIES.has(city.code) ? SEED_TOWN_POINTS : TOWN_POINTS
  const out: Cluster[] = [{ center: city.center, count: capital ? 100 : real.length ? 80 : 30, spreadKm: capital ? 12 : 8, inCity: true }]
  const places = [city.center, ...city.towns]
  for (const town of city.towns) out.push({ center: town, count: perTown, spreadKm: 3, inCity: false })
  for (const p of real) {
    const at: [number, number] = [p.location.lat, p.location.lng]
    if (p.type !== 'agency' || places.some((q) => km(q, at) < OWN_CLUSTER_KM)) continue
    places.push(at)
    out.push({ center: at, count: perTown, spreadKm: 3, inCity: false })
  }
  return out
}

function generated(seed: number, city: City): ServicePoint[] {
  const rng = createRng(hashSeed(`${seed}:points:${city.code}`))
  const short = city.name.replace(/(市|地区|盟)$/, '')
  const hasRealAgencies = (REAL_POINTS[city.code] ?? []).some((p) => p.type === 'agency')
  const points: ServicePoint[] = []
  const names = new Set((REAL_POINTS[city.code] ?? []).map((p) => p.name))
  const unique = (make: () => string): string => {
    for (let i = 0; i < 4; i++) {
      const name = make()
      if (!names.has(name)) return (names.add(name), name)
    }
    // Dense cities run out of road names: number it, the way Chinese names do (城东第二医院, 人民路第三社区卫生服务中心).
    const base = make()
    for (let n = 2; ; n++) {
      const nth = n <= 10 ? '二三四五六七八九十'[n - 2] : String(n)
      const kind = /(医院|社区卫生服务中心|银行网点医保服务点|医保经办服务网点|店）)$/.exec(base)?.[1]
      const name =
        kind === '店）' ? base.replace(/店）$/, `${nth}店）`) : kind ? `${base.slice(0, -kind.length)}第${nth}${kind}` : `${base}${nth}`
      if (!names.has(name)) return (names.add(name), name)
    }
  }
  const push = (draft: Draft, location: [number, number], address: string) => {
    const id = `SP${city.code}-${String(points.length + 1).padStart(3, '0')}`
    const settlement = demoSettlement(id, draft)
    points.push({
      id,
      name: draft.name,
      type: draft.type,
      address,
      phone: demoPhone(rng, city.areaCode),
      location: { lat: Math.round(location[0] * 1e6) / 1e6, lng: Math.round(location[1] * 1e6) / 1e6 },
      provinceCode: `${city.code.slice(0, 2)}0000`,
      cityCode: city.code,
      hours: draft.hours,
      services: draft.services,
      ...settlement,
      grade: draft.grade,
      demo: true,
    })
  }

  for (const cluster of clusters(city)) {
    for (let n = 0; n < cluster.count; n++) {
      const type = cluster.inCity ? pickType(rng) : TOWN_MIX[n % TOWN_MIX.length]
      // Denser near the centre, like a real town; the first point of a cluster is within a 15-minute walk of it.
      const r = n === 0 ? 0.9 * rng.next() : cluster.spreadKm * rng.next() ** 1.5
      const angle = rng.next() * 2 * Math.PI
      const lat = cluster.center[0] + (r * Math.sin(angle)) / 111.2
      const lng = cluster.center[1] + (r * Math.cos(angle)) / (111.2 * Math.cos(cluster.center[0] * (Math.PI / 180)))
      const road = rng.pick(ROADS)
      const address = `${city.name}${road}${rng.int(1, 399)}号`
      let draft: Draft
      switch (type) {
        case 'agency':
          if (hasRealAgencies) {
            draft = { type: 'pharmacy', name: '', hours: HOURS.pharmacy, services: ['evoucher'], crossProvince: [] }
            draft.name = unique(() => `${rng.pick(PHARMACY_WORDS)}大药房（${short}${rng.pick(ROADS)}店）`)
            break
          }
          draft = { type, name: '', hours: HOURS.agency, services: DEFAULTS.AGENCY_SERVICES, crossProvince: [] }
          draft.name = unique(() => `${short}${rng.pick(DISTRICTS)}医保经办服务网点`)
          break
        case 'bank':
          draft = { type, name: '', hours: HOURS.bank, services: ['payment', 'evoucher', 'enrolment'], crossProvince: [] }
          draft.name = unique(() => `${short}${rng.pick(ROADS)}银行网点医保服务点`)
          break
        case 'hospital': {
          const kind = hospitalKind(rng, short, cluster.inCity)
          const name = unique(() => kind.name(rng.pick(ROADS), rng.pick(DISTRICTS)))
          draft = { type, name, hours: HOURS.allDay, services: ['evoucher'], crossProvince: kind.crossProvince, grade: kind.grade }
          break
        }
        default: {
          const h = rng.next()
          const hours = h < 0.6 ? HOURS.pharmacy : h < 0.85 ? HOURS.pharmacyLate : HOURS.allDay
          draft = { type: 'pharmacy', name: '', hours, services: rng.chance(0.5) ? ['evoucher'] : [], crossProvince: [] }
          draft.name = unique(() => `${rng.pick(PHARMACY_WORDS)}大药房（${short}${rng.pick(ROADS)}店）`)
        }
      }
      push(draft, [lat, lng], address)
      // Seed 003 item 17: a grade-2 or higher hospital hosts a 医保服务站, in its outpatient hall.
      if (draft.type === 'hospital' && draft.grade !== '一级') {
        push(
          {
            name: `${draft.name}医保服务站`,
            type: 'hospital-station',
            hours: HOURS.station,
            services: DEFAULTS.STATION_SERVICES,
            crossProvince: [],
          },
          [lat + 0.0002, lng + 0.0002],
          `${address}（门诊大厅）`,
        )
        names.add(`${draft.name}医保服务站`)
      }
    }
  }
  return points
}

/** FNV-1a of a string: a stable value per point that does not draw from the generator's random stream. */
function stableHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h >>> 0
}

/**
 * A demo hospital's 门诊慢特病: a 三级甲等 one settles it with 高血压 and 糖尿病 and most of the other three; about half
 * of the 二级 ones that settle outpatient care also settle 高血压 and 糖尿病 (some also 尿毒症透析). Derived from the id,
 * so the random stream (and every other generated value) stays as it was.
 */
export function demoSettlement(
  id: string,
  draft: Pick<Draft, 'crossProvince' | 'grade'>,
): Pick<ServicePoint, 'crossProvince' | 'chronicDiseases'> {
  const h = stableHash(id)
  if (draft.crossProvince.includes('chronic')) {
    const diseases: ChronicDiseaseId[] = ['hypertension', 'diabetes']
    if (h % 10 < 8) diseases.push('cancer-therapy')
    if ((h >>> 4) % 10 < 7) diseases.push('dialysis')
    if ((h >>> 8) % 10 < 3) diseases.push('transplant')
    return { crossProvince: draft.crossProvince, chronicDiseases: diseases }
  }
  if (draft.grade?.startsWith('二级') && draft.crossProvince.includes('outpatient') && h % 2 === 0) {
    const diseases: ChronicDiseaseId[] = (h >>> 4) % 4 === 0 ? ['hypertension', 'diabetes', 'dialysis'] : ['hypertension', 'diabetes']
    return { crossProvince: [...draft.crossProvince, 'chronic'], chronicDiseases: diseases }
  }
  return { crossProvince: draft.crossProvince }
}

function real(cityCode: string): ServicePoint[] {
  const out: ServicePoint[] = []
  for (const [i, p] of (REAL_POINTS[cityCode] ?? []).entries()) {
    const base: ServicePoint = {
      ...p,
      id: `SP${cityCode}-R${String(i + 1).padStart(2, '0')}`,
      provinceCode: `${cityCode.slice(0, 2)}0000`,
      cityCode,
      hours: p.hours ?? (p.type === 'agency' ? HOURS.agency : HOURS.allDay),
      services: p.services ?? (p.type === 'agency' ? DEFAULTS.AGENCY_SERVICES : ['evoucher']),
      crossProvince: p.crossProvince ?? [],
    }
    out.push(base)
    if (p.type === 'hospital') {
      // Where seed 003 applies, the station is part of the real network; elsewhere it illustrates one, as a demo.
      const fromSeed = STATIONS_FROM_SEED.has(cityCode)
      out.push({
        ...base,
        id: `${base.id}S`,
        name: `${p.name}医保服务站`,
        type: 'hospital-station',
        address: `${p.address}（门诊大厅）`,
        location: { lat: p.location.lat + 0.0002, lng: p.location.lng + 0.0002 },
        hours: HOURS.station,
        services: DEFAULTS.STATION_SERVICES,
        crossProvince: [],
        grade: undefined,
        formerName: undefined,
        ...(fromSeed
          ? { sourceNote: '荆门市医疗保障局2023年便民措施：二级及以上定点医疗机构设立医保服务站' }
          : { demo: true, sourceNote: undefined }),
      })
    }
  }
  return out
}

/** All points: real ones first, then the generated national set. */
export function generateServicePoints(seed: number): ServicePoint[] {
  const out: ServicePoint[] = []
  for (const code of Object.keys(REAL_POINTS)) out.push(...real(code))
  for (const city of cities()) out.push(...generated(seed, city))
  return out
}
