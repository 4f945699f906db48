import * as v from 'valibot'

// Input schemas of 医保码 and 参保证明, exported so an HTTP server validates the same way.
export const EVoucherPersonIdSchema = v.pipe(v.string('参保人编号不正确'), v.regex(/^P\d{3,}$/, '参保人编号不正确'))

export const EVoucherTokenSchema = v.pipe(v.string('医保码不正确'), v.regex(/^[0-9a-f]{64}$/, '医保码不正确'))

const Month = (message: string) => v.pipe(v.string(message), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, message))

export const CertificateRequestSchema = v.object(
  {
    requestId: v.pipe(v.string('请求编号不正确'), v.minLength(8, '请求编号不正确'), v.maxLength(64, '请求编号不正确')),
    personId: EVoucherPersonIdSchema,
    fromMonth: Month('起始月份不正确'),
    toMonth: Month('结束月份不正确'),
  },
  '证明申请不正确',
)

/** The shape of a code as typed (the check character is the service's to judge, so a bad one is "not found"). */
export const CertificateCodeSchema = v.pipe(
  v.string('验证码不正确'),
  v.maxLength(40, '验证码不正确'),
  v.regex(/^[0-9A-Za-z\s-]{16,40}$/, '验证码应为16位字母和数字'),
)
