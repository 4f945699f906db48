import { createTestServer } from '@/backend/mock/test-server'
import { filingCase, qualificationCase, visibleCases, type CaseItem } from '@/features/cases/model'

const item = (over: Partial<CaseItem>): CaseItem => ({
  kind: 'filing',
  id: 'F1',
  personId: 'P001',
  personName: '李明',
  title: 't',
  statusLabel: 's',
  stage: 'active',
  updatedAt: 0,
  link: '/x',
  ...over,
})

describe('我的办件 model', () => {
  it('orders by the last change, newest first, and filters by person and stage', () => {
    const items = [
      item({ id: 'A', updatedAt: 10, personId: 'P001', stage: 'done' }),
      item({ id: 'B', updatedAt: 30, personId: 'P002', stage: 'active' }),
      item({ id: 'C', updatedAt: 20, personId: 'P002', stage: 'ended', kind: 'chronic' }),
    ]
    expect(visibleCases(items, {}).map((c) => c.id)).toEqual(['B', 'C', 'A'])
    expect(visibleCases(items, { personId: 'P002' }).map((c) => c.id)).toEqual(['B', 'C'])
    expect(visibleCases(items, { personId: 'P002', stage: 'ended' }).map((c) => c.id)).toEqual(['C'])
    expect(visibleCases(items, { stage: 'done' }).map((c) => c.id)).toEqual(['A'])
  })

  it('maps the seeded filings and qualifications to cases with their detail links and stages', async () => {
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    const filings = (await demo.filings.list()).map(filingCase)
    const qualifications = (await demo.chronic.list()).map(qualificationCase)
    expect(filings.length).toBeGreaterThan(0)
    for (const c of filings) {
      expect(c.link).toBe(`/subpackages/filing/pages/detail/index?id=${encodeURIComponent(c.id)}`)
      expect(c.updatedAt).toBeGreaterThan(0)
    }
    const approved = qualifications.find((c) => c.statusLabel === '已认定')
    expect(approved).toMatchObject({ stage: 'done', personName: '王秀英' })
    expect(approved!.link).toContain('/subpackages/chronic/pages/detail/index?id=')
  })

  it('a lapsed filing is 已结束, dated by its last change (the lapse), not by when it was filed', async () => {
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    const expired = (await demo.filings.list()).find((f) => f.status === 'expired')
    if (!expired) throw new Error('the seed has an expired filing')
    const c = filingCase(expired)
    expect(c).toMatchObject({ stage: 'ended', statusLabel: '已失效' })
    expect(c.updatedAt).toBe(expired.history[expired.history.length - 1].at)
    expect(c.updatedAt).toBeGreaterThan(expired.createdAt)
  })
})
