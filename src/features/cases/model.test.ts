import { createTestServer } from '@/backend/mock/test-server'
import { filingCase, qualificationCase, transferCase, visibleCases, type CaseItem } from '@/features/cases/model'

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

describe('我的办件 with a transfer', () => {
  it('a transfer just applied is 办理中 under 转移接续, and cancelling it moves it to 已结束', async () => {
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    const month = new Date(t.now() + 8 * 3600 * 1000).toISOString().slice(0, 7)
    const applied = await demo.transfers.apply({
      requestId: 'cases-transfer-1',
      personId: 'P001',
      fromRegion: { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' },
      toRegion: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
      employment: 'employer',
      employerName: '广州示例科技有限公司',
      newSinceMonth: month,
    })
    expect(transferCase(applied)).toMatchObject({ kind: 'transfer', stage: 'active', personName: '李明' })
    t.advance(1000)
    const cancelled = await demo.transfers.cancel(applied.id, { requestId: 'cases-transfer-cancel-1' })
    const c = transferCase(cancelled)
    expect(c).toMatchObject({ stage: 'ended', link: `/subpackages/transfer/pages/detail/index?id=${encodeURIComponent(applied.id)}` })
    expect(c.updatedAt).toBeGreaterThan(transferCase(applied).updatedAt)
  })
})
