import type { Instant, PersonId, PersonSummary } from './common'

export type Relation = 'parent' | 'spouse' | 'child' | 'other'

export const RELATION_LABELS: Record<Relation, string> = {
  parent: '父母',
  spouse: '配偶',
  child: '子女',
  other: '其他近亲属',
}

export type BindingStatus = 'pending' | 'active' | 'unbound'

export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '待确认',
  active: '已绑定',
  unbound: '已解除',
}

export interface FamilyMember {
  bindingId: string
  relation: Relation
  status: BindingStatus
  person: PersonSummary
  boundAt?: Instant
}

export interface BindingRequest {
  name: string
  idNumber: string
  relation: Relation
  phone: string
  pledgeAccepted: boolean
}

export interface BindingChallenge {
  bindingId: string
  /** false for members under 16: the binding is active at once. */
  needsConfirmation: boolean
  /** Only the mock fills this, so the demo can show the code. */
  demoCode?: string
  resendAvailableAt: Instant
  expiresAt: Instant
}

export interface DelegationRecord {
  id: string
  personId: PersonId
  actorName: string
  action: string
  at: Instant
}

export interface FamilyApi {
  list(): Promise<FamilyMember[]>
  startBinding(request: BindingRequest): Promise<BindingChallenge>
  resendCode(bindingId: string): Promise<BindingChallenge>
  confirm(bindingId: string, code: string): Promise<FamilyMember>
  unbind(bindingId: string): Promise<void>
  delegations(personId: PersonId): Promise<DelegationRecord[]>
}
