import { formatYuan } from '@/lib/money'
import {
  BackendError,
  beneficiaryProblem,
  collectionYear,
  familyPayPolicyFor,
  kinshipLabel,
  residentContribution,
  type FamilyPayIneligibility,
  type FamilyPayment,
  type FamilyPayRelationship,
  type FamilyPayRelative,
  type Relation,
} from '@/domain'
import { genderOf } from '@/lib/id-card'
import { chinaDate } from '@/domain/filings/rules'
import { parseInput } from '@/domain/validate'
import {
  FamilyPayContributionSchema,
  FamilyPayEndSchema,
  FamilyPayRelationshipIdSchema,
  FamilyPayStartSchema,
} from '@/domain/family-pay/schema'
import type { FamilyPayApi } from '@/backend/port/family-pay'
import { historyOf } from '@/backend/mock/app-records'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import type { AccountRecord, FamilyPaymentRecord, FamilyPayRecord, PersonRecord } from '@/backend/mock/state'
import { route } from '@/domain/routes'

const notEligible = (subReason: FamilyPayIneligibility, message: string) =>
  new BackendError('RULE_VIOLATION', message, { reason: 'NOT_ELIGIBLE', subReason })

/** The relation seen from the other side (the relative's view of the holder). */
const INVERSE: Record<Relation, Relation> = { parent: 'child', child: 'parent', spouse: 'spouse', other: 'other' }

function store(server: MockServer) {
  server.state.familyPay ??= { relationships: [], payments: [] }
  return server.state.familyPay
}

const kinshipOf = (relation: Relation, person: PersonRecord) => kinshipLabel(relation, genderOf(person.idNumber))

/** Why the holder's own account cannot pay for anyone now, or null. */
export function payerProblem(server: MockServer, payer: PersonRecord): { subReason: FamilyPayIneligibility; message: string } | null {
  if (payer.insuranceType !== 'employee') {
    return { subReason: 'payer-no-account', message: '家庭共济使用职工医保个人账户，城乡居民医保不设个人账户' }
  }
  if (historyOf(server, payer).suspended) {
    return { subReason: 'payer-account-suspended', message: '您的个人账户因连续欠缴暂停使用，补缴后才能为家人支付' }
  }
  return null
}

/** Ends relationships whose 亲情账户 binding is no longer active (the job a real server runs when a binding ends). */
function endOrphans(server: MockServer): boolean {
  let changed = false
  for (const r of store(server).relationships) {
    if (r.status !== 'active') continue
    const binding = server.state.bindings.find((b) => b.id === r.bindingId)
    if (binding?.status === 'active') continue
    r.status = 'ended'
    r.endedAt = binding?.unboundAt ?? server.now()
    r.endedBy = 'binding-ended'
    changed = true
  }
  return changed
}

/** The relationship whose payer account pays this person's costs at settlement, if any. */
export function activePayerFor(server: MockServer, beneficiaryId: string): { relationship: FamilyPayRecord; payer: PersonRecord } | null {
  endOrphans(server)
  for (const relationship of store(server).relationships) {
    if (relationship.status !== 'active' || relationship.beneficiaryPersonId !== beneficiaryId) continue
    const payer = server.person(relationship.payerPersonId)
    if (!payerProblem(server, payer)) return { relationship, payer }
  }
  return null
}

/** How the relative would name the holder: 儿子, 女儿, 妻子. */
export function payerKinship(server: MockServer, relationship: FamilyPayRecord): string {
  return kinshipOf(INVERSE[relationship.relation], server.person(relationship.payerPersonId))
}

