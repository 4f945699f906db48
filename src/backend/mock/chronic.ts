import { route } from '@/domain/routes'
import { BackendError, CHRONIC_APPLY_NOTE, type ApplicationStatus, type Qualification, type QualificationEvent } from '@/domain'
import { type ChronicApi } from '@/backend/port/chronic'
import { CHRONIC_DISEASE_LABELS } from '@/domain/coverage'
import {
  applyRefusal,
  canMove,
  diseaseStatuses,
  proofErrors,
  qualificationTitle,
  QUALIFICATION_MEANING,
  validUntil,
} from '@/domain/chronic/rules'
import {
  QualificationFilterSchema,
  QualificationIdSchema,
  QualificationInputSchema,
  QualificationPersonSchema,
} from '@/domain/chronic/schema'
import { chinaDate, dateCn, reviewDueAt, reviewOutcome } from '@/domain/filings/rules'
import { statusIneligibility } from '@/domain/filings/eligibility'
import { parseInput } from '@/domain/validate'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'

const DETAIL = (id: string) => route('chronicDetail', { id })
const DAY = 24 * 3600 * 1000

/** 王秀英 (P002) holds a 高血压 qualification from her 参保地 衡阳, decided 200 days before the demo data is made. */
export function seedQualifications(now: number): Qualification[] {
  const decided = now - 200 * DAY
  const submitted = decided - 6 * DAY
  const hengyang = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
  return [
    {
      id: 'CQ0001',
      personId: 'P002',
      personName: '王秀英',
      disease: 'hypertension',
      status: 'approved',
      title: qualificationTitle('王秀英', 'hypertension'),
      insuredRegion: hengyang,
      materials: [
        { kind: 'medical-record', files: [{ ref: 'seed/cq0001-record.jpg', sizeBytes: 654_321, mime: 'image/jpeg' }] },
        { kind: 'diagnosis', files: [{ ref: 'seed/cq0001-diagnosis.jpg', sizeBytes: 543_210, mime: 'image/jpeg' }] },
      ],
      validFrom: chinaDate(decided),
      validUntil: validUntil(chinaDate(decided)),
      history: [
        { status: 'reviewing', at: submitted, note: CHRONIC_APPLY_NOTE, actorName: '李明' },
        { status: 'approved', at: decided, note: '审核通过，已认定' },
      ],
      createdAt: submitted,
      updatedAt: decided,
    },
  ]
}

