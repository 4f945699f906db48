import {
  BackendError,
  CLAIM_BASIS_LABELS,
  CLAIM_STATUS_LABELS,
  FILING_CATEGORY_LABELS,
  type Claim,
  type ClaimEvent,
  type ClaimStatus,
  type Settlement,
} from '@/domain'
import {
  assessClaim,
  canTransitionClaim,
  claimCategory,
  claimInputErrors,
  claimInProgress,
  claimPolicyFor,
  claimReviewOutcome,
  claimStepDueAt,
  claimWindowRefusal,
  cutPointsFor,
  duplicateInvoice,
  normalizeInvoiceNumber,
  sumInvoices,
} from '@/domain/claims/rules'
import { ClaimIdSchema, ClaimInputSchema, ClaimListFilterSchema } from '@/domain/claims/schema'
import { chinaDate, dateCn } from '@/domain/filings/rules'
import { regionLabel } from '@/domain/region-label'
import { route } from '@/domain/routes'
import { parseInput } from '@/domain/validate'
import { formatYuan } from '@/lib/money'
import { type ClaimsApi } from '@/backend/port/claims'
import { createRng, hashSeed } from '@/backend/mock/rng'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import type { PersonRecord } from '@/backend/mock/state'
import { nextSettlementId } from '@/backend/mock/stays'

/**
 * 手工报销 claims (issue 16 §2). A claim is 已受理 at once; then, one review delay after another (the `fast` preset
 * shortens them), 审核中 → 已核定 (approved amount by the 参保地's rules and the category's ratio cut) or 未通过 →
 * 已支付 to the person's 社保卡 bank account, which puts a 手工报销 settlement into their records. Every step is in the
 * claim's history and sends a message.
 */
