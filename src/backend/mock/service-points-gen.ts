/** The national service-point set: seeded real points plus a generated set, deterministic from the seed. */
import type { OpeningSlot, ServiceKind, ServicePoint, ServicePointType, SettlementScope } from '@/domain'
import { createRng, hashSeed, type Rng } from '@/backend/mock/rng'
import { CITY_CENTRES, CITY_TABLE, DEFAULTS, HOURS, PROVINCES, REAL_POINTS } from '@/backend/mock/service-points-data'

const ROADS =
  '人民路,解放路,建设路,中山路,和平路,胜利路,文化路,光明路,新华路,长江路,黄河路,朝阳路,滨江路,迎宾路,青年路,学府路,东风路,五一路,八一路,团结路,幸福路,健康路,锦绣路,天府路,振兴路,育才路,花园路,北京路,南京路,友谊路'.split(
    ',',
  )
const DISTRICTS = '城东,城西,城南,城北,开发区,高新区,新区,老城区'.split(',')
const BANKS: [string, string][] = [
  ['中国工商银行', '95588'],
  ['中国农业银行', '95599'],
  ['中国银行', '95566'],
  ['中国建设银行', '95533'],
  ['交通银行', '95559'],
  ['中国邮政储蓄银行', '95580'],
]
const HOSPITALS = '人民医院,第一人民医院,第二人民医院,中心医院,中医医院,妇幼保健院,第三人民医院,中西医结合医院'.split(',')
const PHARMACIES = '老百姓大药房,益丰大药房,大参林,国大药房,一心堂,漱玉平民大药房,海王星辰,养天和大药房'.split(',')

/** Share of each type among generated points. */
const TYPE_MIX: [ServicePointType, number][] = [
  ['agency', 0.04],
  ['hospital-station', 0.12],
  ['bank', 0.24],
  ['hospital', 0.15],
  ['pharmacy', 0.45],
]

export interface City {
  code: string
  name: string
  center: [number, number]
  count: number
}

/** Every mainland city with its centre and how many points to generate there (capitals and known cities get more). */
export function cities(seed: number): City[] {
  return CITY_TABLE.split(',').map((entry) => {
    const code4 = entry.slice(0, 4)
    const province = PROVINCES[code4.slice(0, 2)]
    const capital = code4.endsWith('01')
    let center = CITY_CENTRES[code4] ?? (capital ? province.capital : undefined)
    if (!center) {
      const rng = createRng(hashSeed(`${seed}:city:${code4}`))
      const [minLng, minLat, maxLng, maxLat] = province.box
      // Keep away from the box edges, where irregular provinces are least likely to be.
      center = [minLat + (0.15 + 0.7 * rng.next()) * (maxLat - minLat), minLng + (0.15 + 0.7 * rng.next()) * (maxLng - minLng)]
    }
    return { code: `${code4}00`, name: entry.slice(4), center, count: capital ? 150 : CITY_CENTRES[code4] ? 90 : 50 }
  })
}

function pickType(rng: Rng): ServicePointType {
  let r = rng.next()
  for (const [type, share] of TYPE_MIX) {
    if ((r -= share) < 0) return type
  }
  return 'pharmacy'
}

function phone(rng: Rng, areaCode: string): string {
  return `${areaCode}-${rng.int(2000000, 8999999)}`
}

