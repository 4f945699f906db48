/** Pure rules of the family (亲情账户) flow: form checks, the pledge, list ordering and code timers. */
import {
  FAMILY_RULES,
  NAME_PATTERN,
  PHONE_PATTERN,
  RELATIONS,
  RELATION_LABELS,
  needsMemberConfirmation,
  relationProblem,
  type BindingChallenge,
  type BindingStatus,
  type FamilyMember,
  type Relation,
} from '@/domain'
import { ageOn, birthDateOf, idCardMessage, normalizeIdCard } from '@/lib/id-card'

export interface BindingForm {
  name: string
  idNumber: string
  relation: Relation | ''
  phone: string
}

export type BindingField = keyof BindingForm | 'pledgeAccepted'
export type FieldErrors = Partial<Record<BindingField, string>>

export const EMPTY_FORM: BindingForm = { name: '', idNumber: '', relation: '', phone: '' }

/** Field errors for the add-member form, as the user would see them under each field. */
export function validateForm(form: BindingForm, binderBirthDate: string, today: Date): FieldErrors {
  const errors: FieldErrors = {}
  const name = form.name.trim()
  if (!name) errors.name = '请输入姓名'
  else if (!NAME_PATTERN.test(name)) errors.name = '请输入身份证上的中文姓名'

  const idError = idCardMessage(form.idNumber, today)
  if (idError) errors.idNumber = idError

  if (!form.relation || !RELATIONS.includes(form.relation)) errors.relation = '请选择与您的关系'
  else if (!idError) {
    const id = normalizeIdCard(form.idNumber)
    const problem = relationProblem(form.relation, binderBirthDate, birthDateOf(id)!.format('YYYY-MM-DD'), ageOn(id, today))
    if (problem) errors.relation = problem
  }

  const phone = form.phone.trim()
  if (!phone) errors.phone = '请输入手机号'
  else if (!PHONE_PATTERN.test(phone)) errors.phone = '请输入11位手机号'
  return errors
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some(Boolean)
}

/** null until the ID is complete and valid; then whether the member confirms by SMS themselves. */
export function confirmationNeededFor(idNumber: string, today: Date): boolean | null {
  if (idCardMessage(idNumber, today)) return null
  return needsMemberConfirmation(ageOn(normalizeIdCard(idNumber), today))
}

/** The 承诺书 the binder confirms before the member is asked. */
export function pledgeText(binderName: string, memberName: string, relation: Relation): string[] {
  const who = `${memberName}（${RELATION_LABELS[relation]}）`
  return [
    `本人${binderName}申请将${who}绑定为亲情账户家庭成员，并郑重承诺：`,
    `一、本人与${who}的亲属关系真实，所填姓名、身份证号和手机号均为其本人信息。`,
    `二、绑定后代为查询医保记录、办理异地就医备案等业务，均已取得${memberName}本人同意，并以其利益为准。`,
    '三、妥善保管查询到的个人信息，不向他人泄露，不用于与医保业务无关的用途。',
    '四、如有隐瞒、伪造或冒用，本人愿意承担由此产生的一切法律责任，并接受医保部门依法处理。',
    `五、${memberName}本人或本人均可随时解除绑定，解除后将不能再代为查询或办理。`,
  ]
}

const STATUS_ORDER: Record<BindingStatus, number> = { active: 0, pending: 1, unbound: 2 }

/** One row per person (their latest binding): active first, then 待确认, then ended ones. */
export function familyRows(members: readonly FamilyMember[]): FamilyMember[] {
  const latest = new Map<string, FamilyMember>()
  for (const m of members) {
    const key = m.personId
    const seen = latest.get(key)
    if (!seen || m.createdAt > seen.createdAt) latest.set(key, m)
  }
  return [...latest.values()].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || b.createdAt - a.createdAt)
}

/** Active plus pending members count toward the limit. */
export function usedPlaces(members: readonly FamilyMember[]): number {
  return members.filter((m) => m.status !== 'unbound').length
}

export function atLimit(members: readonly FamilyMember[]): boolean {
  return usedPlaces(members) >= FAMILY_RULES.maxMembers
}

export interface ChallengeView {
  /** Seconds until 重新发送 is allowed; 0 when allowed now. */
  resendIn: number
  expired: boolean
  /** Whole minutes left before the code expires (rounded up). */
  minutesLeft: number
}

export function challengeView(challenge: Pick<BindingChallenge, 'resendAvailableAt' | 'expiresAt'>, now: number): ChallengeView {
  const resendIn = Math.max(0, Math.ceil((challenge.resendAvailableAt - now) / 1000))
  const left = challenge.expiresAt - now
  return { resendIn, expired: left <= 0, minutesLeft: Math.max(0, Math.ceil(left / 60_000)) }
}

/** `HH:mm` of an instant, for "请于 10:42 后再试". */
export function clockTime(at: number): string {
  const d = new Date(at)
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
}

export function lockedMessage(until: number): string {
  return `验证码错误次数过多，已锁定30分钟，请于 ${clockTime(until)} 后重新获取验证码`
}

/** Only digits, at most 6: what the code box keeps of what was typed or pasted. */
export function cleanCode(raw: string): string {
  return raw.replace(/\D/g, '').slice(0, FAMILY_RULES.codeLength)
}
