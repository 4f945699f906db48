import type { Instant, PersonId } from '@/domain/common'

export type MessageKind =
  | 'filing-approved'
  | 'filing-rejected'
  | 'filing-expiring'
  | 'account-credited'
  | 'settlement'
  | 'family'
  | 'qualification'
  | 'system'
  | 'transfer'
  | 'claim'

export interface Message {
  id: string
  kind: MessageKind
  /** Whose business it concerns (self or a relative). */
  personId: PersonId
  title: string
  body: string
  createdAt: Instant
  read: boolean
  /** In-app route to open, e.g. a filing detail. */
  link?: string
}
