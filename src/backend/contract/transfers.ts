import type { Backend } from '@/backend/port'
import type { AccountFlow, Contribution, Region, TransferInput } from '@/domain'
import { TRANSFER_STEPS } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

const DAY = 24 * 3600 * 1000
const JINGMEN: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const HENGYANG: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const HONG_KONG: Region = { provinceCode: '810000', provinceName: '香港特别行政区', cityCode: '810100', cityName: '香港' }

let seq = 0
const rid = () => `transfer-${Date.now().toString(36)}-${++seq}`

const chinaMonth = (now: number) => new Date(now + 8 * 3600 * 1000).toISOString().slice(0, 7)

/** 李明 moves from 荆门 to a 广州 employer, insured there since this month. */
function toGuangzhou(now: number, overrides: Partial<TransferInput> = {}): TransferInput {
  return {
    requestId: rid(),
    personId: DEMO.self,
    fromRegion: JINGMEN,
    toRegion: GUANGZHOU,
    employment: 'employer',
    employerName: '广州示例科技有限公司',
    newSinceMonth: chinaMonth(now),
    ...overrides,
  }
}

async function all<T>(fetch: (page: number) => Promise<{ items: T[]; hasMore: boolean }>): Promise<T[]> {
  const items: T[] = []
  for (let page = 1; ; page++) {
    const result = await fetch(page)
    items.push(...result.items)
    if (!result.hasMore) return items
  }
}

/** Moves the clock by `ms`; sessions last hours, so 李明 signs in again, as he would weeks later. */
async function later(c: { advance(ms: number): void }, b: Backend, ms: number) {
  c.advance(ms)
  await b.session.login('demo')
}

/** Moves the clock a day at a time until the transfer reaches `status` (at most `days`). */
async function until(c: { advance(ms: number): void }, b: Backend, id: string, status: string, days = 30) {
  for (let i = 0; i < days; i++) {
    const t = await b.transfers.get(id)
    if (t.status === status) return t
    await later(c, b, DAY)
  }
  return b.transfers.get(id)
}

