import * as v from 'valibot'
import { ACCOUNT_FLOW_TYPES, RECORDS_LIMITS } from '@/domain/records/types'

// Input schemas, exported so an HTTP server can validate the same way.
export const PersonIdSchema = v.pipe(v.string('参保人编号不正确'), v.regex(/^P\d{3,}$/, '参保人编号不正确'))

const pageFields = {
  page: v.optional(v.pipe(v.number('页码不正确'), v.integer('页码不正确'), v.minValue(1, '页码不正确'), v.maxValue(100_000, '页码不正确'))),
}
const pageSize = (max: number) =>
  v.optional(
    v.pipe(v.number('每页条数不正确'), v.integer('每页条数不正确'), v.minValue(1, '每页条数不正确'), v.maxValue(max, `每页最多 ${max} 条`)),
  )
const year = v.optional(
  v.pipe(
    v.number('年份不正确'),
    v.integer('年份不正确'),
    v.minValue(RECORDS_LIMITS.minYear, '年份不正确'),
    v.maxValue(RECORDS_LIMITS.maxYear, '年份不正确'),
  ),
)

export const ContributionQuerySchema = v.pipe(
  v.object({ ...pageFields, pageSize: pageSize(RECORDS_LIMITS.maxPageSize), fromYear: year, toYear: year }, '查询条件不正确'),
  v.check((q) => q.fromYear === undefined || q.toYear === undefined || q.fromYear <= q.toYear, '起始年份不能晚于结束年份'),
)

export const AccountFlowQuerySchema = v.object(
  {
    ...pageFields,
    pageSize: pageSize(RECORDS_LIMITS.maxPageSize),
    month: v.optional(v.pipe(v.string('月份不正确'), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应为 YYYY-MM'))),
    type: v.optional(v.picklist(ACCOUNT_FLOW_TYPES, '收支类型不正确')),
  },
  '查询条件不正确',
)

export const SettlementQuerySchema = v.object({ ...pageFields, pageSize: pageSize(RECORDS_LIMITS.maxSettlementPageSize) }, '查询条件不正确')

export const SettlementIdSchema = v.pipe(v.string('结算单号不正确'), v.regex(/^S-P\d{3,}-\d{2,3}$/, '结算单号不正确'))
