// What the 门诊慢特病 screens show and check. The rules are the domain's (domain/chronic/rules), so app and server agree.
import {
  PROOF_KIND_LABELS,
  PROOF_KINDS,
  QUALIFICATION_STATUS_LABELS,
  type DiseaseQualification,
  type ProofKind,
  type Qualification,
  type QualificationInput,
  type QualificationStatus,
  type Region,
} from '@/domain'
import { CHRONIC_DISEASE_LABELS, isChronicDiseaseId, type ChronicDiseaseId } from '@/domain/coverage'
import { applyRefusal, isValidOn, proofErrors, QUALIFICATION_MEANING, settlesAtLine } from '@/domain/chronic/rules'
import { dateCn } from '@/domain/filings/rules'
import type { DraftFile } from '@/domain/photos'

export { QUALIFICATION_MEANING, settlesAtLine }

export interface ChronicDraft {
  disease: ChronicDiseaseId | null
  materials: Partial<Record<ProofKind, DraftFile[]>>
  updatedAt: number
}

export function emptyChronicDraft(disease: ChronicDiseaseId | null, now = Date.now()): ChronicDraft {
  return { disease, materials: {}, updatedAt: now }
}

/** A stored draft, cleaned: an unknown disease or a malformed item is dropped. */
export function cleanDraft(raw: unknown): ChronicDraft | null {
  if (!raw || typeof raw !== 'object') return null
  const d = raw as Partial<ChronicDraft>
  if (typeof d.updatedAt !== 'number') return null
  const materials: ChronicDraft['materials'] = {}
  for (const kind of PROOF_KINDS) {
    const files = d.materials?.[kind]
    if (Array.isArray(files)) materials[kind] = files.filter((f) => f && typeof f.ref === 'string')
  }
  return { disease: isChronicDiseaseId(d.disease) ? d.disease : null, materials, updatedAt: d.updatedAt }
}

export type ChronicDraftErrors = Partial<Record<'disease' | ProofKind, string>>

/** Field errors before submitting: a disease, and both proof items with the filing photo rules. */
export function draftErrors(draft: ChronicDraft): ChronicDraftErrors {
  const errors: ChronicDraftErrors = proofErrors(toMaterials(draft))
  if (!draft.disease) errors.disease = '请选择申请认定的病种'
  return errors
}

function toMaterials(draft: ChronicDraft): QualificationInput['materials'] {
  return PROOF_KINDS.map((kind) => ({
    kind,
    files: (draft.materials[kind] ?? []).map(({ ref, sizeBytes, mime }) => ({ ref, sizeBytes, mime })),
  }))
}

export function toInput(draft: ChronicDraft, personId: string): Omit<QualificationInput, 'requestId'> {
  if (!draft.disease) throw new Error('no disease')
  return { personId, disease: draft.disease, materials: toMaterials(draft) }
}

/** Why the person cannot apply for this disease now (pending or still valid), from their overview; null if they can. */
export function applyBlock(diseases: readonly DiseaseQualification[] | null, disease: ChronicDiseaseId, today: string): string | null {
  const apps = (diseases ?? []).flatMap((d) => (d.latest ? [d.latest] : []))
  return applyRefusal(apps, disease, today)?.message ?? null
}

export const statusLabel = (status: QualificationStatus) => QUALIFICATION_STATUS_LABELS[status]

/** The tag tone of a status. */
export function statusTone(status: QualificationStatus): 'ok' | 'warn' | 'danger' | 'gray' {
  return status === 'approved' ? 'ok' : status === 'reviewing' ? 'warn' : status === 'rejected' ? 'danger' : 'gray'
}

/** `有效期至2027年6月1日（以参保地规定为准）`: the period is the 参保地's rule, not a national one. */
export function validityText(q: Pick<Qualification, 'validFrom' | 'validUntil'>): string {
  return q.validUntil ? `${q.validFrom ? `${dateCn(q.validFrom)}起，` : ''}有效期至${dateCn(q.validUntil)}（以参保地规定为准）` : ''
}

/** One line per disease for the overview list. */
export function diseaseLine(d: DiseaseQualification): string {
  if (d.status === 'approved' && d.latest) return validityText(d.latest)
  if (d.status === 'reviewing') return '参保地医保经办机构审核中，结果会通过消息通知'
  if (d.status === 'rejected' && d.latest) return `未通过：${d.latest.rejectReason ?? ''}`
  return '未申请认定'
}

/** The diseases a person may settle now, from their applications. */
export function qualifiedDiseases(apps: readonly Qualification[], personId: string, today: string): ChronicDiseaseId[] {
  return [...new Set(apps.filter((a) => a.personId === personId && isValidOn(a, today)).map((a) => a.disease))]
}

/** The filing detail page's lines: 在<就医地>可直接结算<病种>门诊费用, one per valid qualification. */
export function filingQualificationLines(destination: Region, diseases: readonly ChronicDiseaseId[]): string[] {
  return diseases.map((d) => settlesAtLine(destination, d))
}

export const diseaseName = (d: ChronicDiseaseId) => CHRONIC_DISEASE_LABELS[d]
export const proofLabel = (k: ProofKind) => PROOF_KIND_LABELS[k]
