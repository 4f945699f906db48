import type { Message } from '@/domain'

export interface MessagesApi {
  list(): Promise<Message[]>
  unreadCount(): Promise<number>
  markRead(ids: string[]): Promise<void>
}
