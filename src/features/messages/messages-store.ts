import { create } from 'zustand'
import { backend } from '@/backend'
import { type Message } from '@/domain'
import { useSession } from '@/app-state/session-store'

interface MessagesState {
  items: Message[]
  unread: number
  loading: boolean
  error: string | null
  loadedAt: number | null
  load(): Promise<void>
  refreshUnread(): Promise<void>
  markAllRead(): Promise<void>
}

export const useMessages = create<MessagesState>()((set, get) => ({
  items: [],
  unread: 0,
  loading: false,
  error: null,
  loadedAt: null,

  async load() {
    set({ loading: true, error: null })
    try {
      const items = await backend.messages.list()
      set({ items, unread: items.filter((m) => !m.read).length, loading: false, loadedAt: Date.now() })
    } catch (error) {
      set({ loading: false, error: useSession.getState().report(error) })
    }
  },

  async refreshUnread() {
    try {
      set({ unread: await backend.messages.unreadCount() })
    } catch (error) {
      useSession.getState().report(error)
    }
  },

  async markAllRead() {
    const ids = get()
      .items.filter((m) => !m.read)
      .map((m) => m.id)
    if (ids.length === 0) return
    try {
      await backend.messages.markRead(ids)
      set({ items: get().items.map((m) => ({ ...m, read: true })), unread: 0 })
    } catch (error) {
      useSession.getState().report(error)
    }
  },
}))
