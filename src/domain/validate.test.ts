import * as v from 'valibot'
import { parseInput } from '@/domain/validate'

describe('parseInput', () => {
  const schema = v.object({ phone: v.pipe(v.string('请输入手机号'), v.regex(/^1\d{10}$/, '手机号格式不正确')) })

  it('returns the parsed value when valid', () => {
    expect(parseInput(schema, { phone: '13812341234' })).toEqual({ phone: '13812341234' })
  })

  it('throws a typed VALIDATION error with the Chinese message at the field', () => {
    expect(() => parseInput(schema, { phone: '123' })).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: '手机号格式不正确', details: { fields: { phone: '手机号格式不正确' } } }),
    )
  })

  it('falls back to a generic Chinese message for schema messages in English', () => {
    expect(() => parseInput(v.object({ n: v.number() }), { n: 'x' })).toThrow(
      expect.objectContaining({ message: '填写的信息有误，请检查后重试' }),
    )
  })
})
