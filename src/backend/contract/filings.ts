import type { Backend } from '@/backend/port'
import type { Region, FilingInput } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

const DAY = 24 * 3600 * 1000
const GUANGZHOU: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const SHENZHEN: Region = { provinceCode: '440000', provinceName: '广东省', cityCode: '440300', cityName: '深圳市' }
const CHANGSHA: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430100', cityName: '长沙市' }

let seq = 0
const rid = () => `contract-${Date.now().toString(36)}-${++seq}`

/** The server's calendar date in China. */
function chinaDay(now: number, plusDays = 0): string {
  return new Date(now + 8 * 3600 * 1000 + plusDays * DAY).toISOString().slice(0, 10)
}

function plusMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number)
  const target = new Date(Date.UTC(y, m - 1 + months, 1))
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(d, last))
  return target.toISOString().slice(0, 10)
}

function longTerm(now: number, overrides: Partial<FilingInput> = {}): FilingInput & { requestId: string } {
  return {
    requestId: rid(),
    personId: DEMO.self,
    category: 'long-term-resident',
    destination: GUANGZHOU,
    startDate: chinaDay(now, 1),
    phone: '13872451234',
    address: '广州市天河区体育西路1号',
    usePledge: true,
    materials: [],
    ...overrides,
  }
}

function temporary(now: number, overrides: Partial<FilingInput> = {}): FilingInput & { requestId: string } {
  const start = chinaDay(now, 2)
  return {
    requestId: rid(),
    personId: DEMO.mother,
    category: 'other-temporary',
    destination: SHENZHEN,
    startDate: start,
    endDate: plusMonths(start, 6),
    phone: '13907341122',
    address: '深圳市南山区科技园2号',
    usePledge: false,
    materials: [{ kind: 'identity', files: [{ ref: 'photo-1.jpg', sizeBytes: 300_000, mime: 'image/jpeg' }] }],
    ...overrides,
  }
}

async function reviewed(clients: { advance(ms: number): void }, backend: Backend, id: string) {
  clients.advance(60_000)
  return backend.filings.get(id)
}

/** Moves the clock far ahead; the session would have expired, so sign in again. */
async function later(clients: { advance(ms: number): void }, backend: Backend, ms: number) {
  clients.advance(ms)
  await backend.session.login('demo')
}

