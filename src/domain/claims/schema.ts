// Input shapes of the claims API (valibot), exported so a real HTTP server can reuse them.
// Shape and length only; the business rules with their Chinese messages are in claims/rules.ts.
import * as v from 'valibot'
import { CLAIM_BASES, CLAIM_MATERIAL_KINDS, CLAIM_STATUSES } from '@/domain/claims/types'
import { MaterialFileSchema, RegionSchema, RequestIdSchema } from '@/domain/filings/schema'

const DateSchema = v.pipe(v.string('请选择日期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确'))

/** Integer fen; the sane maximum and positivity are rules (claims/rules.ts) with their own messages. */
const FenSchema = (what: string) => v.pipe(v.number(`请输入${what}`), v.integer(`${what}最多保留两位小数`), v.safeInteger(`${what}不正确`))

export const ClaimInvoiceSchema = v.object({
  number: v.pipe(v.string('请输入票据号码'), v.maxLength(40, '票据号码不正确')),
  amountFen: FenSchema('票据金额'),
})

export const ClaimMaterialSchema = v.object({
  kind: v.picklist(CLAIM_MATERIAL_KINDS as ['invoice', 'cost-list'], '材料类型不正确'),
  files: v.pipe(v.array(MaterialFileSchema, '材料文件不正确'), v.maxLength(5, '每项材料最多上传5张照片')),
})

export const ClaimIdSchema = v.pipe(v.string('报销申请编号不正确'), v.regex(/^BX\d{4,8}$/, '报销申请编号不正确'))

export const ClaimInputSchema = v.object({
  requestId: RequestIdSchema,
  personId: v.pipe(v.string('请选择办理人'), v.maxLength(20, '办理人不正确')),
  hospital: v.pipe(v.string('请填写就诊医院'), v.maxLength(100, '医院名称不能超过50个字')),
  destination: RegionSchema,
  admissionDate: DateSchema,
  dischargeDate: DateSchema,
  amountFen: FenSchema('报销金额'),
  invoices: v.pipe(v.array(ClaimInvoiceSchema, '票据不正确'), v.maxLength(50, '票据太多')),
  materials: v.pipe(v.array(ClaimMaterialSchema, '材料不正确'), v.maxLength(2, '材料不正确')),
  basis: v.picklist(CLAIM_BASES as ['filed', 'late-filed', 'emergency'], '请选择备案情况'),
  filingId: v.optional(v.pipe(v.string('备案编号不正确'), v.maxLength(20, '备案编号不正确'))),
})

export const ClaimListFilterSchema = v.optional(
  v.object({
    personId: v.optional(v.pipe(v.string('办理人不正确'), v.maxLength(20, '办理人不正确'))),
    status: v.optional(
      v.array(v.picklist(CLAIM_STATUSES as ['accepted', 'reviewing', 'approved', 'paid', 'rejected'], '状态不正确'), '状态不正确'),
    ),
  }),
)