export function createClaimsService(server: MockServer): ServerSide<ClaimsApi> {
  const all = () => (server.state.claims ??= [])
  const detail = (claim: Claim) => route('claimsDetail', { id: claim.id })

  const move = (claim: Claim, to: ClaimStatus, event: Omit<ClaimEvent, 'status'>) => {
    // The one place statuses change: an illegal transition is a server bug, not a user error.
    if (!canTransitionClaim(claim.status, to)) throw new BackendError('SERVER', `报销状态异常（${claim.status}→${to}）`)
    claim.status = to
    claim.updatedAt = event.at
    claim.history.push({ status: to, ...event })
  }

  const announce = (claim: Claim, body: string) =>
    server.notify({
      kind: 'claim',
      personId: claim.personId,
      title: `手工报销${CLAIM_STATUS_LABELS[claim.status]}`,
      body: `${claim.personName}在${claim.hospital}的住院费用报销申请（${claim.id}）${body}`,
      link: detail(claim),
    })

  const payoutAccount = (person: PersonRecord) =>
    `社保卡金融账户 6217 **** **** ${String(hashSeed(`${server.state.seed}|bank|${person.id}`) % 10_000).padStart(4, '0')}`

  const pay = (claim: Claim, at: number): void => {
    const person = server.person(claim.personId)
    const assessment = claim.assessment!
    const settlement: Settlement = {
      id: nextSettlementId(server, person.id),
      channel: 'manual-claim',
      claimId: claim.id,
      personId: person.id,
      kind: 'inpatient',
      hospital: claim.hospital,
      destination: claim.destination,
      admissionDate: claim.admissionDate,
      dischargeDate: claim.dischargeDate,
      totalFen: claim.amountFen,
      fundFen: assessment.fundFen,
      accountFen: 0,
      familyAccountFen: 0,
      cashFen: claim.amountFen - assessment.fundFen,
      filingId: claim.filingId,
      filingLabel: `手工报销：${CLAIM_BASIS_LABELS[claim.basis]}`,
      insuranceType: assessment.insuranceType,
      settledAt: at,
    }
    server.state.appSettlements = [...(server.state.appSettlements ?? []), settlement]
    claim.payout = { accountMasked: payoutAccount(person), paidAt: at, amountFen: assessment.fundFen, settlementId: settlement.id }
    move(claim, 'paid', { at, note: `${formatYuan(assessment.fundFen)}已支付到${claim.payout.accountMasked}` })
    announce(claim, `核定的${formatYuan(assessment.fundFen)}已支付到${claim.payout.accountMasked}，可在“异地就医结算”查看。`)
  }

  const decide = (claim: Claim, at: number): void => {
    const person = server.person(claim.personId)
    const filing = claim.filingId ? server.state.filings.find((f) => f.id === claim.filingId) : undefined
    const category = claimCategory(claim.basis, filing?.category)
    // The 就医地's catalogue decides what is covered: the reviewer's finding, stable per claim.
    const rng = createRng(hashSeed(`${server.state.seed}|claim|${claim.id}`))
    const inCatalogueFen = Math.round((claim.amountFen * rng.int(85, 95)) / 100)
    const assessment = assessClaim({
      totalFen: claim.amountFen,
      inCatalogueFen,
      insuranceType: person.insuranceType,
      category,
      cutPoints: cutPointsFor(category, person.insuredRegion),
    })
    const outcome = claimReviewOutcome(claim, assessment)
    if (outcome.approved) {
      claim.assessment = assessment
      const cut =
        assessment.ratioCutPoints > 0 ? `（${FILING_CATEGORY_LABELS[category]}比参保地低${assessment.ratioCutPoints}个百分点）` : ''
      move(claim, 'approved', { at, note: `核定统筹基金支付${formatYuan(assessment.fundFen)}，报销比例${assessment.ratioPct}%${cut}` })
      announce(claim, `已核定：统筹基金支付${formatYuan(assessment.fundFen)}，将支付到本人社保卡金融账户。`)
    } else {
      claim.rejectReason = outcome.reason
      move(claim, 'rejected', { at, note: outcome.reason })
      announce(claim, `未通过：${outcome.reason}`)
    }
  }

  /** Applies every step that fell due, in order. Runs on every read, as a real server's job would have. */
  const advance = (): boolean => {
    const now = server.now()
    let changed = false
    for (const claim of all()) {
      if (!claimInProgress(claim.status)) continue
      const reviewingAt = claimStepDueAt(claim.createdAt, server.reviewDelayMs, 'reviewing')
      const decidedAt = claimStepDueAt(claim.createdAt, server.reviewDelayMs, 'decided')
      const paidAt = claimStepDueAt(claim.createdAt, server.reviewDelayMs, 'paid')
      if (claim.status === 'accepted' && now >= reviewingAt) {
        move(claim, 'reviewing', { at: reviewingAt, note: '参保地医保经办机构正在审核票据和费用清单' })
        announce(claim, '已进入审核。')
        changed = true
      }
      if (claim.status === 'reviewing' && now >= decidedAt) {
        decide(claim, decidedAt)
        changed = true
      }
      if (claim.status === 'approved' && now >= paidAt) {
        pay(claim, paidAt)
        changed = true
      }
    }
    return changed
  }
  const run = () => {
    if (advance()) server.save()
  }
  server.jobs.set('claims', run)

  /** Like the 经办机构's own work: each step happens when due even if nobody reads, so its message arrives by itself. */
  const schedule = () => {
    for (const step of [1, 2, 3]) {
      const timer = setTimeout(run, server.reviewDelayMs * step + 50) as unknown as { unref?: () => void }
      timer.unref?.()
    }
  }

  /** Unknown ids and other people's claims get the same NOT_FOUND, so claim ids cannot be enumerated. */
  const load = (caller: Caller, rawId: unknown): Claim => {
    const id = parseInput(ClaimIdSchema, rawId)
    const account = server.account(caller)
    const claim = all().find((c) => c.id === id)
    if (!claim || !server.actablePersonIds(account).includes(claim.personId)) {
      throw new BackendError('NOT_FOUND', '没有找到该报销申请，或您已无权查看（例如已解除亲情账户绑定）')
    }
    return claim
  }

  return {
    list(caller, rawFilter) {
      const account = server.account(caller)
      const filter = parseInput(ClaimListFilterSchema, rawFilter) ?? {}
      if (filter.personId !== undefined) server.assertCanActFor(caller, filter.personId)
      const allowed = server.actablePersonIds(account)
      run()
      return all()
        .filter((c) => allowed.includes(c.personId))
        .filter((c) => filter.personId === undefined || c.personId === filter.personId)
        .filter((c) => !filter.status || filter.status.includes(c.status))
        .sort((a, b) => b.updatedAt - a.updatedAt || b.createdAt - a.createdAt)
    },

    get(caller, rawId) {
      run()
      return load(caller, rawId)
    },

    submit(caller, rawInput) {
      const account = server.account(caller)
      const input = parseInput(ClaimInputSchema, rawInput)
      const { person, actor } = server.assertCanActFor(caller, input.personId)
      const call = { op: 'claims.submit', target: person.id, body: rawInput }
      const previous = server.priorRequest(account, input.requestId, call)
      if (previous) {
        // A double tap or a retry after a lost response: the same claim, never a second one.
        const existing = all().find((c) => c.id === previous.resultId)
        if (existing) return existing
      }
      const now = server.now()
      const today = chinaDate(now)
      const policy = claimPolicyFor(person.insuredRegion)
      const errors = claimInputErrors(input, today, policy)
      if (input.filingId !== undefined) {
        const filing = server.state.filings.find((f) => f.id === input.filingId && f.personId === person.id)
        if (!filing) errors.filingId = '没有找到该参保人的这条备案'
        else if (!filing.history.some((e) => e.status === 'approved')) errors.filingId = '这条备案没有通过审核，不能作为报销依据'
      }
      const fields = Object.entries(errors)
      if (fields.length > 0) {
        const mismatch = !!errors.amountFen && input.invoices.length > 0 && sumInvoices(input.invoices) !== input.amountFen
        throw new BackendError('VALIDATION', fields[0][1], { fields: errors, reason: mismatch ? 'AMOUNT_MISMATCH' : undefined })
      }
      const late = claimWindowRefusal(input.dischargeDate, today, policy)
      if (late) {
        throw new BackendError('RULE_VIOLATION', late.message, {
          reason: 'CLAIM_WINDOW_CLOSED',
          latestDate: late.latestDate,
          fields: { dischargeDate: late.message },
        })
      }
      advance()
      const duplicate = duplicateInvoice(
        input.invoices,
        all().filter((c) => c.personId === person.id),
      )
      if (duplicate) {
        const message = `票据 ${duplicate.number} 已在报销申请 ${duplicate.claimId} 中申请过，同一张票据不能重复报销`
        throw new BackendError('CONFLICT', message, {
          reason: 'DUPLICATE_INVOICE',
          relatedId: duplicate.claimId,
          fields: { [`invoices.${duplicate.index}.number`]: message },
        })
      }

      const id = server.nextId('BX')
      const byRelative = actor.id !== person.id ? actor.name : undefined
      const claim: Claim = {
        id,
        personId: person.id,
        personName: person.name,
        title: `手工报销 · ${input.hospital.trim()}`,
        hospital: input.hospital.trim(),
        destination: input.destination,
        insuredRegion: person.insuredRegion,
        admissionDate: input.admissionDate,
        dischargeDate: input.dischargeDate,
        amountFen: input.amountFen,
        invoices: input.invoices.map((i) => ({ number: normalizeInvoiceNumber(i.number), amountFen: i.amountFen })),
        // Metadata only: what was uploaded, not the bytes.
        materials: input.materials.filter((m) => m.files.length > 0),
        basis: input.basis,
        filingId: input.filingId,
        status: 'accepted',
        history: [
          {
            status: 'accepted',
            at: now,
            note: `就医地${regionLabel(input.destination)}，${dateCn(input.admissionDate)}至${dateCn(input.dischargeDate)}住院，申请报销${formatYuan(input.amountFen)}（${input.invoices.length}张票据）`,
            actorName: byRelative,
          },
        ],
        createdAt: now,
        updatedAt: now,
      }
      all().push(claim)
      server.rememberRequest(account, input.requestId, { ...call, resultId: claim.id, personId: person.id })
      server.recordDelegation(account, person.id, '申请手工报销')
      announce(claim, '已受理，参保地医保经办机构将审核票据和费用清单。')
      schedule()
      server.save()
      return claim
    },
  }
}
