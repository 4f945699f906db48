import * as v from 'valibot'
import type { MessagesApi } from '@/backend/port/messages'
import { parseInput } from '@/domain/validate'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'

export function createMessagesService(server: MockServer): ServerSide<MessagesApi> {
  const visible = (accountPersonIds: string[]) => server.state.messages.filter((m) => accountPersonIds.includes(m.personId))

  return {
    list(caller) {
      const account = server.account(caller)
      return visible(server.actablePersonIds(account))
    },
    unreadCount(caller) {
      const account = server.account(caller)
      return visible(server.actablePersonIds(account)).filter((m) => !m.read).length
    },
    markRead(caller, rawIds) {
      const account = server.account(caller)
      const ids = parseInput(v.array(v.string(), '消息编号不正确'), rawIds)
      const mine = new Set(visible(server.actablePersonIds(account)).map((m) => m.id))
      for (const message of server.state.messages) {
        if (ids.includes(message.id) && mine.has(message.id)) message.read = true
      }
      server.save()
    },
  }
}
