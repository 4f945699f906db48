/** Pure rules of the service-point finder: labels, filters → query, and the map projection. */
import {
  isOpenAt,
  MEDICAL_INSURANCE_HOTLINE,
  SERVICE_KIND_LABELS,
  SERVICE_POINT_LIMITS,
  SETTLEMENT_SCOPE_LABELS,
  type LatLng,
  type OpeningSlot,
  type ServiceKind,
  type ServicePoint,
  type ServicePointQuery,
  type ServicePointType,
} from '@/domain'

export interface Filters {
  types: ServicePointType[]
  service: ServiceKind | null
  crossProvince: boolean
  openNow: boolean
  keyword: string
}

export const NO_FILTERS: Filters = { types: [], service: null, crossProvince: false, openNow: false, keyword: '' }

/** Where the list is centred: the device, or a chosen city. */
export type Origin = { kind: 'here'; center: LatLng } | { kind: 'city'; cityCode: string; cityName: string; center?: LatLng }

export function filtersActive(f: Filters): boolean {
  return f.types.length > 0 || f.service !== null || f.crossProvince || f.openNow || f.keyword.trim() !== ''
}

export function toQuery(origin: Origin, f: Filters, page: number): ServicePointQuery {
  const keyword = f.keyword.trim().slice(0, SERVICE_POINT_LIMITS.maxKeywordLength)
  return {
    ...(origin.kind === 'here' ? { center: origin.center } : { cityCode: origin.cityCode, center: origin.center }),
    ...(f.types.length ? { types: f.types } : {}),
    ...(f.service ? { services: [f.service] } : {}),
    ...(f.crossProvince ? { crossProvinceOnly: true } : {}),
    ...(f.openNow ? { openNow: true } : {}),
    ...(keyword ? { keyword } : {}),
    page,
    pageSize: SERVICE_POINT_LIMITS.defaultPageSize,
  }
}

const TYPES: ServicePointType[] = ['agency', 'hospital-station', 'bank', 'hospital', 'pharmacy']

/** Route query → initial filters and city (other features link here with `cityCode`, `crossProvince=1`, `type`, `service`). */
export function fromRoute(params: Record<string, string | undefined>): { filters: Filters; cityCode: string | null } {
  const type = params.type as ServicePointType | undefined
  const service = params.service as ServiceKind | undefined
  return {
    filters: {
      ...NO_FILTERS,
      types: type && TYPES.includes(type) ? [type] : [],
      service: service && service in SERVICE_KIND_LABELS ? service : null,
      crossProvince: params.crossProvince === '1' || params.crossProvince === 'true',
    },
    cityCode: params.cityCode && /^\d{6}$/.test(params.cityCode) ? params.cityCode : null,
  }
}

/** `850 米`, `1.2 公里`, `12 公里`. */
export function formatDistance(m: number | undefined): string {
  if (m === undefined) return ''
  if (m < 1000) return `${Math.max(10, Math.round(m / 10) * 10)}米`
  if (m < 10_000) return `${(Math.round(m / 100) / 10).toFixed(1)}公里`
  return `${Math.round(m / 1000)}公里`
}

/** Walking minutes at about 80 m a minute. */
export function walkingMinutes(m: number): number {
  return Math.max(1, Math.round(m / 80))
}

const DAY_NAMES = ['', '周一', '周二', '周三', '周四', '周五', '周六', '周日']

