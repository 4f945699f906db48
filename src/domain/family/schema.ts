import * as v from 'valibot'
import { normalizeIdCard } from '@/lib/id-card'
import { NAME_PATTERN, PHONE_PATTERN, RELATIONS } from '@/domain/family/types'

/** Input schemas, exported so an HTTP server can validate the same way. */

export const BindingRequestSchema = v.object({
  requestId: v.pipe(v.string('缺少请求编号'), v.minLength(1, '缺少请求编号'), v.maxLength(64, '请求编号过长')),
  name: v.pipe(v.string('请输入姓名'), v.trim(), v.minLength(1, '请输入姓名'), v.regex(NAME_PATTERN, '请输入身份证上的中文姓名')),
  idNumber: v.pipe(v.string('请输入身份证号'), v.maxLength(40, '身份证号应为18位'), v.transform(normalizeIdCard)),
  relation: v.picklist(RELATIONS, '请选择与您的关系'),
  phone: v.pipe(v.string('请输入手机号'), v.trim(), v.regex(PHONE_PATTERN, '请输入11位手机号')),
  pledgeAccepted: v.literal(true, '请阅读并确认承诺书'),
})

export const BindingIdSchema = v.pipe(v.string('绑定编号不正确'), v.minLength(1, '绑定编号不正确'), v.maxLength(40, '绑定编号不正确'))
export const CodeSchema = v.pipe(v.string('请输入验证码'), v.regex(/^\d{6}$/, '请输入6位数字验证码'))
