import fc from 'fast-check'
import { ageOn, checkDigit, genderOf, idCardMessage, makeIdCard, validateIdCard } from '@/lib/id-card'

const today = new Date('2026-11-23T12:00:00+08:00')

describe('GB 11643 ID numbers', () => {
  it('accepts a known valid number, including an X check digit', () => {
    expect(validateIdCard('11010519491231002X', today)).toBeNull()
    expect(validateIdCard('11010519491231002x', today)).toBeNull()
    expect(validateIdCard('440524188001010014', today)).toBe('birth') // valid checksum, but born before 1890
  })

  it('rejects a wrong check digit with a Chinese message', () => {
    expect(validateIdCard('110105194912310021', today)).toBe('checksum')
    expect(idCardMessage('110105194912310021', today)).toBe('身份证号校验位不正确，请核对后重新输入')
  })

  it('refuses 15-digit legacy numbers with a clear message', () => {
    expect(validateIdCard('110105491231002', today)).toBe('legacy15')
    expect(idCardMessage('110105491231002', today)).toContain('15位')
  })

  it('rejects impossible and future birth dates', () => {
    expect(validateIdCard(makeIdCard('430406', '20230230', 1), today)).toBe('birth')
    expect(validateIdCard(makeIdCard('430406', '20270101', 1), today)).toBe('birth')
    expect(validateIdCard(makeIdCard('430406', '20240229', 1), today)).toBeNull()
    expect(validateIdCard(makeIdCard('430406', '20230229', 1), today)).toBe('birth')
  })

  it('reports empty and malformed input', () => {
    expect(validateIdCard('  ', today)).toBe('empty')
    expect(validateIdCard('43040619580308A42X', today)).toBe('format')
  })

  it('every generated number is valid, and any single-digit change breaks it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2026-11-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (birth, seq, position, delta) => {
          const ymd = `${birth.getFullYear()}${String(birth.getMonth() + 1).padStart(2, '0')}${String(birth.getDate()).padStart(2, '0')}`
          const id = makeIdCard('430406', ymd, seq)
          expect(validateIdCard(id, today)).toBeNull()
          const digit = (Number(id[position]) + delta) % 10
          const changed = id.slice(0, position) + digit + id.slice(position + 1)
          // A single substituted digit always changes the mod 11-2 check (or the date).
          expect(validateIdCard(changed, today)).not.toBeNull()
        },
      ),
    )
  })

  it('derives age and gender', () => {
    const id = makeIdCard('430406', '19580308', 242)
    expect(ageOn(id, today)).toBe(68)
    expect(genderOf(id)).toBe('female')
    expect(ageOn(makeIdCard('420802', '20101124', 1), today)).toBe(15)
    expect(ageOn(makeIdCard('420802', '20101123', 1), today)).toBe(16)
    expect(checkDigit('11010519491231002')).toBe('X')
  })
})