function generated(seed: number, city: City): ServicePoint[] {
  const rng = createRng(hashSeed(`${seed}:points:${city.code}`))
  const short = city.name.replace(/市$/, '')
  const areaCode = AREA_CODES[city.code] ?? `0${rng.int(310, 999)}`
  const capital = city.code.endsWith('0100')
  const spreadKm = capital ? 14 : 9
  const points: ServicePoint[] = []
  // Cities with real hospitals get only community clinics generated, so names never collide with the real ones.
  const usedHospitalNames = new Set<string>(REAL_POINTS[city.code] ? HOSPITALS : [])
  for (let n = 0; n < city.count; n++) {
    const type = pickType(rng)
    // Denser near the centre, like a real city.
    const r = spreadKm * rng.next() ** 1.5
    const angle = rng.next() * 2 * Math.PI
    const lat = city.center[0] + (r * Math.sin(angle)) / 111.2
    const lng = city.center[1] + (r * Math.cos(angle)) / (111.2 * Math.cos(city.center[0] * (Math.PI / 180)))
    const road = rng.pick(ROADS)
    const address = `${city.name}${road}${rng.int(1, 399)}号`
    let name: string
    let hours: OpeningSlot[]
    let services: ServiceKind[]
    let crossProvince: SettlementScope[] = []
    let grade: string | undefined
    let tel = phone(rng, areaCode)
    switch (type) {
      case 'agency':
        name = `${short}医疗保障事务中心${rng.pick(DISTRICTS)}服务大厅`
        hours = HOURS.agency
        services = DEFAULTS.AGENCY_SERVICES
        break
      case 'hospital-station':
        name = REAL_POINTS[city.code] ? `${short}${road}社区医保服务站` : `${short}${rng.pick(HOSPITALS)}医保服务站`
        hours = HOURS.station
        services = DEFAULTS.STATION_SERVICES
        break
      case 'bank': {
        const [bank, hotline] = rng.pick(BANKS)
        name = `${bank}${short}${road}支行医保服务点`
        hours = HOURS.bank
        services = ['payment', 'evoucher', 'enrolment']
        tel = hotline
        break
      }
      case 'hospital': {
        const base = rng.pick(HOSPITALS)
        name = usedHospitalNames.has(base) ? `${short}${road}社区卫生服务中心` : `${short}${base}`
        usedHospitalNames.add(base)
        const tier = rng.next()
        grade = tier < 0.2 ? '三级甲等' : tier < 0.7 ? '二级甲等' : '一级'
        crossProvince =
          tier < 0.2
            ? DEFAULTS.ALL_SCOPES
            : tier < 0.7
              ? rng.chance(0.7)
                ? ['inpatient', 'outpatient']
                : ['inpatient']
              : rng.chance(0.3)
                ? ['outpatient']
                : []
        hours = HOURS.allDay
        services = ['evoucher']
        break
      }
      default: {
        name = `${rng.pick(PHARMACIES)}（${short}${road}店）`
        const h = rng.next()
        hours = h < 0.6 ? HOURS.pharmacy : h < 0.85 ? HOURS.pharmacyLate : HOURS.allDay
        services = rng.chance(0.5) ? ['evoucher'] : []
      }
    }
    points.push({
      id: `SP${city.code}-${String(n + 1).padStart(3, '0')}`,
      name,
      type,
      address,
      phone: tel,
      location: { lat: Math.round(lat * 1e6) / 1e6, lng: Math.round(lng * 1e6) / 1e6 },
      provinceCode: `${city.code.slice(0, 2)}0000`,
      cityCode: city.code,
      hours,
      services,
      crossProvince,
      grade,
    })
  }
  return points
}

function real(seed: number, cityCode: string, areaCode: string): ServicePoint[] {
  const rng = createRng(hashSeed(`${seed}:real:${cityCode}`))
  const out: ServicePoint[] = []
  for (const [i, p] of (REAL_POINTS[cityCode] ?? []).entries()) {
    const base: ServicePoint = {
      ...p,
      id: `SP${cityCode}-R${String(i + 1).padStart(2, '0')}`,
      phone: p.phone || phone(rng, areaCode),
      provinceCode: `${cityCode.slice(0, 2)}0000`,
      cityCode,
      hours: p.hours ?? (p.type === 'agency' ? HOURS.agency : HOURS.allDay),
      services: p.services ?? (p.type === 'agency' ? DEFAULTS.AGENCY_SERVICES : ['evoucher']),
      crossProvince: p.crossProvince ?? [],
    }
    out.push(base)
    // Seed 003: grade-2 and higher hospitals host a 医保服务站.
    if (p.type === 'hospital') {
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
      })
    }
  }
  return out
}

const AREA_CODES: Record<string, string> = {
  '430400': '0734',
  '420800': '0724',
  '320100': '025',
  '430100': '0731',
  '420100': '027',
  '430600': '0730',
}

/** All points: real ones first, then the generated national set. */
export function generateServicePoints(seed: number): ServicePoint[] {
  const out: ServicePoint[] = []
  for (const code of Object.keys(REAL_POINTS)) out.push(...real(seed, code, AREA_CODES[code] ?? '0000'))
  for (const city of cities(seed)) out.push(...generated(seed, city))
  return out
}
