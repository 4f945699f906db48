import { route } from '@/domain/routes'
import type * as v from 'valibot'
import { maskPhone } from '@/lib/mask'
import { BackendError, FILING_CATEGORY_LABELS } from '@/domain'
import { type FilingsApi } from '@/backend/port/filings'
import type { Region, Filing, FilingEvent, FilingStatus, Refusal } from '@/domain'
import {
  cancelRefusal,
  canTransition,
  changeableFromDate,
  changeRefusal,
  chinaDate,
  dateCn,
  dateErrors,
  destinationError,
  filingInputErrors,
  groupOf,
  hasLapsed,
  isActive,
  policyForRegion,
  reviewDueAt,
  reviewOutcome,
  samePlace,
} from '@/domain/filings/rules'
import { CancelSchema, FilingChangeSchema, FilingIdSchema, FilingInputSchema, ListFilterSchema } from '@/domain/filings/schema'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { parseInput } from '@/domain/validate'
import { regionLabel as placeLabel } from '@/domain/region-label'
import { COVERAGE } from '@/domain/coverage'
import { destinationIneligibility, filingIneligibility, statusIneligibility, type Ineligibility } from '@/domain/filings/eligibility'
import { admitStay, dischargeDueStays } from '@/backend/mock/stays'

const DETAIL = (id: string) => route('filingDetail', { id: id })

