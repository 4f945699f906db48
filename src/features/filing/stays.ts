import type { Filing, FilingStay } from '@/domain'
import { dateCn } from '@/domain/filings/rules'
import { route } from '@/domain/routes'

/** A stay on a filing, in plain words: where it stands and what the person can do. */
export function stayStatusText(stay: FilingStay): string {
  const admitted = `${dateCn(stay.admissionDate)}入院`
  if (stay.status === 'in-hospital') return `${admitted}，还在住院。出院时联网医院直接结算；出院结算前不能撤销或变更备案。`
  if (stay.status === 'settled') return `${admitted}，${stay.dischargeDate ? dateCn(stay.dischargeDate) : ''}出院，已直接结算。`
  return `${admitted}，已出院，未能直接结算：可回参保地申请手工报销。`
}

/** The settlement record of a stay, in the records subpackage. */
export function settlementRoute(filing: Pick<Filing, 'personId'>, stay: FilingStay): string | null {
  return stay.settlementId ? route('recordsSettlement', { id: stay.settlementId, personId: filing.personId }) : null
}
