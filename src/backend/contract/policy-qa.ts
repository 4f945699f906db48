import { QA_ID_PATTERN } from '@/domain'
import { expectBackendError, type ContractFactory } from '@/backend/contract/harness'

export function policyQaContract(make: ContractFactory): void {
  describe('policy Q&A', () => {
    it('delivers newer content to anyone, and null once the client has it', async () => {
      const { anonymous, demo } = await make()
      const update = await anonymous.policyQa.content()
      expect(update).not.toBeNull()
      expect(update!.version).not.toBe(update!.baseVersion)
      expect(Array.isArray(update!.removed)).toBe(true)
      for (const e of update!.entries) {
        expect(e.id).toMatch(QA_ID_PATTERN)
        expect(e.question.length).toBeGreaterThan(0)
        expect(Array.from(e.short).length).toBeLessThanOrEqual(80)
        expect(e.tags.length).toBeGreaterThan(0)
        expect(e.source.length).toBeGreaterThan(0)
        expect(e.reviewedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      }
      await expect(demo.policyQa.content(update!.version)).resolves.toBeNull()
      // Any older version gets the same delta over the bundled base.
      await expect(demo.policyQa.content(update!.baseVersion)).resolves.toEqual(update)
    })

    it('rejects a malformed content version', async () => {
      const { demo } = await make()
      await expectBackendError(demo.policyQa.content(42 as unknown as string), 'VALIDATION')
      await expectBackendError(demo.policyQa.content('x'.repeat(100)), 'VALIDATION')
    })

    it('needs sign-in to give feedback', async () => {
      const { anonymous } = await make()
      await expectBackendError(anonymous.policyQa.feedback('who-can-file', true), 'UNAUTHENTICATED')
    })

    it('keeps one vote per account and entry: voting again replaces it, other accounts add theirs', async () => {
      const { demo, other } = await make()
      expect(await demo.policyQa.feedback('who-can-file', true)).toEqual({
        entryId: 'who-can-file',
        helpful: true,
        helpfulCount: 1,
        notHelpfulCount: 0,
      })
      // A retry of the same vote counts once.
      expect(await demo.policyQa.feedback('who-can-file', true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 0 })
      expect(await demo.policyQa.feedback('who-can-file', false)).toMatchObject({ helpfulCount: 0, notHelpfulCount: 1 })
      expect(await other.policyQa.feedback('who-can-file', true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 1 })
      // Votes on another entry are counted separately.
      expect(await other.policyQa.feedback('cat-retired', true)).toMatchObject({ helpfulCount: 1, notHelpfulCount: 0 })
    })

    it('validates feedback input with Chinese messages', async () => {
      const { demo } = await make()
      await expectBackendError(demo.policyQa.feedback('<script>', true), 'VALIDATION')
      await expectBackendError(demo.policyQa.feedback('', true), 'VALIDATION')
      await expectBackendError(demo.policyQa.feedback('who-can-file', 'yes' as unknown as boolean), 'VALIDATION')
      await expect(demo.policyQa.feedback('Bad Id', true)).rejects.toMatchObject({ message: '问题编号不正确' })
    })
  })
}
