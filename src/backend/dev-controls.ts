import type { InsuranceStatus, PersonId } from '@/domain'

/** Developer settings of the in-process mock (fault injection, session lifetime, demo data). Absent with a real backend. */
export type FaultPreset = 'fast' | 'slow' | 'flaky' | 'timeout' | 'offline'

export const FAULT_PRESET_LABELS: Record<FaultPreset, string> = {
  fast: '无延迟',
  slow: '慢网络（1.5–3 秒）',
  flaky: '不稳定（30% 请求失败）',
  timeout: '响应丢失（20% 超时，但已处理）',
  offline: '离线',
}

export interface DevSettings {
  presets: FaultPreset[]
  /** Short session lifetimes let a demo show expiry; null keeps the default 2 hours. */
  sessionTtlSec: number | null
}

export interface DevControls {
  settings(): DevSettings
  /** `?mock=` in the URL overrides the saved presets until changed here. */
  urlOverrides: boolean
  save(settings: DevSettings): void
  resetDemoData(): void
  /** Records a 参保状态 change on a person's record, as the 参保地 would; a suspension ends their long-term filings. */
  setInsuranceStatus(personId: PersonId, status: InsuranceStatus): Promise<void>
  /** Every open hospital stay is discharged and settled now (a stay on a filing under review waits for it). */
  dischargeStaysNow(): Promise<number>
  /** An ordinary outpatient visit today under the person's approved filing, settled at once; rejects with a BackendError if none. */
  simulateOutpatientVisit(personId: string): Promise<{ settlementId: string }>
}
