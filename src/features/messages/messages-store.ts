import { create } from 'zustand'
import { backend, type Backend } from '@/backend'
import type { Message } from '@/domain'
import { createResource } from '@/app-state/server-state'
import { useSession } from '@/app-state/session-store'

export interface MessagesDeps {
  api: Backend['messages']
  report: (error: unknown) => string
}

/** Messages are account-wide, so they stay in memory only (a device copy could outlive an unbinding). */
export function createMessagesStore(deps: MessagesDeps) {
  const list = createResource<[], Message[]>({ fetch: () => deps.api.list() }, deps)
  const unread = create(() => ({ count: 0 }))

  const countUnread = (items: Message[]) => unread.setState({ count: items.filter((m) => !m.read).length })

  return {
    list,
    unread,
    async load() {
      const entry = await list.load()
      if (entry.data && !entry.error) countUnread(entry.data)
    },
    async refreshUnread() {
      try {
        unread.setState({ count: await deps.api.unreadCount() })
      } catch (error) {
        deps.report(error)
      }
    },
    async markAllRead() {
      const items = list.peek().data ?? []
      const ids = items.filter((m) => !m.read).map((m) => m.id)
      if (ids.length === 0) return
      try {
        await deps.api.markRead(ids)
        const read = items.map((m) => ({ ...m, read: true }))
        list.put([], read)
        countUnread(read)
      } catch (error) {
        deps.report(error)
      }
    },
  }
}

export type MessagesStore = ReturnType<typeof createMessagesStore>

export const messages = createMessagesStore({ api: backend.messages, report: (e) => useSession.getState().report(e) })

export const useUnreadCount = () => messages.unread((s) => s.count)