/** Records a payment from the holder's account for the relative; the caller checked the balance. */
export function recordFamilyPayment(
  server: MockServer,
  relationship: FamilyPayRecord,
  payment: Pick<FamilyPaymentRecord, 'kind' | 'amountFen' | 'at' | 'year' | 'settlementId' | 'description'>,
): FamilyPaymentRecord {
  const payer = server.person(relationship.payerPersonId)
  const beneficiary = server.person(relationship.beneficiaryPersonId)
  const them = `${beneficiary.name}（${kinshipOf(relationship.relation, beneficiary)}）`
  const me = `${payer.name}（${payerKinship(server, relationship)}）`
  const record: FamilyPaymentRecord = {
    ...payment,
    id: server.nextId('FP'),
    relationshipId: relationship.id,
    payerPersonId: payer.id,
    beneficiaryPersonId: beneficiary.id,
    payerLine: payment.kind === 'contribution' ? `为 ${them}缴纳${payment.year}年度城乡居民医保` : `为 ${them}支付${payment.description}`,
    beneficiaryLine: `家庭共济：由 ${me}的职工医保个人账户支付`,
  }
  store(server).payments.push(record)
  return record
}

export function createFamilyPayService(server: MockServer): ServerSide<FamilyPayApi> {
  server.jobs.set('familyPay', () => {
    if (endOrphans(server)) server.save()
  })

  const paymentView = (p: FamilyPaymentRecord): FamilyPayment => ({
    id: p.id,
    relationshipId: p.relationshipId,
    kind: p.kind,
    amountFen: p.amountFen,
    at: p.at,
    year: p.year,
    settlementId: p.settlementId,
    description: p.description,
  })

  const view = (r: FamilyPayRecord): FamilyPayRelationship => {
    const payer = server.person(r.payerPersonId)
    const beneficiary = server.person(r.beneficiaryPersonId)
    return {
      id: r.id,
      payerPersonId: payer.id,
      payerName: payer.name,
      beneficiaryPersonId: beneficiary.id,
      beneficiaryName: beneficiary.name,
      relation: r.relation,
      kinship: kinshipOf(r.relation, beneficiary),
      status: r.status,
      startedAt: r.startedAt,
      endedAt: r.endedAt,
      endedBy: r.endedBy,
      payments: store(server)
        .payments.filter((p) => p.relationshipId === r.id)
        .sort((a, b) => b.at - a.at)
        .map(paymentView),
    }
  }

  /** The holder: always the signed-in user's own person (never someone they act for). */
  const holder = (caller: Caller) => {
    const account = server.account(caller)
    return { account, payer: server.person(account.personId) }
  }

  const activeBindingsOf = (account: AccountRecord) =>
    server.state.bindings.filter((b) => b.accountId === account.id && b.status === 'active')

  /** Only the holder's own relationships; anything else is NOT_FOUND, so ids cannot be probed. */
  const ownRelationship = (account: AccountRecord, rawId: unknown): FamilyPayRecord => {
    const id = parseInput(FamilyPayRelationshipIdSchema, rawId)
    const found = store(server).relationships.find((r) => r.id === id && r.accountId === account.id)
    if (!found) throw new BackendError('NOT_FOUND', '没有找到该共济关系')
    return found
  }

  /** What the relative owes now: the collection year's contribution, unless paid already. */
  const dueFor = (beneficiary: PersonRecord, payer: PersonRecord) => {
    if (beneficiary.insuranceType !== 'resident') return { due: undefined, paidYear: undefined }
    const window = collectionYear(chinaDate(server.now()), familyPayPolicyFor(payer.insuredRegion))
    if (!window) return { due: undefined, paidYear: undefined }
    const listed = historyOf(server, beneficiary).contributions.find((c) => c.period === String(window.year))
    if (listed && listed.status !== 'arrears') return { due: undefined, paidYear: window.year }
    const { amountFen, basis } = residentContribution(window.year)
    return { due: { year: window.year, amountFen, windowFrom: window.from, windowTo: window.to, basis }, paidYear: undefined }
  }

  return {
    overview(caller) {
      server.runJobs()
      const { account, payer } = holder(caller)
      const problem = payerProblem(server, payer)
      const history = payer.insuranceType === 'employee' ? historyOf(server, payer) : null
      const policy = familyPayPolicyFor(payer.insuredRegion)
      const relationships = store(server).relationships.filter((r) => r.accountId === account.id)
      const relatives: FamilyPayRelative[] = activeBindingsOf(account).map((binding) => {
        const person = server.person(binding.personId)
        const relationship = relationships.find((r) => r.status === 'active' && r.bindingId === binding.id)
        const ineligible = beneficiaryProblem(binding.relation, payer.insuredRegion, person.insuredRegion, policy)
        const { due, paidYear } = dueFor(person, payer)
        return {
          personId: person.id,
          name: person.name,
          relation: binding.relation,
          kinship: kinshipOf(binding.relation, person),
          insuranceType: person.insuranceType,
          insuredRegion: person.insuredRegion,
          eligible: !ineligible,
          subReason: ineligible?.subReason,
          reason: ineligible?.message,
          relationship: relationship ? view(relationship) : undefined,
          dueContribution: due,
          paidYear,
        }
      })
      return {
        payer: {
          personId: payer.id,
          name: payer.name,
          balanceFen: history?.balanceFen ?? 0,
          usable: !problem,
          unusableReason: problem?.message,
          subReason: problem?.subReason,
        },
        relatives,
        ended: relationships
          .filter((r) => r.status === 'ended')
          .sort((a, b) => (b.endedAt ?? 0) - (a.endedAt ?? 0))
          .map(view),
      }
    },

    start(caller, rawInput) {
      server.runJobs()
      const { account, payer } = holder(caller)
      const input = parseInput(FamilyPayStartSchema, rawInput)
      // Only a relative actively bound to this holder; unknown and foreign ids get the same answer.
      const binding = activeBindingsOf(account).find((b) => b.personId === input.beneficiaryPersonId)
      if (!binding) throw new BackendError('FORBIDDEN')
      const call = { op: 'familyPay.start', target: binding.personId, body: rawInput }
      const prior = server.priorRequest(account, input.requestId, call)
      const earlier = prior && store(server).relationships.find((r) => r.id === prior.resultId)
      if (earlier) return view(earlier)
      const existing = store(server).relationships.find((r) => r.status === 'active' && r.bindingId === binding.id)
      if (existing) return view(existing)
      const problem = payerProblem(server, payer)
      if (problem) throw notEligible(problem.subReason, problem.message)
      const beneficiary = server.person(binding.personId)
      const ineligible = beneficiaryProblem(
        binding.relation,
        payer.insuredRegion,
        beneficiary.insuredRegion,
        familyPayPolicyFor(payer.insuredRegion),
      )
      if (ineligible) throw notEligible(ineligible.subReason, ineligible.message)
      const relationship: FamilyPayRecord = {
        id: server.nextId('GJ'),
        accountId: account.id,
        payerPersonId: payer.id,
        beneficiaryPersonId: beneficiary.id,
        bindingId: binding.id,
        relation: binding.relation,
        status: 'active',
        startedAt: server.now(),
      }
      store(server).relationships.push(relationship)
      server.rememberRequest(account, input.requestId, { ...call, resultId: relationship.id, personId: beneficiary.id })
      server.notify({
        kind: 'family',
        personId: beneficiary.id,
        title: '家庭共济已开通',
        body: `${payer.name}已用本人职工医保个人账户为${beneficiary.name}开通家庭共济，可代缴城乡居民医保费、支付就医时个人负担的费用。`,
        link: route('recordsFamilyPay'),
      })
      server.save()
      return view(relationship)
    },

    end(caller, rawId, rawInput) {
      server.runJobs()
      const { account } = holder(caller)
      const relationship = ownRelationship(account, rawId)
      parseInput(FamilyPayEndSchema, rawInput)
      if (relationship.status === 'active') {
        relationship.status = 'ended'
        relationship.endedAt = server.now()
        relationship.endedBy = 'payer'
        server.save()
      }
      // Ending an ended relationship again (a retry) answers with it as it is.
      return view(relationship)
    },

    payContribution(caller, rawInput) {
      server.runJobs()
      const { account, payer } = holder(caller)
      const input = parseInput(FamilyPayContributionSchema, rawInput)
      const relationship = ownRelationship(account, input.relationshipId)
      const call = { op: 'familyPay.payContribution', target: relationship.id, body: rawInput }
      const prior = server.priorRequest(account, input.requestId, call)
      const earlier = prior && store(server).payments.find((p) => p.id === prior.resultId)
      if (earlier) return paymentView(earlier)
      if (relationship.status !== 'active') throw notEligible('relationship-ended', '该共济关系已解除，不能再为家人缴费')
      const problem = payerProblem(server, payer)
      if (problem) throw notEligible(problem.subReason, problem.message)
      const beneficiary = server.person(relationship.beneficiaryPersonId)
      if (beneficiary.insuranceType !== 'resident') {
        throw notEligible(
          'not-resident',
          `${beneficiary.name}参加的是职工医保，医保费由单位或本人缴纳；共济账户可以支付其就医时个人负担的费用`,
        )
      }
      const { due, paidYear } = dueFor(beneficiary, payer)
      if (paidYear === input.year) {
        throw new BackendError('CONFLICT', `${beneficiary.name}${input.year}年度的城乡居民医保费已缴纳，无需重复缴费`, {
          reason: 'ALREADY_PAID',
          relatedId: `C-${beneficiary.id}-${input.year}`,
        })
      }
      if (!due || due.year !== input.year) {
        const window = collectionYear(chinaDate(server.now()), familyPayPolicyFor(payer.insuredRegion))
        throw notEligible(
          'outside-collection-window',
          window ? `现在只能缴纳${window.year}年度的城乡居民医保费` : '现在不在城乡居民医保集中缴费期内，请以参保地通知为准',
        )
      }
      if (due.amountFen !== input.amountFen) {
        throw new BackendError('CONFLICT', `${input.year}年度应缴金额为 ${formatYuan(due.amountFen)}，与确认的金额不同，请重新确认`, {
          reason: 'AMOUNT_CHANGED',
        })
      }
      const balance = historyOf(server, payer).balanceFen
      if (balance < due.amountFen) {
        throw new BackendError('RULE_VIOLATION', `个人账户余额 ${formatYuan(balance)}，不足以缴纳 ${formatYuan(due.amountFen)}`, {
          reason: 'INSUFFICIENT_BALANCE',
        })
      }
      const payment = recordFamilyPayment(server, relationship, {
        kind: 'contribution',
        amountFen: due.amountFen,
        at: server.now(),
        year: due.year,
        description: `${due.year}年度城乡居民医保个人缴费`,
      })
      server.rememberRequest(account, input.requestId, { ...call, resultId: payment.id, personId: beneficiary.id })
      server.recordDelegation(account, beneficiary.id, `家庭共济代缴${due.year}年度城乡居民医保费`)
      server.notify({
        kind: 'account-credited',
        personId: beneficiary.id,
        title: '城乡居民医保费已缴纳',
        body: `${payer.name}用职工医保个人账户为${beneficiary.name}缴纳了${due.year}年度城乡居民医保费 ${formatYuan(due.amountFen)}。`,
        link: route('recordsContributions', { personId: beneficiary.id }),
      })
      server.notify({
        kind: 'family',
        personId: payer.id,
        title: '家庭共济支出',
        body: `您的职工医保个人账户支出 ${formatYuan(due.amountFen)}，为${beneficiary.name}缴纳${due.year}年度城乡居民医保费。`,
        link: route('recordsAccount', { personId: payer.id }),
      })
      server.save()
      return paymentView(payment)
    },
  }
}