function clock(minutes: number): string {
  const m = minutes % 1440
  const text = `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
  return minutes > 1440 ? `次日${text}` : text
}

function daysLabel(days: number[]): string {
  const sorted = [...days].sort((a, b) => a - b)
  if (sorted.length === 7) return '每天'
  const contiguous = sorted.every((d, i) => i === 0 || d === sorted[i - 1] + 1)
  if (contiguous && sorted.length > 2) return `${DAY_NAMES[sorted[0]]}至${DAY_NAMES[sorted[sorted.length - 1]]}`
  return sorted.map((d) => DAY_NAMES[d]).join('、')
}

/** Opening hours as lines, e.g. `周一至周五 08:30-12:00、14:30-17:30`. */
export function hoursLines(hours: readonly OpeningSlot[]): string[] {
  const groups = new Map<string, { days: number[]; ranges: string[] }>()
  for (const slot of hours) {
    const key = slot.days.join(',')
    const range = slot.open === 0 && slot.close === 1440 ? '24小时' : `${clock(slot.open)}-${clock(slot.close)}`
    const group = groups.get(key)
    if (group) group.ranges.push(range)
    else groups.set(key, { days: slot.days, ranges: [range] })
  }
  return [...groups.values()].map((g) => `${daysLabel(g.days)} ${g.ranges.join('、')}`)
}

export function openLabel(hours: readonly OpeningSlot[], at: number): { open: boolean; text: string } {
  const open = isOpenAt(hours, at)
  return { open, text: open ? '营业中' : '休息中' }
}

export function servicesLabel(services: readonly ServiceKind[]): string[] {
  return services.map((s) => SERVICE_KIND_LABELS[s])
}

/** `住院 · 普通门诊 · 门慢特病`, or '' when the point does not settle across provinces. */
export function crossProvinceLabel(point: Pick<ServicePoint, 'crossProvince'>): string {
  return point.crossProvince.map((s) => SETTLEMENT_SCOPE_LABELS[s]).join(' · ')
}

export function phonesOf(point: Pick<ServicePoint, 'phone' | 'extraPhones'>): { label: string; number: string }[] {
  const main = point.phone ? [{ label: point.extraPhones?.length ? '职工医保' : '电话', number: point.phone }] : []
  return [...main, ...(point.extraPhones ?? [])]
}

export type CallPoint = Pick<ServicePoint, 'phone' | 'extraPhones' | 'demo' | 'phoneNote'>

/**
 * What the call button does. A demo point's number is fictitious and a real institution without a sourced number has
 * none: both offer the 12393 hotline instead, saying why. A sourced number is dialled, after its note (e.g. its date).
 */
export type CallPlan =
  | { kind: 'hotline'; number: string; title: string; content: string }
  | { kind: 'dial'; phones: { label: string; number: string }[]; note?: string }

export function callPlan(point: CallPoint): CallPlan {
  const hotline = `如需咨询，可拨打全国医保服务热线 ${MEDICAL_INSURANCE_HOTLINE}。`
  if (point.demo) {
    return {
      kind: 'hotline',
      number: MEDICAL_INSURANCE_HOTLINE,
      title: '演示数据',
      content: `这是演示网点，不是真实机构，电话为虚构号码，无法拨打。${hotline}`,
    }
  }
  const phones = phonesOf(point)
  if (phones.length === 0) {
    return {
      kind: 'hotline',
      number: MEDICAL_INSURANCE_HOTLINE,
      title: '暂未收录电话',
      content: `本应用不编造机构电话，该机构的电话尚未核实收录。${hotline}`,
    }
  }
  return { kind: 'dial', phones, note: point.phoneNote }
}

/** The phone section of a point's detail page: what to say above the numbers, and whether they can be tapped. */
export function phoneSummary(point: CallPoint): { note: string; dialable: boolean } {
  if (point.demo) return { note: `演示号码（虚构，无法接通）。如需咨询，可拨打医保服务热线 ${MEDICAL_INSURANCE_HOTLINE}`, dialable: false }
  if (phonesOf(point).length === 0) {
    return { note: `暂未收录该机构的电话（本应用不编造号码），可拨打医保服务热线 ${MEDICAL_INSURANCE_HOTLINE}`, dialable: false }
  }
  return { note: point.phoneNote ?? '', dialable: true }
}

/**
 * Projects points onto a square plot centred on `center`, `spanM` metres from centre to edge:
 * x and y in 0…1 (y down = south). Equirectangular, which is exact enough over a few km.
 */
export function project(center: LatLng, p: LatLng, spanM: number): { x: number; y: number } {
  const mPerDegLat = 111_195
  const dy = (p.lat - center.lat) * mPerDegLat
  const dx = (p.lng - center.lng) * mPerDegLat * Math.cos((center.lat * Math.PI) / 180)
  return { x: 0.5 + dx / (2 * spanM), y: 0.5 - dy / (2 * spanM) }
}

/** Span for the plot: enough for the nearest points and the walking ring, between 1.5 and 6 km. */
export function plotSpanM(distances: number[], ringM: number): number {
  const sorted = [...distances].sort((a, b) => a - b)
  const reach = sorted[Math.min(sorted.length - 1, 19)] ?? ringM
  return Math.min(6000, Math.max(1500, ringM * 1.25, reach * 1.1))
}
