import type { Idempotent, Instant, PersonId, PersonSummary } from '@/domain/common'

export type Relation = 'parent' | 'spouse' | 'child' | 'other'

export const RELATION_LABELS: Record<Relation, string> = {
  parent: '父母',
  spouse: '配偶',
  child: '子女',
  other: '其他近亲属',
}

export const RELATIONS: readonly Relation[] = ['parent', 'spouse', 'child', 'other']

/** How the user would say it: 母亲 rather than 父母. */
export function kinshipLabel(relation: Relation | 'self', gender: 'male' | 'female'): string {
  if (relation === 'self') return '本人'
  if (relation === 'parent') return gender === 'female' ? '母亲' : '父亲'
  if (relation === 'child') return gender === 'female' ? '女儿' : '儿子'
  if (relation === 'spouse') return gender === 'female' ? '妻子' : '丈夫'
  return '亲属'
}

export const NAME_PATTERN = /^[\u4e00-\u9fff·]{2,20}$/
export const PHONE_PATTERN = /^1[3-9]\d{9}$/

export type BindingStatus = 'pending' | 'active' | 'unbound'

export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '待确认',
  active: '已绑定',
  unbound: '已解除',
}

/** Rules both the app (field errors) and the server (enforcement) apply. */
export const FAMILY_RULES = {
  maxMembers: 8,
  /** Members younger than this skip their own confirmation. */
  confirmationAge: 16,
  codeLength: 6,
  resendCooldownMs: 60_000,
  codeTtlMs: 10 * 60_000,
  maxWrongTries: 5,
  lockMs: 30 * 60_000,
  /** Wrong codes against one member from all binders together, per window, before the member is locked for everyone. */
  maxWrongTriesPerMember: 8,
  memberWindowMs: 24 * 3600_000,
  /** A parent is at least this many years older than the child, and vice versa. */
  minGenerationGapYears: 14,
  minSpouseAge: 18,
} as const

/**
 * Whether the relation is plausible from the two birth dates (`YYYY-MM-DD`), or a Chinese reason why not.
 * Checked on the ID numbers' birth dates so a typo in the relation is caught before the member is asked.
 */
export function relationProblem(relation: Relation, binderBirth: string, memberBirth: string, memberAge: number): string | null {
  const gap = FAMILY_RULES.minGenerationGapYears
  if (relation === 'parent' && yearsBetween(memberBirth, binderBirth) < gap)
    return '按身份证上的出生日期，该成员不可能是您的父母，请核对关系'
  if (relation === 'child' && yearsBetween(binderBirth, memberBirth) < gap)
    return '按身份证上的出生日期，该成员不可能是您的子女，请核对关系'
  if (relation === 'spouse' && memberAge < FAMILY_RULES.minSpouseAge) return '配偶应已成年，请核对关系'
  return null
}

/** Whole years from `a` to `b` (positive when a is earlier). */
function yearsBetween(a: string, b: string): number {
  const [ay, am, ad] = a.split('-').map(Number)
  const [by, bm, bd] = b.split('-').map(Number)
  let years = by - ay
  if (bm < am || (bm === am && bd < ad)) years -= 1
  return years
}

export function needsMemberConfirmation(memberAge: number): boolean {
  return !(memberAge < FAMILY_RULES.confirmationAge)
}

export interface FamilyMember {
  bindingId: string
  relation: Relation
  status: BindingStatus
  /** Whom the binding is about, so the binder's device can forget them once it ends. */
  personId: PersonId
  /** Always present: the binder typed these. */
  name: string
  idNumberMasked: string
  /** The member's insurance details, only while the binding is active. */
  person?: PersonSummary
  createdAt: Instant
  boundAt?: Instant
  unboundAt?: Instant
  /** Who ended the binding. */
  unboundBy?: 'binder' | 'member'
}

/** A binding seen from the member's side: someone who may act for me. */
export interface FamilyBinder {
  bindingId: string
  /** How the binder described me to them. */
  relation: Relation
  status: BindingStatus
  binderName: string
  binderPhoneMasked: string
  boundAt?: Instant
}

export interface BindingRequest extends Idempotent {
  name: string
  idNumber: string
  relation: Relation
  /** The member's phone; must be the one they registered, since the code goes there. */
  phone: string
  pledgeAccepted: boolean
}

export interface BindingChallenge {
  bindingId: string
  /** false for members under 16: the binding is active at once. */
  needsConfirmation: boolean
  /** Where the code was sent, masked. */
  phoneMasked: string
  /** Only the mock fills this, so the demo can show the code. */
  demoCode?: string
  resendAvailableAt: Instant
  expiresAt: Instant
  /** Wrong codes still allowed before the attempt locks. */
  triesLeft: number
}

export interface DelegationRecord {
  id: string
  personId: PersonId
  actorName: string
  action: string
  at: Instant
}