export function createFilingsService(server: MockServer): ServerSide<FilingsApi> {
  const today = () => chinaDate(server.now())

  const move = (filing: Filing, to: FilingStatus, event: Omit<FilingEvent, 'status'>) => {
    // The one place statuses change: an illegal transition is a server bug, not a user error.
    if (!canTransition(filing.status, to)) throw new BackendError('SERVER', `备案状态异常（${filing.status}→${to}）`)
    filing.status = to
    filing.history.push({ status: to, ...event })
  }

  const announce = (filing: Filing) => {
    const what = `${filing.personName}的异地就医备案（${FILING_CATEGORY_LABELS[filing.category]}，就医地${placeLabel(filing.destination)}）`
    if (filing.status === 'approved') {
      const until = filing.endDate ? `有效期至${dateCn(filing.endDate)}` : '长期有效'
      server.notify({
        kind: 'filing-approved',
        personId: filing.personId,
        title: '异地就医备案已通过',
        body: `${what}已备案成功，${dateCn(filing.startDate)}起生效，${until}。${COVERAGE.summary}`,
        link: DETAIL(filing.id),
      })
    } else if (filing.status === 'rejected') {
      server.notify({
        kind: 'filing-rejected',
        personId: filing.personId,
        title: '异地就医备案未通过',
        body: `${what}未通过审核：${filing.rejectReason ?? ''}`,
        link: DETAIL(filing.id),
      })
    }
  }

  /** Decides due reviews and lapses expired filings. Runs on every read, as a real server's job would have. */
  const settle = (): void => {
    const now = server.now()
    // China date of `now`, made once per pass (it was made per approved filing: the hot path of every read).
    let todayOnce: string | undefined
    let changed = false
    for (const filing of server.state.filings) {
      if ((filing.status === 'submitted' || filing.status === 'reviewing') && now >= reviewDueAt(filing.createdAt, server.reviewDelayMs)) {
        const at = reviewDueAt(filing.createdAt, server.reviewDelayMs)
        if (filing.status === 'submitted') move(filing, 'reviewing', { at })
        const lapsed = statusIneligibility(server.summary(server.person(filing.personId)))
        const outcome = lapsed ? { approved: false as const, reason: lapsed.message } : reviewOutcome(filing)
        if (outcome.approved) move(filing, 'approved', { at, note: '审核通过' })
        else {
          filing.rejectReason = outcome.reason
          move(filing, 'rejected', { at, note: outcome.reason })
        }
        announce(filing)
        changed = true
      }
      if (filing.status === 'approved' && hasLapsed(filing, (todayOnce ??= today()))) {
        move(filing, 'expired', { at: now, note: '有效期届满，自动失效' })
        changed = true
      }
    }
    // Stays discharge after reviews, so a stay due on a filing just approved settles directly.
    if (dischargeDueStays(server)) changed = true
    if (changed) server.save()
  }
  server.jobs.set('filings', settle)

  /** Like a server's review job: decides when due even if nobody reads filings, so the message arrives by itself. */
  const scheduleReview = () => {
    const timer = setTimeout(() => settle(), server.reviewDelayMs + 50) as unknown as { unref?: () => void }
    // Node (tests, the reference server) must not stay alive for it.
    timer.unref?.()
  }

  const findActiveConflict = (personId: string, destination: Region, exceptId?: string) =>
    server.state.filings.find(
      (f) => f.personId === personId && f.id !== exceptId && isActive(f.status) && samePlace(f.destination, destination),
    )

  const conflictError = (existing: Filing) =>
    new BackendError(
      'CONFLICT',
      `该参保人在${placeLabel(existing.destination)}已有有效备案（${existing.id}），不能重复备案，可查看或变更已有备案`,
      {
        reason: 'DUPLICATE_FILING',
        relatedId: existing.id,
      },
    )

  /** The pledge never replaces eligibility: a refusal names the failed check and what fits instead. */
  const notEligible = (refusal: Ineligibility) =>
    new BackendError('RULE_VIOLATION', refusal.message, {
      reason: 'NOT_ELIGIBLE',
      subReason: refusal.subReason,
      fields: { [refusal.field]: refusal.message },
    })

  const nextFilingId = () => {
    const n = Math.max(server.state.counters.FS ?? 0, server.state.filings.length) + 1
    server.state.counters.FS = n
    return `FS${String(n).padStart(4, '0')}`
  }

  /**
   * The filing if the caller may act for its person. Unknown ids and other people's get the same NOT_FOUND, so
   * filing ids cannot be enumerated.
   */
  const load = (caller: Caller, rawId: unknown) => {
    const id = parseInput(FilingIdSchema, rawId)
    const account = server.account(caller)
    const filing = server.state.filings.find((f) => f.id === id)
    if (!filing || !server.actablePersonIds(account).includes(filing.personId)) {
      throw new BackendError('NOT_FOUND', '没有找到该备案，或您已无权查看（例如已解除亲情账户绑定）')
    }
    const who = server.assertCanActFor(caller, filing.personId)
    return { filing, ...who }
  }

  /**
   * The shared start of change and cancel: load and authorise, parse the request, answer a replayed requestId
   * with the filing as it is (`replay`), otherwise apply the window rule's refusal.
   */
  const beginWrite = <T extends { requestId: string }>(
    caller: Caller,
    rawId: unknown,
    schema: v.GenericSchema<unknown, T>,
    rawRequest: unknown,
    refusalOf: (filing: Filing, today: string) => Refusal | null,
    op: string,
  ) => {
    const loaded = load(caller, rawId)
    const request = parseInput(schema, rawRequest)
    // A request id means one call: this operation on this filing with this body.
    const call = { op, target: loaded.filing.id, body: rawRequest }
    const remember = () =>
      server.rememberRequest(loaded.account, request.requestId, { ...call, resultId: loaded.filing.id, personId: loaded.filing.personId })
    const now = server.now()
    if (server.priorRequest(loaded.account, request.requestId, call)) return { ...loaded, request, remember, now, replay: true }
    settle()
    const refusal = refusalOf(loaded.filing, chinaDate(now))
    if (refusal) {
      throw new BackendError('RULE_VIOLATION', refusal.message, {
        reason: refusal.reason,
        availableAt: refusal.availableAt,
        earliestDate: refusal.availableAt,
      })
    }
    return { ...loaded, request, remember, now, replay: false }
  }

  return {
    policyFor(caller, personId) {
      const { person } = server.assertCanActFor(caller, personId)
      return policyForRegion(person.insuredRegion)
    },

    list(caller, rawFilter) {
      const account = server.account(caller)
      const filter = parseInput(ListFilterSchema, rawFilter) ?? {}
      const allowed = server.actablePersonIds(account)
      if (filter.personId !== undefined) server.assertCanActFor(caller, filter.personId)
      settle()
      return server.state.filings
        .filter((f) => allowed.includes(f.personId))
        .filter((f) => filter.personId === undefined || f.personId === filter.personId)
        .filter((f) => !filter.status || filter.status.includes(f.status))
        .sort((a, b) => b.createdAt - a.createdAt)
    },

    get(caller, id) {
      settle()
      return load(caller, id).filing
    },

    submit(caller, rawInput) {
      const account = server.account(caller)
      const input = parseInput(FilingInputSchema, rawInput)
      const { person, actor } = server.assertCanActFor(caller, input.personId)
      const call = { op: 'filings.submit', target: person.id, body: rawInput }
      const previous = server.priorRequest(account, input.requestId, call)
      if (previous) {
        // A double tap or a retry after a lost response: the same filing, never a second one.
        const existing = server.state.filings.find((f) => f.id === previous.resultId)
        if (existing) return existing
      }
      const ineligible = filingIneligibility(server.summary(person), input.category, input.destination)
      if (ineligible) throw notEligible(ineligible)
      const policy = policyForRegion(person.insuredRegion)
      const now = server.now()
      const errors = filingInputErrors(input, chinaDate(now), policy)
      const fields = Object.entries(errors)
      if (fields.length > 0) throw new BackendError('VALIDATION', fields[0][1], { fields: errors as Record<string, string> })
      settle()
      const existing = findActiveConflict(person.id, input.destination)
      if (existing) throw conflictError(existing)

      const group = groupOf(input.category)
      const byRelative = actor.id !== person.id ? actor.name : undefined
      const filing: Filing = {
        id: nextFilingId(),
        personId: person.id,
        personName: person.name,
        category: input.category,
        group,
        destination: input.destination,
        insuredRegion: person.insuredRegion,
        startDate: input.startDate,
        endDate: group === 'temporary' ? input.endDate : undefined,
        phoneMasked: maskPhone(input.phone.replace(/[\s-]/g, '')),
        address: input.address.trim(),
        referringHospital: input.category === 'referral' ? input.referringHospital?.trim() : undefined,
        usePledge: input.usePledge,
        // Metadata only: what was uploaded, not the bytes.
        materials: input.materials.filter((m) => m.files.length > 0),
        lateInHospital: !!input.lateInHospital && input.startDate < chinaDate(now),
        status: 'submitted',
        history: [{ status: 'submitted', at: now, actorName: byRelative }],
        createdAt: now,
        changeableFrom: changeableFromDate(group, chinaDate(now), policy),
        hasUnsettledStay: !!input.lateInHospital && input.startDate < chinaDate(now),
      }
      if (input.usePledge) {
        move(filing, 'approved', { at: now, note: '承诺制备案，系统自动审核办结' })
      } else {
        move(filing, 'reviewing', { at: now, note: '已转参保地医保经办机构审核' })
      }
      server.state.filings.push(filing)
      // 补办 while in hospital: the stay is open until the hospital discharges and settles it.
      if (filing.hasUnsettledStay) admitStay(server, filing)
      server.rememberRequest(account, input.requestId, { ...call, resultId: filing.id, personId: person.id })
      server.recordDelegation(account, person.id, '提交异地就医备案')
      if (filing.status === 'approved') announce(filing)
      else scheduleReview()
      server.save()
      return filing
    },

    change(caller, rawId, rawChange) {
      const {
        filing,
        account,
        person,
        actor,
        request: change,
        remember,
        now,
        replay,
      } = beginWrite(caller, rawId, FilingChangeSchema, rawChange, changeRefusal, 'filings.change')
      if (replay) return filing
      const ineligible =
        statusIneligibility(server.summary(person)) ??
        (change.destination ? destinationIneligibility(person.insuredRegion, change.destination) : null)
      if (ineligible) throw notEligible(ineligible)

      const policy = policyForRegion(person.insuredRegion)
      const next = {
        destination: change.destination ?? filing.destination,
        startDate: change.startDate ?? filing.startDate,
        endDate: filing.group === 'temporary' ? (change.endDate ?? filing.endDate) : undefined,
      }
      const fields: Record<string, string> = {}
      const destination = destinationError(next.destination, policy)
      if (destination) fields.destination = destination
      const dates = dateErrors({ category: filing.category, ...next }, chinaDate(now), policy)
      // An unchanged start date may lie in the past; a new one follows the usual rules.
      if (dates.startDate && change.startDate !== undefined && change.startDate !== filing.startDate) fields.startDate = dates.startDate
      if (dates.endDate) fields.endDate = dates.endDate
      const notes: string[] = []
      if (!samePlaceExactly(next.destination, filing.destination))
        notes.push(`就医地 ${placeLabel(filing.destination)} → ${placeLabel(next.destination)}`)
      if (next.startDate !== filing.startDate) notes.push(`开始日期 ${dateCn(filing.startDate)} → ${dateCn(next.startDate)}`)
      if (next.endDate !== filing.endDate && next.endDate)
        notes.push(`结束日期 ${filing.endDate ? dateCn(filing.endDate) : ''} → ${dateCn(next.endDate)}`)
      if (Object.keys(fields).length === 0 && notes.length === 0) fields._ = '没有需要变更的内容'
      if (Object.keys(fields).length > 0) throw new BackendError('VALIDATION', Object.values(fields)[0], { fields })
      const conflict = findActiveConflict(person.id, next.destination, filing.id)
      if (conflict) throw conflictError(conflict)

      filing.destination = next.destination
      filing.startDate = next.startDate
      filing.endDate = next.endDate
      filing.history.push({
        status: 'approved',
        at: now,
        note: `变更：${notes.join('；')}`,
        actorName: actor.id !== person.id ? actor.name : undefined,
      })
      remember()
      server.recordDelegation(account, person.id, '变更异地就医备案')
      server.save()
      return filing
    },

    cancel(caller, rawId, rawRequest) {
      const { filing, account, person, actor, request, remember, now, replay } = beginWrite(
        caller,
        rawId,
        CancelSchema,
        rawRequest,
        cancelRefusal,
        'filings.cancel',
      )
      if (replay) return filing
      move(filing, 'cancelled', {
        at: now,
        note: request.reason?.trim() || (filing.history.some((e) => e.status === 'approved') ? '申请人撤销备案' : '申请人撤回申请'),
        actorName: actor.id !== person.id ? actor.name : undefined,
      })
      remember()
      server.recordDelegation(account, person.id, '撤销异地就医备案')
      server.save()
      return filing
    },
  }
}

function samePlaceExactly(a: Region, b: Region): boolean {
  return a.provinceCode === b.provinceCode && a.cityCode === b.cityCode
}
