import { maskIdCard, maskName, maskPhone } from '@/lib/mask'

describe('masking', () => {
  it('keeps the first and last four of an ID number', () => {
    expect(maskIdCard('430406195803082421')).toBe('4304**********2421')
  })
  it('keeps the first three and last four of a phone', () => {
    expect(maskPhone('13812341234')).toBe('138****1234')
  })
  it('keeps the surname and last character of a name', () => {
    expect(maskName('王秀英')).toBe('王*英')
    expect(maskName('李明')).toBe('李*')
    expect(maskName('欧阳娜娜')).toBe('欧**娜')
  })
})
