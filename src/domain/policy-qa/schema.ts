import * as v from 'valibot'
import { QA_ID_PATTERN } from '@/domain/policy-qa/types'

export const VersionSchema = v.optional(v.pipe(v.string('内容版本不正确'), v.maxLength(32, '内容版本不正确')))
export const FeedbackSchema = v.tuple([
  v.pipe(v.string('问题编号不正确'), v.maxLength(64, '问题编号不正确'), v.regex(QA_ID_PATTERN, '问题编号不正确')),
  v.boolean('请选择“有帮助”或“没帮助”'),
])