export function transfersContract(make: ContractFactory): void {
  describe('跨省转移接续', () => {
    it('walks 已申请 → 转出地审核 → 转出地已转出 → 转入地已接收 → 已完成 in order, each step dated and messaged', async () => {
      const c = await make()
      const { demo } = c
      const applied = await demo.transfers.apply(toGuangzhou(c.now()))
      expect(applied).toMatchObject({ personId: DEMO.self, status: 'applied', fromRegion: JINGMEN, toRegion: GUANGZHOU })
      expect(applied.title).toContain('荆门市')
      expect(applied.title).toContain('广州市')
      expect(applied.nextStepDueAt).toBeGreaterThan(c.now())
      // Nothing moves before its time.
      await later(c, demo, DAY / 2)
      expect((await demo.transfers.get(applied.id)).status).toBe('applied')
      const done = await until(c, demo, applied.id, 'completed')
      expect(done.status).toBe('completed')
      // No step skipped, none repeated, no illegal transition, and time only goes forward.
      expect(done.history.map((e) => e.status)).toEqual([...TRANSFER_STEPS])
      for (let i = 1; i < done.history.length; i++) expect(done.history[i].at).toBeGreaterThanOrEqual(done.history[i - 1].at)
      expect(done.updatedAt).toBe(done.history[done.history.length - 1].at)
      expect(done.monthsMoved).toBeGreaterThan(12 * 10)
      expect(done.nextStepDueAt).toBeUndefined()
      const messages = (await demo.messages.list()).filter((m) => m.kind === 'transfer' && m.link?.includes(applied.id))
      expect(messages).toHaveLength(TRANSFER_STEPS.length)
      // The newest list entry first: the shape a list of every 办件 uses.
      const [first] = await demo.transfers.list()
      expect(first).toMatchObject({ id: applied.id, personId: DEMO.self, status: 'completed', title: applied.title })
    })

    it('completion moves 参保地, merges the record (each period marked with its place), moves the balance and ends the old filing', async () => {
      const c = await make()
      const { demo } = c
      const start = new Date(c.now() + 8 * 3600 * 1000 + DAY).toISOString().slice(0, 10)
      const filing = await demo.filings.submit({
        requestId: rid(),
        personId: DEMO.self,
        category: 'long-term-resident',
        destination: GUANGZHOU,
        startDate: start,
        phone: '13872451234',
        address: '广州市天河区体育西路1号',
        usePledge: true,
        materials: [],
      })
      expect(filing.status).toBe('approved')
      const monthsBefore = await demo.records.insurance(DEMO.self)
      const applied = await demo.transfers.apply(toGuangzhou(c.now(), { newSinceMonth: chinaMonth(c.now() - 31 * DAY) }))
      const out = await until(c, demo, applied.id, 'transferred-out')
      // The balance at 转出 moves. It is not compared with the balance read when applying: the steps move the clock by
      // days (a month may start, with its 划入), and months from the new place's first month are rated there.
      const moved = out.balanceMovedFen ?? 0
      expect(moved).toBeGreaterThan(0)
      // Between 转出 and 转入 the money is on its way: it has left the old account and not yet arrived.
      const inTransit: AccountFlow[] = await all((page) => demo.records.accountFlow(DEMO.self, { page, pageSize: 200, type: 'transfer' }))
      expect(inTransit.map((f) => f.amountFen)).toEqual([-moved])
      await until(c, demo, applied.id, 'completed')

      const insurance = await demo.records.insurance(DEMO.self)
      expect(insurance.insuredRegion).toEqual(GUANGZHOU)
      // 缴费年限 are merged: nothing is lost in the move.
      expect(insurance.contributionYears * 12 + insurance.contributionExtraMonths).toBeGreaterThanOrEqual(
        monthsBefore.contributionYears * 12 + monthsBefore.contributionExtraMonths,
      )
      const contributions: Contribution[] = await all((page) => demo.records.contributions(DEMO.self, { page, pageSize: 200 }))
      const places = new Set(contributions.map((x) => x.insuredRegion?.cityName))
      expect(places).toEqual(new Set(['荆门市', '广州市']))
      expect(contributions.find((x) => x.period === '2015-06')?.insuredRegion).toEqual(JINGMEN)
      expect(contributions.find((x) => x.period === chinaMonth(c.now() - 40 * DAY))?.insuredRegion?.cityName).toBe(
        chinaMonth(c.now() - 40 * DAY) >= applied.newSinceMonth ? '广州市' : '荆门市',
      )
      const flows: AccountFlow[] = await all((page) => demo.records.accountFlow(DEMO.self, { page, pageSize: 200 }))
      const moves = flows.filter((f) => f.type === 'transfer')
      expect(moves.map((f) => f.amountFen).sort((a, b) => a - b)).toEqual([-moved, moved])

      const ended = await demo.filings.get(filing.id)
      expect(ended.status).toBe('expired')
      const done = await demo.transfers.get(applied.id)
      expect(done.endedFilingIds).toEqual([filing.id])
      const messages = await demo.messages.list()
      expect(messages.some((m) => m.title === '异地就医备案已终止' && m.link?.includes(filing.id))).toBe(true)
      // 广州 is now the 参保地: a filing to 广东 is no longer cross-province.
      const tomorrow = new Date(c.now() + 8 * 3600 * 1000 + DAY).toISOString().slice(0, 10)
      const refused = demo.filings.submit({
        requestId: rid(),
        personId: DEMO.self,
        category: 'long-term-resident',
        destination: { ...GUANGZHOU, cityCode: '440300', cityName: '深圳市' },
        startDate: tomorrow,
        phone: '13872451234',
        address: '深圳市南山区科技园2号',
        usePledge: true,
        materials: [],
      })
      await expect(refused).rejects.toMatchObject({ details: { reason: 'NOT_ELIGIBLE' } })
      // …and back to 荆门 it is.
      const back = await demo.filings.submit({
        requestId: rid(),
        personId: DEMO.self,
        category: 'other-temporary',
        destination: JINGMEN,
        startDate: tomorrow,
        endDate: `${Number(tomorrow.slice(0, 4)) + 1}${tomorrow.slice(4)}`,
        phone: '13872451234',
        address: '荆门市东宝区象山大道18号',
        usePledge: false,
        materials: [],
      })
      expect(back.insuredRegion).toEqual(GUANGZHOU)
    })

    it('can be cancelled with its request id before 转出; after 转出 the cancel is refused and nothing changes', async () => {
      const c = await make()
      const { demo } = c
      const first = await demo.transfers.apply(toGuangzhou(c.now()))
      const cancel = { requestId: rid(), reason: '新单位暂缓入职' }
      const cancelled = await demo.transfers.cancel(first.id, cancel)
      expect(cancelled.status).toBe('cancelled')
      expect(cancelled.history.map((e) => e.status)).toEqual(['applied', 'cancelled'])
      expect(cancelled.history[1].note).toBe('新单位暂缓入职')
      // The same cancel again (a double tap) answers the same; time passing does not revive it.
      expect((await demo.transfers.cancel(first.id, cancel)).status).toBe('cancelled')
      await later(c, demo, 30 * DAY)
      expect((await demo.transfers.get(first.id)).status).toBe('cancelled')
      expect((await demo.records.insurance(DEMO.self)).insuredRegion).toEqual(JINGMEN)

      const second = await demo.transfers.apply(toGuangzhou(c.now()))
      await until(c, demo, second.id, 'transferred-out')
      const refusal = demo.transfers.cancel(second.id, { requestId: rid() })
      await expect(refusal).rejects.toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'ALREADY_TRANSFERRED_OUT' } })
      const still = await demo.transfers.get(second.id)
      expect(still.status).toBe('transferred-out')
      expect(still.history.some((e) => e.status === 'cancelled')).toBe(false)
    })

    it('is idempotent by request id and one at a time', async () => {
      const c = await make()
      const { demo } = c
      const input = toGuangzhou(c.now())
      const a = await demo.transfers.apply(input)
      const b = await demo.transfers.apply(input)
      expect(b.id).toBe(a.id)
      expect(await demo.transfers.list({ personId: DEMO.self })).toHaveLength(1)
      await expect(demo.transfers.apply({ ...input, employerName: '另一家公司有限公司' })).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'IDEMPOTENCY_MISMATCH' },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now()))).rejects.toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'TRANSFER_PENDING', relatedId: a.id },
      })
    })

    it('checks eligibility and fields on the server, with the field each error belongs to', async () => {
      const c = await make()
      const { demo } = c
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { personId: DEMO.father, fromRegion: HENGYANG }))).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
        details: { reason: 'NOT_ELIGIBLE', subReason: 'not-employee' },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { toRegion: JINGMEN }))).rejects.toMatchObject({
        details: { reason: 'NOT_ELIGIBLE', subReason: 'same-city', fields: { toRegion: expect.any(String) } },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { toRegion: HONG_KONG }))).rejects.toMatchObject({
        details: { subReason: 'not-mainland' },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { fromRegion: HENGYANG }))).rejects.toMatchObject({
        details: { subReason: 'from-mismatch', fields: { fromRegion: expect.any(String) } },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { employerName: ' ' }))).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fields: { employerName: '请填写新参保地的用人单位名称' } },
      })
      await expect(demo.transfers.apply(toGuangzhou(c.now(), { newSinceMonth: '2099-01' }))).rejects.toMatchObject({
        code: 'VALIDATION',
        details: { fields: { newSinceMonth: expect.stringContaining('不能晚于本月') } },
      })
      await expectBackendError(demo.transfers.apply({ ...toGuangzhou(c.now()), employment: 'freelance' as never }), 'VALIDATION')
      // 灵活就业 needs no employer.
      const flexible = await demo.transfers.apply(toGuangzhou(c.now(), { employment: 'flexible', employerName: undefined }))
      expect(flexible.employment).toBe('flexible')
      expect(await demo.transfers.list({ personId: DEMO.self })).toHaveLength(1)
    })

    it('acts only for the people the account may act for, and records who acted', async () => {
      const c = await make()
      const { demo, other, anonymous } = c
      const forMother = await demo.transfers.apply(toGuangzhou(c.now(), { personId: DEMO.mother, fromRegion: HENGYANG }))
      expect(forMother.history[0].actorName).toBe('李明')
      await expectBackendError(other.transfers.apply(toGuangzhou(c.now())), 'FORBIDDEN')
      await expectBackendError(other.transfers.get(forMother.id), 'NOT_FOUND')
      await expectBackendError(other.transfers.cancel(forMother.id, { requestId: rid() }), 'NOT_FOUND')
      await expectBackendError(other.transfers.list({ personId: DEMO.mother }), 'FORBIDDEN')
      expect(await other.transfers.list()).toEqual([])
      await expectBackendError(anonymous.transfers.list(), 'UNAUTHENTICATED')
      expect((await demo.transfers.get(forMother.id)).status).toBe('applied')
      const delegations = await demo.family.delegations(DEMO.mother)
      expect(delegations.some((d) => d.action === '申请医保关系转移接续' && d.actorName === '李明')).toBe(true)
    })
  })
}
