// How a filing reads on cards and pages: its place, status label and tone, validity, and the list's filters.
import { regionLabel } from '@/domain/region-label'
import { dateCn } from '@/domain/filings/rules'
import { FILING_STATUS_LABELS, type Filing, type FilingStatus, type Region } from '@/domain'

export function placeLabel(region: Pick<Region, 'provinceName' | 'cityName'> | null): string {
  return region ? regionLabel(region) : ''
}

export type Tone = 'ok' | 'warn' | 'danger' | 'gray' | 'info'

export const STATUS_TONE: Record<FilingStatus, Tone> = {
  submitted: 'info',
  reviewing: 'warn',
  approved: 'ok',
  rejected: 'danger',
  cancelled: 'gray',
  expired: 'gray',
}

export function statusLabel(status: FilingStatus): string {
  return FILING_STATUS_LABELS[status]
}

export function validityText(filing: Pick<Filing, 'startDate' | 'endDate' | 'group'>): string {
  return filing.endDate ? `${dateCn(filing.startDate)} 至 ${dateCn(filing.endDate)}` : `${dateCn(filing.startDate)} 起长期有效`
}

export const STATUS_FILTERS: { label: string; statuses?: FilingStatus[] }[] = [
  { label: '全部' },
  { label: '审核中', statuses: ['submitted', 'reviewing'] },
  { label: '已备案', statuses: ['approved'] },
  { label: '已结束', statuses: ['rejected', 'cancelled', 'expired'] },
]
