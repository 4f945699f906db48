import * as v from 'valibot'
import { RegionSchema, RequestIdSchema } from '@/domain/filings/schema'

// Input schemas of 跨省转移接续, exported so an HTTP server validates the same way. Business rules are in rules.ts.
export const TransferIdSchema = v.pipe(v.string('转移申请编号不正确'), v.regex(/^ZY\d{6}$/, '转移申请编号不正确'))

export const TransferInputSchema = v.object(
  {
    requestId: RequestIdSchema,
    personId: v.pipe(v.string('请选择办理人'), v.maxLength(20, '办理人不正确')),
    fromRegion: RegionSchema,
    toRegion: RegionSchema,
    employment: v.picklist(['employer', 'flexible'], '请选择在新参保地的参保方式'),
    employerName: v.optional(v.pipe(v.string('单位名称不正确'), v.maxLength(100, '单位名称不能超过50个字'))),
    newSinceMonth: v.pipe(v.string('请选择在新参保地开始参保的年月'), v.regex(/^\d{4}-\d{2}$/, '请选择在新参保地开始参保的年月')),
  },
  '转移申请不正确',
)

export const TransferCancelSchema = v.object(
  {
    requestId: RequestIdSchema,
    reason: v.optional(v.pipe(v.string('撤销原因不正确'), v.maxLength(100, '撤销原因不能超过100个字'))),
  },
  '请求不正确',
)

export const TransferListFilterSchema = v.optional(
  v.object({
    personId: v.optional(v.pipe(v.string('办理人不正确'), v.maxLength(20, '办理人不正确'))),
    status: v.optional(
      v.array(v.picklist(['applied', 'out-review', 'transferred-out', 'received', 'completed', 'cancelled'], '状态不正确'), '状态不正确'),
    ),
  }),
)