export function filingsContract(make: ContractFactory): void {
  describe('filings', () => {
    it('gives the 参保地 policy of a person the user acts for, and refuses others', async () => {
      const { demo, other } = await make()
      const policy = await demo.filings.policyFor(DEMO.mother)
      expect(policy.insuredRegion.cityCode).toBe('430400')
      expect(policy.temporaryValidityMonths).toBeGreaterThanOrEqual(6)
      expect(policy.longTermMinMonthsBeforeChange).toBeGreaterThan(0)
      await expectBackendError(other.filings.policyFor(DEMO.mother), 'FORBIDDEN')
    })

    it('lists the seeded filings of everyone the user acts for, masked, and filters them', async () => {
      const { demo, other } = await make()
      const all = await demo.filings.list()
      expect(all.map((f) => f.id)).toEqual(expect.arrayContaining(['FS0001', 'FS0002']))
      const fs1 = all.find((f) => f.id === 'FS0001')!
      expect(fs1).toMatchObject({ personId: DEMO.mother, category: 'long-term-resident', status: 'approved', startDate: '2025-03-01' })
      expect(fs1.destination.cityCode).toBe('420800')
      expect(all.find((f) => f.id === 'FS0002')).toMatchObject({ personId: DEMO.father, status: 'expired', endDate: '2024-10-01' })
      for (const f of all) expect(f.phoneMasked).toMatch(/^\d{3}\*{4}\d{4}$/)
      const fathers = await demo.filings.list({ personId: DEMO.father })
      expect(fathers.every((f) => f.personId === DEMO.father)).toBe(true)
      const expired = await demo.filings.list({ status: ['expired'] })
      expect(expired.length).toBeGreaterThan(0)
      expect(expired.every((f) => f.status === 'expired')).toBe(true)
      expect(await other.filings.list()).toEqual([])
      await expectBackendError(other.filings.list({ personId: DEMO.mother }), 'FORBIDDEN')
      await expectBackendError(other.filings.get('FS0001'), 'FORBIDDEN')
    })

    it('approves a 承诺制 long-term filing at once and notifies', async () => {
      const { demo, now } = await make()
      const filing = await demo.filings.submit(longTerm(now()))
      expect(filing.status).toBe('approved')
      expect(filing.group).toBe('long-term')
      expect(filing.endDate).toBeUndefined()
      expect(filing.changeableFrom).toBe(plusMonths(chinaDay(now()), 6))
      expect(filing.phoneMasked).toBe('138****1234')
      expect((await demo.filings.list()).some((f) => f.id === filing.id)).toBe(true)
      const messages = await demo.messages.list()
      expect(messages.some((m) => m.kind === 'filing-approved' && m.link?.includes(filing.id))).toBe(true)
    })

    it('sends other filings to review, decides them later, and notifies with a link', async () => {
      const clients = await make()
      const { demo, now } = clients
      const filing = await demo.filings.submit(temporary(now()))
      expect(filing.status).toBe('reviewing')
      expect(filing.history[0]).toMatchObject({ status: 'submitted', actorName: '李明' })
      const decided = await reviewed(clients, demo, filing.id)
      expect(decided.status).toBe('approved')
      const messages = await demo.messages.list()
      expect(messages.find((m) => m.link?.endsWith(`id=${filing.id}`))).toMatchObject({ kind: 'filing-approved', personId: DEMO.mother })
      const delegations = await demo.family.delegations(DEMO.mother).catch(() => null)
      if (delegations) expect(delegations.some((d) => d.action === '提交异地就医备案')).toBe(true)
    })

    it('rejects a review with unreadable photos, with a reason', async () => {
      const clients = await make()
      const input = temporary(clients.now(), {
        materials: [{ kind: 'identity', files: [{ ref: 'tiny.png', sizeBytes: 900, mime: 'image/png' }] }],
      })
      const filing = await clients.demo.filings.submit(input)
      const decided = await reviewed(clients, clients.demo, filing.id)
      expect(decided.status).toBe('rejected')
      expect(decided.rejectReason).toMatch(/不清晰/)
      expect((await clients.demo.messages.list()).some((m) => m.kind === 'filing-rejected')).toBe(true)
    })

    it('validates input with Chinese field messages', async () => {
      const { demo, now } = await make()
      const cases: [Partial<FilingInput>, string][] = [
        [{ phone: '12345' }, 'phone'],
        [{ address: '' }, 'address'],
        [{ destination: { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' } }, 'destination'],
        [{ startDate: chinaDay(now(), 91) }, 'startDate'],
        [{ startDate: chinaDay(now(), -3) }, 'startDate'],
        [{ category: 'other-temporary', endDate: undefined, usePledge: false }, 'endDate'],
        [
          { category: 'referral', usePledge: false, endDate: plusMonths(chinaDay(now(), 1), 6), referringHospital: '' },
          'referringHospital',
        ],
        [{ usePledge: false }, 'materials'],
        [
          {
            usePledge: false,
            materials: [{ kind: 'residence-proof', files: [{ ref: 'a.gif', sizeBytes: 10, mime: 'image/gif' as never }] }],
          },
          'materials',
        ],
        [
          {
            usePledge: false,
            materials: [{ kind: 'residence-proof', files: [{ ref: 'a.jpg', sizeBytes: 11 * 1024 * 1024, mime: 'image/jpeg' }] }],
          },
          'materials',
        ],
      ]
      for (const [overrides, field] of cases) {
        const error = await demo.filings.submit(longTerm(now(), overrides)).catch((e: unknown) => e)
        expect(error).toMatchObject({ name: 'BackendError', code: 'VALIDATION' })
        const fields = (error as { details: { fields?: Record<string, string> } }).details.fields ?? {}
        expect(Object.keys(fields).some((k) => k === field || k.startsWith(`${field}.`))).toBe(true)
        expect((error as Error).message).toMatch(/[\u4e00-\u9fff]/)
      }
      // Temporary validity shorter than 6 months.
      const start = chinaDay(now(), 1)
      await expectBackendError(demo.filings.submit(temporary(now(), { startDate: start, endDate: plusMonths(start, 5) })), 'VALIDATION')
      await expectBackendError(demo.filings.submit(longTerm(now(), { personId: DEMO.mother, destination: CHANGSHA })), 'VALIDATION')
    })

    it('allows a late (补办) filing that starts before today while still in hospital', async () => {
      const { demo, now } = await make()
      const start = chinaDay(now(), -5)
      const filing = await demo.filings.submit(temporary(now(), { startDate: start, endDate: plusMonths(start, 6), lateInHospital: true }))
      expect(filing.startDate).toBe(start)
      expect(filing.lateInHospital).toBe(true)
    })

    it('refuses a second active filing for the same person and city, pointing to the first', async () => {
      const { demo, now } = await make()
      const first = await demo.filings.submit(longTerm(now()))
      const error = await demo.filings.submit(longTerm(now())).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'DUPLICATE_FILING', relatedId: first.id } })
    })

    it('is idempotent: the same request id twice gives one filing', async () => {
      const { demo, now } = await make()
      const input = longTerm(now())
      const [a, b] = await Promise.all([demo.filings.submit(input), demo.filings.submit(input)].map((p) => p.catch((e: unknown) => e)))
      const ids = [a, b].filter((x): x is { id: string } => typeof (x as { id?: string }).id === 'string').map((x) => x.id)
      expect(ids.length).toBeGreaterThan(0)
      const again = await demo.filings.submit(input)
      expect(new Set([...ids, again.id]).size).toBe(1)
      const mine = (await demo.filings.list({ personId: DEMO.self })).filter((f) => f.destination.cityCode === GUANGZHOU.cityCode)
      expect(mine).toHaveLength(1)
    })

    it('refuses to cancel a long-term filing within the minimum period, saying when it becomes possible', async () => {
      const clients = await make()
      const { demo, now } = clients
      const filing = await demo.filings.submit(longTerm(now()))
      const error = await demo.filings.cancel(filing.id, { requestId: rid() }).catch((e: unknown) => e)
      expect(error).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'WINDOW_NOT_OPEN', earliestDate: filing.changeableFrom } })
      expect((error as Error).message).toContain('起可以撤销')
      await expectBackendError(demo.filings.change(filing.id, { requestId: rid(), destination: SHENZHEN }), 'RULE_VIOLATION')
      await later(clients, demo, 190 * DAY)
      const cancelled = await demo.filings.cancel(filing.id, { requestId: rid() })
      expect(cancelled.status).toBe('cancelled')
      await expectBackendError(demo.filings.cancel(filing.id, { requestId: rid() }), 'RULE_VIOLATION')
    })

    it('refuses to cancel a filing with an unsettled stay, or an expired one', async () => {
      const { demo } = await make()
      const open = await demo.filings.cancel('FS0003', { requestId: rid() }).catch((e: unknown) => e)
      expect(open).toMatchObject({ code: 'RULE_VIOLATION' })
      expect((open as Error).message).toContain('出院结算')
      await expectBackendError(demo.filings.cancel('FS0002', { requestId: rid() }), 'RULE_VIOLATION')
    })

    it('cancels a temporary filing for a relative, recording who acted', async () => {
      const clients = await make()
      const { demo, other, now } = clients
      const filing = await demo.filings.submit(temporary(now()))
      await reviewed(clients, demo, filing.id)
      await expectBackendError(other.filings.cancel(filing.id, { requestId: rid() }), 'FORBIDDEN')
      const request = { requestId: rid(), reason: '不去了' }
      const cancelled = await demo.filings.cancel(filing.id, request)
      expect(cancelled.status).toBe('cancelled')
      expect(cancelled.history.at(-1)).toMatchObject({ status: 'cancelled', actorName: '李明' })
      // Retrying the same cancel (lost response) returns the cancelled filing rather than an error.
      expect((await demo.filings.cancel(filing.id, request)).status).toBe('cancelled')
    })

    it('changes the dates of an approved temporary filing', async () => {
      const clients = await make()
      const { demo, now } = clients
      const filing = await demo.filings.submit(temporary(now()))
      await reviewed(clients, demo, filing.id)
      const endDate = plusMonths(filing.startDate, 9)
      const changed = await demo.filings.change(filing.id, { requestId: rid(), endDate })
      expect(changed.endDate).toBe(endDate)
      expect(changed.history.at(-1)?.note).toContain('结束日期')
      await expectBackendError(demo.filings.change(filing.id, { requestId: rid(), endDate: plusMonths(filing.startDate, 3) }), 'VALIDATION')
    })

    it('expires a temporary filing after its end date', async () => {
      const clients = await make()
      const { demo, now } = clients
      const filing = await demo.filings.submit(temporary(now()))
      await reviewed(clients, demo, filing.id)
      await later(clients, demo, 400 * DAY)
      expect((await demo.filings.get(filing.id)).status).toBe('expired')
    })

    it('refuses everything to anonymous callers and unknown ids', async () => {
      const { demo, anonymous } = await make()
      await expectBackendError(anonymous.filings.list(), 'UNAUTHENTICATED')
      await expectBackendError(demo.filings.get('FS9999'), 'NOT_FOUND')
    })
  })
}
