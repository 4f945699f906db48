// Input shapes of the filings API (valibot), exported so a real HTTP server can reuse them.
// Shape and length only; the business rules with their Chinese messages are in filings-rules.ts.
import * as v from 'valibot'
import { FILING_CATEGORIES, type MaterialKind } from '@/domain/filings/types'

const MATERIAL_KINDS: MaterialKind[] = [
  'identity',
  'household-register',
  'residence-proof',
  'posting-letter',
  'referral-letter',
  'emergency-record',
  'pledge',
]

export const RequestIdSchema = v.pipe(v.string('缺少请求编号'), v.minLength(8, '请求编号不正确'), v.maxLength(64, '请求编号不正确'))

export const RegionSchema = v.object({
  provinceCode: v.pipe(v.string('请选择就医地'), v.regex(/^\d{6}$/, '就医地不正确')),
  provinceName: v.pipe(v.string('请选择就医地'), v.minLength(2, '就医地不正确'), v.maxLength(20, '就医地不正确')),
  cityCode: v.pipe(v.string('请选择就医地'), v.regex(/^(\d{6})?$/, '就医地不正确')),
  cityName: v.pipe(v.string('请选择就医地'), v.maxLength(20, '就医地不正确')),
})

export const MaterialFileSchema = v.object({
  // A reference, never the bytes: the mock keeps metadata only.
  ref: v.pipe(v.string('材料文件不正确'), v.minLength(1, '材料文件不正确'), v.maxLength(300, '材料文件引用过长')),
  sizeBytes: v.pipe(v.number('材料文件不正确'), v.integer('材料文件不正确'), v.minValue(0, '材料文件不正确')),
  mime: v.picklist(['image/jpeg', 'image/png'], '只能上传 jpg 或 png 格式的照片'),
})

export const MaterialSchema = v.object({
  kind: v.picklist(MATERIAL_KINDS, '材料类型不正确'),
  files: v.pipe(v.array(MaterialFileSchema, '材料文件不正确'), v.maxLength(5, '每项材料最多上传5张照片')),
})

const DateSchema = v.pipe(v.string('请选择日期'), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确'))

export const FilingInputSchema = v.object({
  requestId: RequestIdSchema,
  personId: v.pipe(v.string('请选择办理人'), v.maxLength(20, '办理人不正确')),
  category: v.picklist(FILING_CATEGORIES as FilingCategoryTuple, '请选择备案类型'),
  destination: RegionSchema,
  startDate: DateSchema,
  endDate: v.optional(DateSchema),
  phone: v.pipe(v.string('请输入联系电话'), v.maxLength(20, '请输入11位手机号码')),
  address: v.pipe(v.string('请输入在就医地的居住地址'), v.maxLength(200, '地址不能超过100个字')),
  referringHospital: v.optional(v.pipe(v.string('转诊医院不正确'), v.maxLength(100, '医院名称不能超过50个字'))),
  usePledge: v.boolean('请选择是否使用承诺制'),
  materials: v.pipe(v.array(MaterialSchema, '材料不正确'), v.maxLength(7, '材料不正确')),
  lateInHospital: v.optional(v.boolean('补办选项不正确')),
})

type FilingCategoryTuple = ['retired-resettled', 'long-term-resident', 'posted-worker', 'referral', 'emergency', 'other-temporary']

export const FilingChangeSchema = v.object({
  requestId: RequestIdSchema,
  destination: v.optional(RegionSchema),
  startDate: v.optional(DateSchema),
  endDate: v.optional(DateSchema),
})

export const CancelSchema = v.object({
  requestId: RequestIdSchema,
  reason: v.optional(v.pipe(v.string('撤销原因不正确'), v.maxLength(100, '撤销原因不能超过100个字'))),
})

export const ListFilterSchema = v.optional(
  v.object({
    personId: v.optional(v.string('办理人不正确')),
    status: v.optional(
      v.array(v.picklist(['submitted', 'reviewing', 'approved', 'rejected', 'cancelled', 'expired'], '状态不正确'), '状态不正确'),
    ),
  }),
)

export const FilingIdSchema = v.pipe(v.string('备案编号不正确'), v.minLength(1, '备案编号不正确'), v.maxLength(20, '备案编号不正确'))
