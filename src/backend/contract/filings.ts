import type { Backend } from '@/backend/port'
import type { Region, FilingCategory, FilingInput } from '@/domain'
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
  eligibilityContract(make)
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
      await expectBackendError(other.filings.get('FS0001'), 'NOT_FOUND')
    })

    it('answers someone else’s filing exactly like an unknown one, so ids cannot be enumerated', async () => {
      const { other } = await make()
      const answer = (p: Promise<unknown>) =>
        p.then(
          () => 'allowed',
          (e: { code: string; message: string }) => `${e.code} ${e.message}`,
        )
      const unknown = await answer(other.filings.get('FS9999'))
      expect(unknown).toMatch(/^NOT_FOUND /)
      expect(await answer(other.filings.get('FS0001'))).toBe(unknown)
      expect(await answer(other.filings.cancel('FS0001', { requestId: rid() }))).toBe(unknown)
      expect(await answer(other.filings.cancel('FS9999', { requestId: rid() }))).toBe(unknown)
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
    })

    it('allows a late (补办) filing that starts before today while still in hospital', async () => {
      const { demo, now } = await make()
      const start = chinaDay(now(), -5)
      const filing = await demo.filings.submit(temporary(now(), { startDate: start, endDate: plusMonths(start, 6), lateInHospital: true }))
      expect(filing.startDate).toBe(start)
      expect(filing.lateInHospital).toBe(true)
    })

    it('a 补办 filing becomes cancellable once its stay is discharged and settled, and links the settlement', async () => {
      const clients = await make()
      const { demo, now, advance } = clients
      const start = chinaDay(now(), -4)
      const filing = await demo.filings.submit(
        temporary(now(), {
          personId: DEMO.self,
          phone: '13872451234',
          startDate: start,
          endDate: plusMonths(start, 6),
          lateInHospital: true,
        }),
      )
      expect(filing.hasUnsettledStay).toBe(true)
      expect(filing.stays).toEqual([expect.objectContaining({ status: 'in-hospital', admissionDate: start })])
      const locked = await demo.filings.cancel(filing.id, { requestId: rid() }).catch((e: unknown) => e)
      expect(locked).toMatchObject({ code: 'RULE_VIOLATION', details: { reason: 'UNSETTLED_STAY' } })
      // The hospital discharges and settles it after the mock's stay delay (minutes; seconds with the fast preset).
      advance(10 * 60_000)
      const settled = await demo.filings.get(filing.id)
      expect(settled.status).toBe('approved')
      expect(settled.hasUnsettledStay).toBe(false)
      const stay = settled.stays![0]
      expect(stay).toMatchObject({ status: 'settled', dischargeDate: chinaDay(now()) })
      // The settlement is in 异地就医结算 records, linked to the filing, its parts adding up.
      const settlement = await demo.records.settlement(stay.settlementId!)
      expect(settlement).toMatchObject({ personId: DEMO.self, filingId: filing.id, kind: 'inpatient', admissionDate: start })
      expect(settlement.fundFen + settlement.accountFen + settlement.familyAccountFen + settlement.cashFen).toBe(settlement.totalFen)
      expect(settlement.fundFen).toBeGreaterThan(0)
      expect((await demo.records.settlements(DEMO.self, {})).items[0].id).toBe(settlement.id)
      // Its account part left 李明's account as a spend linked to the settlement.
      if (settlement.accountFen > 0) {
        const spends = (await demo.records.accountFlow(DEMO.self, { type: 'spend', pageSize: 5 })).items
        expect(spends.find((f) => f.settlementId === settlement.id)?.amountFen).toBe(-settlement.accountFen)
      }
      expect((await demo.messages.list()).some((m) => m.kind === 'settlement' && m.link?.includes(settlement.id))).toBe(true)
      const cancelled = await demo.filings.cancel(filing.id, { requestId: rid() })
      expect(cancelled.status).toBe('cancelled')
    })

    it('lifts the seeded open stay’s lock (FS0003) once the hospital discharges it', async () => {
      const clients = await make()
      const { demo } = clients
      expect((await demo.filings.get('FS0003')).hasUnsettledStay).toBe(true)
      await later(clients, demo, 3 * DAY)
      const fs3 = await demo.filings.get('FS0003')
      expect(fs3.hasUnsettledStay).toBe(false)
      expect(fs3.stays![0].settlementId).toMatch(/^S-P002-\d{2,}$/)
      expect((await demo.filings.cancel('FS0003', { requestId: rid() })).status).toBe('cancelled')
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
      await expectBackendError(other.filings.cancel(filing.id, { requestId: rid() }), 'NOT_FOUND')
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

// ---------------------------------------------------------------- eligibility (POLICY.md "Eligibility the server must check")

const HONGKONG: Region = { provinceCode: '810000', provinceName: '香港特别行政区', cityCode: '810100', cityName: '香港岛' }
const HENGYANG: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const WUHAN: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' }
const HUBEI: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '', cityName: '' }

/** One destination per category, all outside 湖北 and 湖南, so one person's filings never conflict. */
const PLACE: Record<FilingCategory, Region> = {
  'retired-resettled': { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
  'long-term-resident': { provinceCode: '330000', provinceName: '浙江省', cityCode: '330100', cityName: '杭州市' },
  'posted-worker': { provinceCode: '510000', provinceName: '四川省', cityCode: '510100', cityName: '成都市' },
  referral: { provinceCode: '610000', provinceName: '陕西省', cityCode: '610100', cityName: '西安市' },
  emergency: { provinceCode: '450000', provinceName: '广西壮族自治区', cityCode: '450100', cityName: '南宁市' },
  'other-temporary': { provinceCode: '530000', provinceName: '云南省', cityCode: '530100', cityName: '昆明市' },
}

const JPEG = (ref: string) => [{ ref, sizeBytes: 300_000, mime: 'image/jpeg' as const }]

/** A complete, otherwise valid filing of `category` for `personId`: long-term ones by 承诺制, temporary ones with their proof. */
function filingOf(
  now: number,
  personId: string,
  category: FilingCategory,
  destination = PLACE[category],
): FilingInput & { requestId: string } {
  const start = chinaDay(now, 1)
  const temporary = category === 'referral' || category === 'emergency' || category === 'other-temporary'
  return {
    requestId: rid(),
    personId,
    category,
    destination,
    startDate: start,
    endDate: temporary ? plusMonths(start, 6) : undefined,
    phone: '13907341122',
    address: `${destination.cityName || destination.provinceName}人民路1号`,
    referringHospital: category === 'referral' ? '衡阳市中心医院' : undefined,
    usePledge: !temporary,
    materials:
      category === 'referral'
        ? [{ kind: 'referral-letter', files: JPEG('referral.jpg') }]
        : category === 'emergency'
          ? [{ kind: 'emergency-record', files: JPEG('record.jpg') }]
          : [],
  }
}

const CATEGORIES: FilingCategory[] = [
  'retired-resettled',
  'long-term-resident',
  'posted-worker',
  'referral',
  'emergency',
  'other-temporary',
]

/**
 * The seed's person types and what their 参保 record rules out (written out, not computed by the rule under test):
 * 李明 and 陈志强 are working 职工医保 members, 王秀英 a retired 职工医保 member, 李建国 a retired 城乡居民医保 member.
 */
const REFUSED: {
  who: 'self' | 'mother' | 'father' | 'otherAccountSelf'
  type: string
  refused: Partial<Record<FilingCategory, string>>
}[] = [
  { who: 'self', type: '在职职工（李明）', refused: { 'retired-resettled': 'not-retired' } },
  { who: 'mother', type: '退休职工（王秀英）', refused: {} },
  { who: 'father', type: '退休城乡居民（李建国）', refused: { 'posted-worker': 'not-employee' } },
  { who: 'otherAccountSelf', type: '在职职工（陈志强）', refused: { 'retired-resettled': 'not-retired' } },
]

/** For each refusal: the category the message must offer instead. */
const OFFERED: Record<string, string> = { 'not-retired': '异地长期居住人员', 'not-employee': '异地长期居住人员' }

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) =>
      e as { code: string; message: string; details: { reason?: string; subReason?: string; fields?: Record<string, string> } },
  )
  expect(error).not.toBeNull()
  return error!
}

