import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

export function sessionContract(make: ContractFactory): void {
  describe('session', () => {
    it('signs in and returns the profile with self first and bound relatives after', async () => {
      const { demo } = await make()
      const profile = await demo.session.getProfile()
      expect(profile.self.id).toBe(DEMO.self)
      expect(profile.actable.map((p) => p.id)).toEqual([DEMO.self, DEMO.mother, DEMO.father])
      expect(profile.actable.map((p) => p.relation)).toEqual(['self', 'parent', 'parent'])
    })

    it('never returns raw ID or phone numbers', async () => {
      const { demo } = await make()
      const profile = await demo.session.getProfile()
      for (const person of profile.actable) {
        expect(person.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
        expect(person.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
        expect(JSON.stringify(person)).not.toMatch(/\d{17}[\dX]/)
      }
    })

    it('refuses calls without a session', async () => {
      const { anonymous } = await make()
      await expectBackendError(anonymous.session.getProfile(), 'UNAUTHENTICATED')
    })

    it('expires sessions', async () => {
      const { demo, advance } = await make()
      advance(3 * 3600 * 1000)
      await expectBackendError(demo.session.getProfile(), 'SESSION_EXPIRED')
      await demo.session.login('code-again')
      await expect(demo.session.getProfile()).resolves.toMatchObject({ self: { id: DEMO.self } })
    })

    it('rejects an empty login code', async () => {
      const { anonymous } = await make()
      await expectBackendError(anonymous.session.login(''), 'VALIDATION')
    })
  })
}
