import * as v from 'valibot'
import { RECORDS_LIMITS } from '@/domain/records/types'

// Input schemas of 家庭共济, exported so an HTTP server validates the same way.
const RequestId = v.pipe(v.string('请求编号不正确'), v.minLength(8, '请求编号不正确'), v.maxLength(64, '请求编号不正确'))
const PersonId = v.pipe(v.string('参保人编号不正确'), v.regex(/^P\d{3,}$/, '参保人编号不正确'))

export const FamilyPayRelationshipIdSchema = v.pipe(v.string('共济关系编号不正确'), v.regex(/^GJ\d{6}$/, '共济关系编号不正确'))

export const FamilyPayStartSchema = v.object({ requestId: RequestId, beneficiaryPersonId: PersonId }, '共济信息不正确')

export const FamilyPayEndSchema = v.object({ requestId: RequestId }, '请求不正确')

export const FamilyPayContributionSchema = v.object(
  {
    requestId: RequestId,
    relationshipId: FamilyPayRelationshipIdSchema,
    year: v.pipe(
      v.number('缴费年度不正确'),
      v.integer('缴费年度不正确'),
      v.minValue(RECORDS_LIMITS.minYear, '缴费年度不正确'),
      v.maxValue(RECORDS_LIMITS.maxYear, '缴费年度不正确'),
    ),
    amountFen: v.pipe(
      v.number('金额不正确'),
      v.integer('金额应为整数分'),
      v.minValue(1, '金额不正确'),
      v.maxValue(10_000_000, '金额不正确'),
    ),
  },
  '缴费信息不正确',
)
