/**
 * 跨省转移接续 on the mock server: apply, the steps a real 转出地 and 转入地 take (advanced by a job on every read, with
 * the demo timing of TRANSFER_STEP_DAYS), cancel before 转出, and what completion changes on the person's record:
 * the 参保地, the records (each period marked with its 参保地, the balance moved), and the filings made under the old
 * 参保地, which end (POLICY.md: a long-term filing ends when 参保状态 changes).
 */
import { route } from '@/domain/routes'
import { BackendError, FILING_CATEGORY_LABELS, canTransition, isActive } from '@/domain'
import type { Filing, FilingStatus, Region, Transfer, TransferStatus } from '@/domain'
import { regionLabel } from '@/domain/region-label'
import {
  canTransferMove,
  isTransferOpen,
  nextStepDueAt,
  nextTransferStep,
  transferCancellable,
  transferIneligibility,
  transferInputErrors,
  transferStepNote,
  transferTitle,
} from '@/domain/transfers/rules'
import { TRANSFER_STATUS_LABELS } from '@/domain/transfers/types'
import { TransferCancelSchema, TransferIdSchema, TransferInputSchema, TransferListFilterSchema } from '@/domain/transfers/schema'
import { chinaDate, dateCn } from '@/domain/filings/rules'
import { parseInput } from '@/domain/validate'
import { formatYuan } from '@/lib/money'
import type { TransfersApi } from '@/backend/port/transfers'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import type { PersonRecord } from '@/backend/mock/state'
import { appRecords } from '@/backend/mock/app-records'
import { personHistory } from '@/backend/mock/records-history'

const samePlace = (a: Region, b: Region) => a.provinceCode === b.provinceCode && a.cityCode === b.cityCode

