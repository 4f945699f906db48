import type { PageQuery } from '@/domain/common'
import type { ChronicDiseaseId, CoverageKind } from '@/domain/coverage'

export type ServicePointType = 'agency' | 'hospital-station' | 'bank' | 'hospital' | 'pharmacy'

export const SERVICE_POINT_TYPE_LABELS: Record<ServicePointType, string> = {
  agency: '医保经办机构',
  'hospital-station': '医保服务站',
  bank: '银行医保服务点',
  hospital: '定点医院',
  pharmacy: '定点药店',
}

export type ServiceKind = 'filing' | 'enrolment' | 'payment' | 'chronic-disease' | 'evoucher' | 'reimbursement' | 'transfer'

export const SERVICE_KIND_LABELS: Record<ServiceKind, string> = {
  filing: '异地就医备案',
  enrolment: '参保登记',
  payment: '缴费',
  'chronic-disease': '门慢特病认定',
  evoucher: '医保电子凭证激活',
  reimbursement: '手工报销',
  transfer: '转移接续',
}

/** A kind of cross-province direct settlement; its labels are `COVERAGE_KIND_LABELS` (domain/coverage.ts). */
export type SettlementScope = CoverageKind

export interface LatLng {
  lat: number
  lng: number
}

/** Opening hours for one weekday range, minutes since 00:00 China time; `close` may pass midnight (> 1440). */
export interface OpeningSlot {
  /** 1 = Monday … 7 = Sunday. */
  days: number[]
  open: number
  close: number
}

export interface ServicePoint {
  id: string
  name: string
  type: ServicePointType
  address: string
  phone: string
  /** Further numbers, e.g. a district's separate 城乡居民 filing line. */
  extraPhones?: { label: string; number: string }[]
  location: LatLng
  provinceCode: string
  cityCode: string
  hours: OpeningSlot[]
  services: ServiceKind[]
  /** Cross-province direct settlement kinds; empty when it does not settle cross-province. */
  crossProvince: SettlementScope[]
  /**
   * With `chronic`: which of the five national 门诊慢特病 it settles. Absent where the source does not say (a real
   * institution from a seed): such a point never matches a disease filter, and the UI says to ask the hospital.
   */
  chronicDiseases?: ChronicDiseaseId[]
  /** Hospital grade for hospitals, e.g. 三级甲等. */
  grade?: string
  /**
   * A generated demonstration point, not a real institution. The UI marks it 演示数据 and never dials its number
   * (its local part starts with 0, which no real line does).
   */
  demo?: boolean
  /** Where a real point's phone numbers come from and how current they are, e.g. a 2017 list (seed 004). */
  phoneNote?: string
  /** A real institution's earlier name, e.g. the one a seed document uses. */
  formerName?: string
  /** How far a real point's name, address and position are checked, shown with it. */
  sourceNote?: string
}

export interface ServicePointHit extends ServicePoint {
  /** Metres from the query centre; absent when the query had no centre. */
  distanceM?: number
}

export interface ServicePointQuery extends PageQuery {
  /** Either a centre or a city must be given. */
  center?: LatLng
  cityCode?: string
  /** Bounded by the server: 0 < radiusKm ≤ 50. */
  radiusKm?: number
  types?: ServicePointType[]
  services?: ServiceKind[]
  crossProvinceOnly?: boolean
  /** Only points that settle this kind across provinces. */
  settlement?: SettlementScope
  /** Only points that settle this 门诊慢特病 across provinces (implies `settlement: 'chronic'`). */
  disease?: ChronicDiseaseId
  /** Open at the server's current time. */
  openNow?: boolean
  keyword?: string
}

/** Server bounds, shared so clients can stay within them. */
export const SERVICE_POINT_LIMITS = {
  maxRadiusKm: 50,
  defaultRadiusKm: 20,
  maxPageSize: 50,
  defaultPageSize: 20,
  maxKeywordLength: 30,
} as const

/** The national 医保 service hotline (POLICY.md, "Hotlines"): offered where a point has no number the app can stand by. */
export const MEDICAL_INSURANCE_HOTLINE = '12393'

/** The "15分钟医保服务圈": about 1.2 km at walking pace. */
export const WALKING_RING_M = 1200

const CHINA_OFFSET_MS = 8 * 3600 * 1000

/** Whether the hours include the given instant (China time); slots closing after midnight cover the next morning. */
export function isOpenAt(hours: readonly OpeningSlot[], at: number): boolean {
  const local = new Date(at + CHINA_OFFSET_MS)
  const day = local.getUTCDay() === 0 ? 7 : local.getUTCDay()
  const yesterday = day === 1 ? 7 : day - 1
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes()
  return hours.some(
    (slot) =>
      (slot.days.includes(day) && minute >= slot.open && minute < slot.close) ||
      (slot.close > 1440 && slot.days.includes(yesterday) && minute < slot.close - 1440),
  )
}
