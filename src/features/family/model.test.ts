import fc from 'fast-check'
import { FAMILY_RULES, kinshipLabel, needsMemberConfirmation, relationProblem, type FamilyMember } from '@/domain'
import { makeIdCard } from '@/lib/id-card'
import { maskIdCard, maskPhone } from '@/lib/mask'
import {
  atLimit,
  challengeView,
  cleanCode,
  confirmationNeededFor,
  familyRows,
  pledgeText,
  usedPlaces,
  validateForm,
  type BindingForm,
} from '@/features/family/model'

const TODAY = new Date(2026, 10, 23)
const BINDER_BIRTH = '1988-05-12'
const ZHANG: BindingForm = { name: '张桂芳', idNumber: '320102196207151288', relation: 'other', phone: '13951886677' }

const ymd = (d: Date) => `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
const birthDates = fc
  .date({ min: new Date(1920, 0, 1), max: new Date(2026, 10, 22), noInvalidDate: true })
  .map((d) => new Date(d.getFullYear(), d.getMonth(), d.getDate()))

describe('add-member form', () => {
  it('accepts a complete, plausible form', () => {
    expect(validateForm(ZHANG, BINDER_BIRTH, TODAY)).toEqual({})
  })

  it('puts each problem under its own field, in Chinese', () => {
    expect(validateForm({ ...ZHANG, name: '' }, BINDER_BIRTH, TODAY)).toEqual({ name: '请输入姓名' })
    expect(validateForm({ ...ZHANG, name: 'Zhang' }, BINDER_BIRTH, TODAY)).toEqual({ name: '请输入身份证上的中文姓名' })
    expect(validateForm({ ...ZHANG, idNumber: '320102196207151289' }, BINDER_BIRTH, TODAY)).toEqual({
      idNumber: '身份证号校验位不正确，请核对后重新输入',
    })
    expect(validateForm({ ...ZHANG, idNumber: '' }, BINDER_BIRTH, TODAY)).toEqual({ idNumber: '请输入身份证号' })
    expect(validateForm({ ...ZHANG, relation: '' }, BINDER_BIRTH, TODAY)).toEqual({ relation: '请选择与您的关系' })
    expect(validateForm({ ...ZHANG, phone: '1395188667' }, BINDER_BIRTH, TODAY)).toEqual({ phone: '请输入11位手机号' })
    expect(validateForm({ ...ZHANG, relation: 'child' }, BINDER_BIRTH, TODAY).relation).toContain('不可能是您的子女')
  })

  it('accepts a lower-case x and spaces in the ID as typed', () => {
    const id = makeIdCard('110101', '19600101', 7)
    const typed = `${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14).toLowerCase()}`
    expect(validateForm({ ...ZHANG, idNumber: typed }, BINDER_BIRTH, TODAY).idNumber).toBeUndefined()
  })
})

describe('age rule: under 16 skips the member’s confirmation', () => {
  it('asks exactly those aged 16 or more, judged from the ID’s birth date', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), (birth, seq) => {
        const id = makeIdCard('110101', ymd(birth), seq)
        const sixteenth = new Date(birth.getFullYear() + 16, birth.getMonth(), birth.getDate())
        const turned16 =
          sixteenth.getMonth() === birth.getMonth()
            ? TODAY >= sixteenth
            : TODAY > new Date(birth.getFullYear() + 16, birth.getMonth() + 1, 0)
        expect(confirmationNeededFor(id, TODAY)).toBe(turned16)
      }),
    )
  })

  it('switches on the 16th birthday itself', () => {
    expect(confirmationNeededFor(makeIdCard('420802', '20101123', 1), TODAY)).toBe(true)
    expect(confirmationNeededFor(makeIdCard('420802', '20101124', 1), TODAY)).toBe(false)
    expect(confirmationNeededFor('4208022010', TODAY)).toBeNull()
    expect(needsMemberConfirmation(FAMILY_RULES.confirmationAge - 1)).toBe(false)
  })
})

describe('relationship rules', () => {
  it('a parent is at least 14 years older, and then the other is their child', () => {
    fc.assert(
      fc.property(birthDates, birthDates, (a, b) => {
        const [older, younger] = a <= b ? [a, b] : [b, a]
        const ok = relationProblem('parent', iso(younger), iso(older), 40) === null
        // Symmetric: if the older can be the younger's parent, the younger can be the older's child.
        expect(relationProblem('child', iso(older), iso(younger), 20) === null).toBe(ok)
        const gapYears = (younger.getTime() - older.getTime()) / (365.25 * 86400_000)
        if (gapYears >= 14.01) expect(ok).toBe(true)
        if (gapYears < 13.99) expect(ok).toBe(false)
      }),
    )
  })

  it('a spouse must be an adult; 其他近亲属 has no age rule', () => {
    expect(relationProblem('spouse', BINDER_BIRTH, '2010-01-01', 16)).toBe('配偶应已成年，请核对关系')
    expect(relationProblem('spouse', BINDER_BIRTH, '1990-01-01', 36)).toBeNull()
    expect(relationProblem('other', BINDER_BIRTH, '2020-01-01', 6)).toBeNull()
  })

  it('names the relative as people say it', () => {
    expect(kinshipLabel('parent', 'female')).toBe('母亲')
    expect(kinshipLabel('parent', 'male')).toBe('父亲')
    expect(kinshipLabel('child', 'female')).toBe('女儿')
    expect(kinshipLabel('self', 'male')).toBe('本人')
  })
})

describe('masking', () => {
  it('keeps only the first 4 and last 4 of any ID, and 3+4 of a phone', () => {
    fc.assert(
      fc.property(birthDates, fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^1[3-9]\d{9}$/), (birth, seq, phone) => {
        const id = makeIdCard('430406', ymd(birth), seq)
        expect(maskIdCard(id)).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`)
        expect(maskPhone(phone)).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
      }),
    )
  })
})

