/** Pure rules of the service-point finder: labels, filters → query, and the map projection. */
import {
  isOpenAt,
  MEDICAL_INSURANCE_HOTLINE,
  SERVICE_KIND_LABELS,
  SERVICE_POINT_LIMITS,
  type LatLng,
  type OpeningSlot,
  type ServiceKind,
  type ServicePoint,
  type ServicePointQuery,
  type ServicePointType,
  type SettlementScope,
} from '@/domain'
import { CHRONIC_DISEASE_LABELS, COVERAGE_KIND_LABELS, DIRECT_KINDS, isChronicDiseaseId, type ChronicDiseaseId } from '@/domain/coverage'

export interface Filters {
  types: ServicePointType[]
  service: ServiceKind | null
  crossProvince: boolean
  openNow: boolean
  keyword: string
  /** Only points that settle this kind across provinces. */
  settlement: SettlementScope | null
  /** With `settlement: 'chronic'`: only points that settle this disease. */
  disease: ChronicDiseaseId | null
}

export const NO_FILTERS: Filters = {
  types: [],
  service: null,
  crossProvince: false,
  openNow: false,
  keyword: '',
  settlement: null,
  disease: null,
}

/** The part of the filters remembered per person: what care they look for. */
export type KindFilter = Pick<Filters, 'settlement' | 'disease'>

/** A stored or routed kind filter, cleaned: unknown values dropped, a disease only with 门诊慢特病. */
export function kindFilter(raw: { settlement?: unknown; disease?: unknown } | null | undefined): KindFilter {
  const settlement = DIRECT_KINDS.includes(raw?.settlement as SettlementScope) ? (raw?.settlement as SettlementScope) : null
  const disease = isChronicDiseaseId(raw?.disease) ? raw.disease : null
  if (disease) return { settlement: 'chronic', disease }
  return { settlement, disease: null }
}

/** The kind chips of the finder, in plain words. */
export const KIND_OPTIONS: { value: SettlementScope | null; label: string }[] = [
  { value: null, label: '不限结算类型' },
  ...DIRECT_KINDS.map((k) => ({ value: k, label: COVERAGE_KIND_LABELS[k] })),
]

export const DISEASE_OPTIONS: { value: ChronicDiseaseId | null; label: string }[] = [
  { value: null, label: '全部病种' },
  ...(Object.keys(CHRONIC_DISEASE_LABELS) as ChronicDiseaseId[]).map((d) => ({ value: d, label: CHRONIC_DISEASE_LABELS[d] })),
]

/** What the kind filter asks for, in words: `门诊慢特病 · 糖尿病`. */
export function kindFilterLabel(f: KindFilter): string {
  if (!f.settlement) return ''
  return f.disease ? `${COVERAGE_KIND_LABELS.chronic} · ${CHRONIC_DISEASE_LABELS[f.disease]}` : COVERAGE_KIND_LABELS[f.settlement]
}

/** Where the list is centred: the device, or a chosen city. */
export type Origin = { kind: 'here'; center: LatLng } | { kind: 'city'; cityCode: string; cityName: string; center?: LatLng }

export function filtersActive(f: Filters): boolean {
  return f.types.length > 0 || f.service !== null || f.crossProvince || f.openNow || f.keyword.trim() !== '' || f.settlement !== null
}

export function toQuery(origin: Origin, f: Filters, page: number): ServicePointQuery {
  const keyword = f.keyword.trim().slice(0, SERVICE_POINT_LIMITS.maxKeywordLength)
  return {
    ...(origin.kind === 'here' ? { center: origin.center } : { cityCode: origin.cityCode, center: origin.center }),
    ...(f.types.length ? { types: f.types } : {}),
    ...(f.service ? { services: [f.service] } : {}),
    ...(f.crossProvince ? { crossProvinceOnly: true } : {}),
    ...(f.settlement ? { settlement: f.settlement } : {}),
    ...(f.settlement === 'chronic' && f.disease ? { disease: f.disease } : {}),
    ...(f.openNow ? { openNow: true } : {}),
    ...(keyword ? { keyword } : {}),
    page,
    pageSize: SERVICE_POINT_LIMITS.defaultPageSize,
  }
}

const TYPES: ServicePointType[] = ['agency', 'hospital-station', 'bank', 'hospital', 'pharmacy']

/**
 * Route query → initial filters and city (other features link here with `cityCode`, `crossProvince=1`, `type`,
 * `service`, `settlement`, `disease`). `kindFromRoute` says whether the route chose the kind filter (it then wins over
 * the one remembered for the person).
 */
export function fromRoute(params: Record<string, string | undefined>): {
  filters: Filters
  cityCode: string | null
  kindFromRoute: boolean
} {
  const type = params.type as ServicePointType | undefined
  const service = params.service as ServiceKind | undefined
  const kind = kindFilter(params)
  return {
    kindFromRoute: kind.settlement !== null,
    filters: {
      ...NO_FILTERS,
      ...kind,
      // A hospital search: a kind of settlement is offered by hospitals.
      types: kind.settlement ? ['hospital'] : type && TYPES.includes(type) ? [type] : [],
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

/** `住院 · 普通门诊 · 门诊慢特病`, or '' when the point does not settle across provinces. */
export function crossProvinceLabel(point: Pick<ServicePoint, 'crossProvince'>): string {
  return point.crossProvince.map((s) => COVERAGE_KIND_LABELS[s]).join(' · ')
}

/** The settlement kinds as chip words, 门诊慢特病 with its diseases where known. */
export function settlementChips(point: Pick<ServicePoint, 'crossProvince' | 'chronicDiseases'>): string[] {
  return point.crossProvince.map((k) => COVERAGE_KIND_LABELS[k])
}

/** The 门诊慢特病 line of a detail page: the diseases, or that no source names them. */
export function chronicDiseasesLine(point: Pick<ServicePoint, 'crossProvince' | 'chronicDiseases'>): string | null {
  if (!point.crossProvince.includes('chronic')) return null
  if (!point.chronicDiseases?.length) return '开通的病种未收录，就医前请向医院确认'
  return point.chronicDiseases.map((d) => CHRONIC_DISEASE_LABELS[d]).join('、')
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