function eligibilityContract(make: ContractFactory): void {
  describe('filing eligibility', () => {
    for (const person of REFUSED) {
      it(`checks every category against the 参保 record of a ${person.type}`, async () => {
        const clients = await make()
        const client = person.who === 'otherAccountSelf' ? clients.other : clients.demo
        const personId = DEMO[person.who]
        for (const category of CATEGORIES) {
          const expected = person.refused[category]
          const attempt = client.filings.submit(filingOf(clients.now(), personId, category))
          if (!expected) {
            const filing = await attempt
            // Long-term categories were filed by 承诺制 (approved at once); temporary ones go to review.
            const pledged = category === 'retired-resettled' || category === 'long-term-resident' || category === 'posted-worker'
            expect([category, filing.status]).toEqual([category, pledged ? 'approved' : 'reviewing'])
            continue
          }
          const error = await refusal(attempt)
          // The pledge (承诺制) was offered and does not replace eligibility.
          expect([category, error.code, error.details.reason, error.details.subReason]).toEqual([
            category,
            'RULE_VIOLATION',
            'NOT_ELIGIBLE',
            expected,
          ])
          expect(error.details.fields?.category).toBe(error.message)
          expect(error.message).toContain(OFFERED[expected])
          const mine = await client.filings.list({ personId })
          expect(mine.some((f) => f.category === category && f.destination.cityCode === PLACE[category].cityCode)).toBe(false)
        }
      })
    }

    it('refuses 香港/澳门/台湾, the same city and the same province as 就医地, naming the field', async () => {
      const { demo, now } = await make()
      const cases: [string, Region, string][] = [
        [DEMO.mother, HONGKONG, 'not-mainland'],
        [DEMO.mother, HENGYANG, 'same-city'],
        [DEMO.mother, CHANGSHA, 'same-province'],
        [DEMO.self, WUHAN, 'same-province'],
        // 荆门 allows province-level filings, but not its own province.
        [DEMO.self, HUBEI, 'same-province'],
      ]
      for (const [personId, destination, subReason] of cases) {
        for (const category of ['long-term-resident', 'other-temporary'] as const) {
          const error = await refusal(demo.filings.submit(filingOf(now(), personId, category, destination)))
          expect([destination.cityName, error.code, error.details.reason, error.details.subReason]).toEqual([
            destination.cityName,
            'RULE_VIOLATION',
            'NOT_ELIGIBLE',
            subReason,
          ])
          expect(error.details.fields?.destination).toMatch(/[\u4e00-\u9fff]/)
        }
      }
      const sameProvince = await refusal(demo.filings.submit(filingOf(now(), DEMO.mother, 'long-term-resident', CHANGSHA)))
      expect(sameProvince.message).toContain('省内异地')
    })

    it('refuses to change a filing to a 就医地 it could not be filed for', async () => {
      const { demo } = await make()
      const error = await refusal(demo.filings.change('FS0001', { requestId: rid(), destination: CHANGSHA }))
      expect(error.details).toMatchObject({ reason: 'NOT_ELIGIBLE', subReason: 'same-province' })
      expect((await demo.filings.get('FS0001')).destination.cityCode).toBe('420800')
    })

    it('a suspended 参保 cannot file any category, its long-term filing ends with a message, and filing works again once restored', async () => {
      const clients = await make()
      const { demo, now } = clients
      // A temporary filing under review when the suspension comes is refused at review.
      const pending = await demo.filings.submit(filingOf(now(), DEMO.mother, 'other-temporary'))
      expect(pending.status).toBe('reviewing')

      clients.setInsuranceStatus(DEMO.mother, 'suspended')
      const profile = await demo.session.getProfile()
      expect(profile.actable.find((p) => p.id === DEMO.mother)?.insuranceStatus).toBe('suspended')
      for (const category of CATEGORIES) {
        const error = await refusal(demo.filings.submit(filingOf(now(), DEMO.mother, category)))
        expect([category, error.details.reason, error.details.subReason]).toEqual([category, 'NOT_ELIGIBLE', 'suspended'])
        expect(error.message).toContain('恢复参保')
      }
      const ended = await demo.filings.get('FS0001')
      expect(ended.status).toBe('expired')
      expect(ended.history.at(-1)?.note).toContain('参保状态变更')
      const message = (await demo.messages.list()).find((m) => m.link?.endsWith('id=FS0001') && m.title.includes('终止'))
      expect(message?.body).toContain('王秀英')
      // Temporary filings are not ended by the change, but a review finds the person no longer eligible.
      expect((await demo.filings.get('FS0003')).status).toBe('approved')
      clients.advance(60_000)
      const decided = await demo.filings.get(pending.id)
      expect(decided.status).toBe('rejected')
      expect(decided.rejectReason).toContain('恢复参保')
      // Someone else's status is untouched.
      expect((await demo.filings.submit(filingOf(now(), DEMO.father, 'long-term-resident'))).status).toBe('approved')

      clients.setInsuranceStatus(DEMO.mother, 'active')
      const again = await demo.filings.submit(filingOf(now(), DEMO.mother, 'long-term-resident'))
      expect(again.status).toBe('approved')
    })
  })
}