export function createTransfersService(server: MockServer): ServerSide<TransfersApi> {
  const all = (): Transfer[] => (server.state.transfers ??= [])
  const detail = (t: Transfer) => route('transferDetail', { id: t.id })

  const move = (t: Transfer, to: TransferStatus, at: number, note: string, actorName?: string) => {
    // The one place statuses change: an illegal transition is a server bug, not a user error.
    if (!canTransferMove(t.status, to)) throw new BackendError('SERVER', `转移接续状态异常（${t.status}→${to}）`)
    t.status = to
    t.history.push({ status: to, at, note, actorName })
    t.updatedAt = at
    const due = nextStepDueAt(to, at, server.transferDayMs)
    t.nextStepDueAt = due ?? undefined
  }

  const announce = (t: Transfer, body: string) =>
    server.notify({
      kind: 'transfer',
      personId: t.personId,
      title: `医保关系转移接续：${TRANSFER_STATUS_LABELS[t.status]}`,
      body: `${t.personName}的${t.title}${body}`,
      link: detail(t),
    })

  /** The old place transfers out: the paid months and the personal account balance as of `at` leave. */
  const transferOut = (t: Transfer, person: PersonRecord, at: number) => {
    const before = personHistory(server.state.seed, person, at, appRecords(server))
    t.monthsMoved = before.paidMonths
    t.balanceMovedFen = before.balanceFen
    ;(person.moves ??= []).push({ transferId: t.id, from: t.fromRegion, to: t.toRegion, sinceMonth: t.newSinceMonth, outAt: at })
  }

  /** Ends every filing made under the old 参保地 that is still running, with a message. */
  const endFilings = (t: Transfer, person: PersonRecord, at: number): Filing[] => {
    const ended: Filing[] = []
    const note = `参保关系已转移至${regionLabel(t.toRegion)}，原参保地${regionLabel(t.fromRegion)}的备案终止`
    for (const filing of server.state.filings) {
      if (filing.personId !== person.id || !isActive(filing.status) || !samePlace(filing.insuredRegion, t.fromRegion)) continue
      const step = (to: FilingStatus) => {
        if (!canTransition(filing.status, to)) return
        filing.status = to
        filing.history.push({ status: to, at, note })
      }
      if (filing.status === 'approved') step('expired')
      else {
        if (filing.status === 'submitted') step('reviewing')
        filing.rejectReason = note
        step('rejected')
      }
      ended.push(filing)
      const longTerm = filing.group === 'long-term'
      server.notify({
        kind: 'system',
        personId: person.id,
        title: '异地就医备案已终止',
        body: `${person.name}的异地就医备案（${FILING_CATEGORY_LABELS[filing.category]}，就医地${regionLabel(filing.destination)}）因参保关系转移至${regionLabel(t.toRegion)}已终止${
          longTerm ? '（长期备案在参保状态变更时终止）' : '（演示规则：原参保地办理的临时备案随参保关系转出终止）'
        }。如仍需在外省就医，请按新参保地规定重新备案。`,
        link: route('filingDetail', { id: filing.id }),
      })
    }
    return ended
  }

  const complete = (t: Transfer, person: PersonRecord, at: number) => {
    person.insuredRegion = t.toRegion
    const moved = person.moves?.find((m) => m.transferId === t.id)
    if (moved) moved.inAt = at
    t.endedFilingIds = endFilings(t, person, at).map((f) => f.id)
  }

  /** Advances every open transfer whose next step fell due. Runs on every read, as a real server's job would. */
  const advance = (): void => {
    const now = server.now()
    let changed = false
    for (const t of all()) {
      while (isTransferOpen(t.status) && t.nextStepDueAt !== undefined && t.nextStepDueAt <= now) {
        const next = nextTransferStep(t.status)
        if (!next) break
        const at = t.nextStepDueAt
        const person = server.person(t.personId)
        if (next === 'transferred-out') transferOut(t, person, at)
        move(t, next, at, transferStepNote(next, t))
        if (next === 'completed') complete(t, person, at)
        const extra =
          next === 'transferred-out'
            ? `：转出缴费年限${Math.floor((t.monthsMoved ?? 0) / 12)}年${(t.monthsMoved ?? 0) % 12}个月，个人账户余额${formatYuan(t.balanceMovedFen ?? 0)}。此后不能撤销。`
            : next === 'completed'
              ? `：参保地已变更为${regionLabel(t.toRegion)}，缴费年限合并计算，个人账户余额已到账。${
                  t.endedFilingIds?.length ? '原参保地办理的异地就医备案已终止。' : ''
                }`
              : `：${transferStepNote(next, t)}。`
        announce(t, `于${dateCn(chinaDate(at))}${TRANSFER_STATUS_LABELS[next]}${extra}`)
        changed = true
      }
    }
    if (changed) server.save()
  }
  server.jobs.set('transfers', advance)

  /** Like a server's job: a short demo step ends by itself, so its message arrives while nobody reads. */
  const schedule = (t: Transfer) => {
    if (t.nextStepDueAt === undefined) return
    const delay = t.nextStepDueAt - server.now()
    if (delay > 60_000) return
    const timer = setTimeout(() => {
      advance()
      const current = all().find((x) => x.id === t.id)
      if (current) schedule(current)
    }, delay + 50) as unknown as { unref?: () => void }
    timer.unref?.()
  }

  const nextId = () => {
    const n = Math.max(server.state.counters.ZY ?? 0, all().length) + 1
    server.state.counters.ZY = n
    return `ZY${String(n).padStart(6, '0')}`
  }

  /** The transfer if the caller may act for its person; unknown and other people's ids get the same NOT_FOUND. */
  const load = (caller: Caller, rawId: unknown) => {
    const id = parseInput(TransferIdSchema, rawId)
    const account = server.account(caller)
    const transfer = all().find((t) => t.id === id)
    if (!transfer || !server.actablePersonIds(account).includes(transfer.personId)) {
      throw new BackendError('NOT_FOUND', '没有找到该转移接续申请，或您已无权查看（例如已解除亲情账户绑定）')
    }
    return { transfer, ...server.assertCanActFor(caller, transfer.personId) }
  }

  return {
    list(caller, rawFilter) {
      const account = server.account(caller)
      const filter = parseInput(TransferListFilterSchema, rawFilter) ?? {}
      if (filter.personId !== undefined) server.assertCanActFor(caller, filter.personId)
      advance()
      const allowed = server.actablePersonIds(account)
      return all()
        .filter((t) => allowed.includes(t.personId))
        .filter((t) => filter.personId === undefined || t.personId === filter.personId)
        .filter((t) => !filter.status || filter.status.includes(t.status))
        .sort((a, b) => b.updatedAt - a.updatedAt)
    },

    get(caller, id) {
      advance()
      return load(caller, id).transfer
    },

    apply(caller, rawInput) {
      const account = server.account(caller)
      const input = parseInput(TransferInputSchema, rawInput)
      const { person, actor } = server.assertCanActFor(caller, input.personId)
      const call = { op: 'transfers.apply', target: person.id, body: rawInput }
      const previous = server.priorRequest(account, input.requestId, call)
      if (previous) {
        // A double tap or a retry after a lost answer: the same transfer, never a second one.
        const existing = all().find((t) => t.id === previous.resultId)
        if (existing) return existing
      }
      advance()
      const refusal =
        transferIneligibility(server.summary(person), input.toRegion) ??
        (samePlace(input.fromRegion, person.insuredRegion)
          ? null
          : {
              subReason: 'from-mismatch' as const,
              field: 'fromRegion' as const,
              message: `转出地应为${person.name}现在的参保地${regionLabel(person.insuredRegion)}，请刷新后重试`,
            })
      if (refusal) {
        throw new BackendError('RULE_VIOLATION', refusal.message, {
          reason: 'NOT_ELIGIBLE',
          subReason: refusal.subReason,
          fields: { [refusal.field]: refusal.message },
        })
      }
      const now = server.now()
      const errors = transferInputErrors(input, chinaDate(now))
      const fields = Object.entries(errors)
      if (fields.length > 0) throw new BackendError('VALIDATION', fields[0][1], { fields: errors as Record<string, string> })
      const open = all().find((t) => t.personId === person.id && isTransferOpen(t.status))
      if (open) {
        throw new BackendError('CONFLICT', `${person.name}已有一笔正在办理的转移接续（${open.id}），办结或撤销后才能再申请`, {
          reason: 'TRANSFER_PENDING',
          relatedId: open.id,
        })
      }
      const byRelative = actor.id !== person.id ? actor.name : undefined
      const transfer: Transfer = {
        id: nextId(),
        personId: person.id,
        personName: person.name,
        fromRegion: person.insuredRegion,
        toRegion: input.toRegion,
        employment: input.employment,
        employerName: input.employment === 'employer' ? input.employerName?.trim() : undefined,
        newSinceMonth: input.newSinceMonth,
        status: 'applied',
        history: [],
        createdAt: now,
        updatedAt: now,
        title: transferTitle(person.insuredRegion, input.toRegion),
      }
      transfer.history.push({ status: 'applied', at: now, note: transferStepNote('applied', transfer), actorName: byRelative })
      transfer.nextStepDueAt = nextStepDueAt('applied', now, server.transferDayMs) ?? undefined
      all().push(transfer)
      server.rememberRequest(account, input.requestId, { ...call, resultId: transfer.id, personId: person.id })
      server.recordDelegation(account, person.id, '申请医保关系转移接续')
      announce(transfer, '已提交，转出地审核后办理转出，全程一般不超过15个工作日。')
      server.save()
      schedule(transfer)
      return transfer
    },

    cancel(caller, rawId, rawRequest) {
      const { transfer, account, person, actor } = load(caller, rawId)
      const request = parseInput(TransferCancelSchema, rawRequest)
      const call = { op: 'transfers.cancel', target: transfer.id, body: rawRequest }
      const remember = () =>
        server.rememberRequest(account, request.requestId, { ...call, resultId: transfer.id, personId: transfer.personId })
      if (server.priorRequest(account, request.requestId, call)) return transfer
      advance()
      if (transfer.status === 'cancelled') {
        remember()
        return transfer
      }
      if (!transferCancellable(transfer.status)) {
        const out = transfer.history.find((e) => e.status === 'transferred-out')
        throw new BackendError(
          'RULE_VIOLATION',
          `${regionLabel(transfer.fromRegion)}已于${out ? dateCn(chinaDate(out.at)) : ''}办理转出，转移接续不能再撤销。如需回到原参保地，请在办结后重新申请转移。`,
          { reason: 'ALREADY_TRANSFERRED_OUT' },
        )
      }
      const now = server.now()
      move(
        transfer,
        'cancelled',
        now,
        request.reason?.trim() || transferStepNote('cancelled', transfer),
        actor.id !== person.id ? actor.name : undefined,
      )
      transfer.nextStepDueAt = undefined
      remember()
      server.recordDelegation(account, person.id, '撤销医保关系转移接续')
      announce(transfer, '已撤销，参保关系仍在原参保地。')
      server.save()
      return transfer
    },
  }
}
