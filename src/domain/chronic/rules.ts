/** The rules of 门诊慢特病 qualification, run by the mock server and by the app before it submits. */
import { CHRONIC_DISEASE_IDS, CHRONIC_DISEASE_LABELS, COVERAGE_RULES, type ChronicDiseaseId } from '@/domain/coverage'
import { regionLabel } from '@/domain/region-label'
import { cite } from '@/domain/sources'
import type { Region } from '@/domain/common'
import { addMonthsIso, filesError } from '@/domain/filings/rules'
import {
  PROOF_KIND_LABELS,
  PROOF_KINDS,
  type ApplicationStatus,
  type DiseaseQualification,
  type ProofKind,
  type ProofMaterial,
  type Qualification,
  type QualificationStatus,
} from '@/domain/chronic/types'

/** Decisions only: an application under review is approved or rejected, and a decided one never changes. */
export const QUALIFICATION_TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  reviewing: ['approved', 'rejected'],
  approved: [],
  rejected: [],
}

export function canMove(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return QUALIFICATION_TRANSITIONS[from].includes(to)
}

/**
 * How long a qualification lasts is the 参保地's rule ([local]); the mock's 参保地 policy uses this default. POLICY.md
 * gives no national period, so the app always shows it with "以参保地规定为准".
 */
export const DEFAULT_VALIDITY_MONTHS = 24

export function validUntil(from: string, months = DEFAULT_VALIDITY_MONTHS): string {
  return addMonthsIso(from, months)
}

/** A qualification counts while approved and not past its end date. */
export function isValidOn(q: Pick<Qualification, 'status' | 'validUntil'>, today: string): boolean {
  return q.status === 'approved' && !!q.validUntil && q.validUntil >= today
}

/** The latest application per disease, newest first by creation. */
export function latestByDisease(apps: readonly Qualification[]): Map<ChronicDiseaseId, Qualification> {
  const latest = new Map<ChronicDiseaseId, Qualification>()
  for (const app of apps) {
    const seen = latest.get(app.disease)
    if (!seen || app.createdAt > seen.createdAt || (app.createdAt === seen.createdAt && app.id > seen.id)) latest.set(app.disease, app)
  }
  return latest
}

/** The five diseases with their status for one person. An approved one past its end reads 未申请 again. */
export function diseaseStatuses(apps: readonly Qualification[], today: string): DiseaseQualification[] {
  const latest = latestByDisease(apps)
  return CHRONIC_DISEASE_IDS.map((disease) => {
    const app = latest.get(disease)
    let status: QualificationStatus = app?.status ?? 'none'
    if (app && app.status === 'approved' && !isValidOn(app, today)) status = 'none'
    return app ? { disease, status, latest: app } : { disease, status }
  })
}

export type ApplyRefusal = { reason: 'APPLICATION_PENDING' | 'ALREADY_QUALIFIED'; message: string; relatedId: string }

/** One application per disease at a time; a valid qualification needs no new one; a rejected one may be resubmitted. */
export function applyRefusal(apps: readonly Qualification[], disease: ChronicDiseaseId, today: string): ApplyRefusal | null {
  const app = latestByDisease(apps).get(disease)
  const name = CHRONIC_DISEASE_LABELS[disease]
  if (app?.status === 'reviewing') {
    return { reason: 'APPLICATION_PENDING', message: `${name}的认定申请正在审核中，请等待审核结果`, relatedId: app.id }
  }
  if (app && isValidOn(app, today)) {
    return { reason: 'ALREADY_QUALIFIED', message: `已认定${name}门诊慢特病资格，在有效期内无需重复申请`, relatedId: app.id }
  }
  return null
}

/** Field errors of the proof: both items, each with the filing materials' photo rules. */
export function proofErrors(materials: readonly ProofMaterial[]): Partial<Record<ProofKind, string>> {
  const errors: Partial<Record<ProofKind, string>> = {}
  for (const kind of PROOF_KINDS) {
    const files = materials.filter((m) => m.kind === kind).flatMap((m) => m.files)
    const error = files.length === 0 ? `请上传${PROOF_KIND_LABELS[kind].replace(/（.*）/, '')}照片` : filesError(files)
    if (error) errors[kind] = error
  }
  return errors
}

/** The application's one line: `王秀英 · 糖尿病 门诊慢特病认定`. */
export function qualificationTitle(personName: string, disease: ChronicDiseaseId): string {
  return `${personName} · ${CHRONIC_DISEASE_LABELS[disease]} 门诊慢特病认定`
}

/** What the filing detail page says for each valid qualification: 在<就医地>可直接结算<病种>门诊费用. */
export function settlesAtLine(destination: Pick<Region, 'provinceName' | 'cityName'>, disease: ChronicDiseaseId): string {
  return `在${regionLabel(destination)}可直接结算${CHRONIC_DISEASE_LABELS[disease]}门诊费用`
}

/** What a qualification means across provinces, in the coverage rule's own words, and where that comes from. */
export const QUALIFICATION_MEANING = {
  text: COVERAGE_RULES.chronic.text,
  /** Where to go: the 'networked' rule. */
  where: COVERAGE_RULES.networked.text,
  source: cite('nat', ['jm', '第12、26项']),
} as const