describe('the pledge', () => {
  it('names both people and the relation, and says either side may unbind', () => {
    const text = pledgeText('李明', '王秀英', 'parent').join('\n')
    expect(text).toContain('本人李明申请将王秀英（父母）绑定')
    expect(text).toContain('随时解除绑定')
  })
})

describe('code timers', () => {
  it('counts the resend cooldown down to 0 and the minutes until the code expires', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 * 60_000 }), (elapsed) => {
        const sent = 1_000_000
        const view = challengeView(
          { resendAvailableAt: sent + FAMILY_RULES.resendCooldownMs, expiresAt: sent + FAMILY_RULES.codeTtlMs },
          sent + elapsed,
        )
        expect(view.resendIn).toBe(Math.max(0, Math.ceil((60_000 - elapsed) / 1000)))
        expect(view.resendIn === 0).toBe(elapsed >= 60_000)
        expect(view.expired).toBe(elapsed >= 10 * 60_000)
        expect(view.minutesLeft).toBeLessThanOrEqual(10)
      }),
    )
  })

  it('keeps only 6 digits of a typed or pasted code', () => {
    expect(cleanCode(' 12 34-567 ')).toBe('123456')
    expect(cleanCode('验证码：654321')).toBe('654321')
  })
})

describe('family list', () => {
  const member = (over: Partial<FamilyMember>): FamilyMember => ({
    bindingId: 'B',
    relation: 'parent',
    status: 'active',
    personId: 'P002',
    name: '王秀英',
    idNumberMasked: '4304**********2429',
    createdAt: 1,
    ...over,
  })

  it('shows one row per person, their latest binding, active before pending before ended', () => {
    const rows = familyRows([
      member({ bindingId: 'old', status: 'unbound', createdAt: 1 }),
      member({ bindingId: 'new', status: 'active', createdAt: 5 }),
      member({ bindingId: 'z', personId: 'P004', name: '张桂芳', idNumberMasked: '3201**********1288', status: 'pending', createdAt: 9 }),
      member({ bindingId: 'f', personId: 'P003', name: '李建国', idNumberMasked: '4304**********3151', status: 'unbound', createdAt: 3 }),
    ])
    expect(rows.map((r) => r.bindingId)).toEqual(['new', 'z', 'f'])
  })

  it('counts active and pending members toward the limit of 8', () => {
    const list = Array.from({ length: 8 }, (_, i) => member({ bindingId: `b${i}`, status: i % 2 ? 'pending' : 'active' }))
    expect(usedPlaces(list)).toBe(8)
    expect(atLimit(list)).toBe(true)
    expect(atLimit([...list.slice(1), member({ status: 'unbound' })])).toBe(false)
  })
})