export function createChronicService(server: MockServer): ServerSide<ChronicApi> {
  const apps = (): Qualification[] => (server.state.chronic ??= seedQualifications(server.now()))
  const today = () => chinaDate(server.now())

  const move = (app: Qualification, to: ApplicationStatus, event: Omit<QualificationEvent, 'status'>) => {
    // The one place statuses change: an illegal transition is a server bug, not a user error.
    if (!canMove(app.status, to)) throw new BackendError('SERVER', `认定状态异常（${app.status}→${to}）`)
    app.status = to
    app.updatedAt = event.at
    app.history.push({ status: to, ...event })
  }

  const announce = (app: Qualification) => {
    const what = `${app.personName}的${CHRONIC_DISEASE_LABELS[app.disease]}门诊慢特病认定`
    if (app.status === 'approved') {
      server.notify({
        kind: 'qualification',
        personId: app.personId,
        title: '门诊慢特病认定已通过',
        body: `${what}已通过，有效期至${dateCn(app.validUntil ?? '')}（以参保地规定为准）。${QUALIFICATION_MEANING.text}`,
        link: DETAIL(app.id),
      })
    } else if (app.status === 'rejected') {
      server.notify({
        kind: 'qualification',
        personId: app.personId,
        title: '门诊慢特病认定未通过',
        body: `${what}未通过审核：${app.rejectReason ?? ''}可补充材料后重新申请。`,
        link: DETAIL(app.id),
      })
    }
  }

  /** Decides due reviews; runs on every read, as a real server's job would have. */
  const settle = (): void => {
    const now = server.now()
    let changed = false
    for (const app of apps()) {
      const due = reviewDueAt(app.createdAt, server.reviewDelayMs)
      if (app.status !== 'reviewing' || now < due) continue
      const lapsed = statusIneligibility(server.summary(server.person(app.personId)))
      const outcome = lapsed ? { approved: false as const, reason: lapsed.message } : reviewOutcome(app)
      if (outcome.approved) {
        app.validFrom = chinaDate(due)
        app.validUntil = validUntil(app.validFrom)
        move(app, 'approved', { at: due, note: '审核通过，已认定' })
      } else {
        app.rejectReason = outcome.reason
        move(app, 'rejected', { at: due, note: outcome.reason })
      }
      announce(app)
      changed = true
    }
    if (changed) server.save()
  }
  server.jobs.set('chronic', settle)

  const scheduleReview = () => {
    const timer = setTimeout(() => settle(), server.reviewDelayMs + 50) as unknown as { unref?: () => void }
    timer.unref?.()
  }

  const nextId = () => {
    const n = Math.max(server.state.counters.CQ ?? 0, apps().length) + 1
    server.state.counters.CQ = n
    return `CQ${String(n).padStart(4, '0')}`
  }

  /** Unknown ids and other people's get the same NOT_FOUND, so ids cannot be enumerated. */
  const load = (caller: Caller, rawId: unknown) => {
    const id = parseInput(QualificationIdSchema, rawId)
    const account = server.account(caller)
    const app = apps().find((a) => a.id === id)
    if (!app || !server.actablePersonIds(account).includes(app.personId)) {
      throw new BackendError('NOT_FOUND', '没有找到该认定申请，或您已无权查看（例如已解除亲情账户绑定）')
    }
    return app
  }

  return {
    overview(caller, rawPersonId) {
      const personId = parseInput(QualificationPersonSchema, rawPersonId)
      const { person } = server.assertCanActFor(caller, personId)
      settle()
      const mine = apps().filter((a) => a.personId === person.id)
      return { personId: person.id, personName: person.name, insuredRegion: person.insuredRegion, diseases: diseaseStatuses(mine, today()) }
    },

    list(caller, rawFilter) {
      const account = server.account(caller)
      const filter = parseInput(QualificationFilterSchema, rawFilter) ?? {}
      if (filter.personId !== undefined) server.assertCanActFor(caller, filter.personId)
      const allowed = server.actablePersonIds(account)
      settle()
      return apps()
        .filter((a) => allowed.includes(a.personId))
        .filter((a) => filter.personId === undefined || a.personId === filter.personId)
        .filter((a) => !filter.status || filter.status.includes(a.status))
        .sort((a, b) => b.updatedAt - a.updatedAt || b.id.localeCompare(a.id))
    },

    get(caller, id) {
      settle()
      return load(caller, id)
    },

    apply(caller, rawInput) {
      const account = server.account(caller)
      const input = parseInput(QualificationInputSchema, rawInput)
      const { person, actor } = server.assertCanActFor(caller, input.personId)
      const call = { op: 'chronic.apply', target: person.id, body: rawInput }
      const previous = server.priorRequest(account, input.requestId, call)
      if (previous) {
        // A double tap or a retry after a lost response: the same application, never a second one.
        const existing = apps().find((a) => a.id === previous.resultId)
        if (existing) return existing
      }
      const lapsed = statusIneligibility(server.summary(person))
      if (lapsed) {
        throw new BackendError('RULE_VIOLATION', lapsed.message, { reason: 'NOT_ELIGIBLE', subReason: lapsed.subReason })
      }
      const errors = proofErrors(input.materials)
      const fields = Object.entries(errors)
      if (fields.length > 0) throw new BackendError('VALIDATION', fields[0][1], { fields: errors as Record<string, string> })
      settle()
      const refusal = applyRefusal(
        apps().filter((a) => a.personId === person.id),
        input.disease,
        today(),
      )
      if (refusal) throw new BackendError('CONFLICT', refusal.message, { reason: refusal.reason, relatedId: refusal.relatedId })

      const now = server.now()
      const app: Qualification = {
        id: nextId(),
        personId: person.id,
        personName: person.name,
        disease: input.disease,
        status: 'reviewing',
        title: qualificationTitle(person.name, input.disease),
        insuredRegion: person.insuredRegion,
        // Metadata only: what was uploaded, not the bytes.
        materials: input.materials.filter((m) => m.files.length > 0),
        history: [{ status: 'reviewing', at: now, note: CHRONIC_APPLY_NOTE, actorName: actor.id !== person.id ? actor.name : undefined }],
        createdAt: now,
        updatedAt: now,
      }
      apps().push(app)
      server.rememberRequest(account, input.requestId, { ...call, resultId: app.id, personId: person.id })
      server.recordDelegation(account, person.id, `申请${CHRONIC_DISEASE_LABELS[input.disease]}门诊慢特病认定`)
      scheduleReview()
      server.save()
      return app
    },
  }
}
