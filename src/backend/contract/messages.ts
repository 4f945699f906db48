import { DEMO, type ContractFactory } from '@/backend/contract/harness'

export function messagesContract(make: ContractFactory): void {
  describe('messages', () => {
    it('counts unread messages and marks them read', async () => {
      const { demo } = await make()
      const unread = await demo.messages.unreadCount()
      expect(unread).toBeGreaterThan(0)
      const list = await demo.messages.list()
      await demo.messages.markRead(list.filter((m) => !m.read).map((m) => m.id))
      expect(await demo.messages.unreadCount()).toBe(0)
    })

    it('shows an account only messages about people it may act for', async () => {
      const { demo, other } = await make()
      const mine = await demo.messages.list()
      const theirs = await other.messages.list()
      expect(theirs.some((m) => [DEMO.self, DEMO.mother, DEMO.father].includes(m.personId as never))).toBe(false)
      // Marking someone else's message read does nothing.
      await other.messages.markRead(mine.map((m) => m.id))
      expect(await demo.messages.unreadCount()).toBe(mine.filter((m) => !m.read).length)
    })
  })
}
