// Shape and length only; the business rules with their Chinese messages are in chronic/rules.ts.
import * as v from 'valibot'
import { CHRONIC_DISEASE_IDS, type ChronicDiseaseId } from '@/domain/coverage'
import { PROOF_KINDS, type ApplicationStatus, type ProofKind } from '@/domain/chronic/types'
import { MaterialFileSchema, RequestIdSchema } from '@/domain/filings/schema'

const DISEASES = [...CHRONIC_DISEASE_IDS] as [ChronicDiseaseId, ...ChronicDiseaseId[]]
const KINDS = [...PROOF_KINDS] as [ProofKind, ...ProofKind[]]
const STATUSES: [ApplicationStatus, ...ApplicationStatus[]] = ['reviewing', 'approved', 'rejected']

export const DiseaseSchema = v.picklist(DISEASES, '请选择病种')

const PersonIdSchema = v.pipe(v.string('请选择办理人'), v.minLength(1, '请选择办理人'), v.maxLength(20, '办理人不正确'))

export const QualificationInputSchema = v.object({
  requestId: RequestIdSchema,
  personId: PersonIdSchema,
  disease: DiseaseSchema,
  materials: v.pipe(
    v.array(
      v.object({
        kind: v.picklist(KINDS, '材料类型不正确'),
        // The filing materials' file shape and per-item limit.
        files: v.pipe(v.array(MaterialFileSchema, '材料文件不正确'), v.maxLength(5, '每项材料最多上传5张照片')),
      }),
      '材料不正确',
    ),
    v.maxLength(2, '材料不正确'),
  ),
})

export const QualificationIdSchema = v.pipe(v.string('认定申请编号不正确'), v.regex(/^CQ\d{4,8}$/, '认定申请编号不正确'))

export const QualificationPersonSchema = PersonIdSchema

export const QualificationFilterSchema = v.optional(
  v.object({
    personId: v.optional(PersonIdSchema),
    status: v.optional(v.pipe(v.array(v.picklist(STATUSES, '状态不正确'), '状态不正确'), v.maxLength(3, '状态不正确'))),
  }),
)
