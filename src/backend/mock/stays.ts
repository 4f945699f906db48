import { BackendError, FILING_CATEGORY_LABELS, ratioCutPoints, type Filing, type FilingStay, type Region, type Settlement } from '@/domain'
import { chinaDate, policyForRegion } from '@/domain/filings/rules'
import { fundShare } from '@/domain/records/payment'
import { historyOf } from '@/backend/mock/app-records'
import { activePayerFor, payerKinship, recordFamilyPayment } from '@/backend/mock/family-pay'
import { plannedSettlementSeq } from '@/backend/mock/records-history'
import { createRng, hashSeed } from '@/backend/mock/rng'
import type { MockServer } from '@/backend/mock/server'
import type { StayRecord } from '@/backend/mock/state'
import { route } from '@/domain/routes'

/**
 * Hospital stays and visits the mock settles directly (POLICY.md "Late filing (补办)": a stay filed before discharge
 * settles directly at the networked hospital). A 补办 filing admits a stay; after `server.stayDelayMs` the hospital
 * discharges and settles it, the settlement appears in 异地就医结算 records linked to the filing, and the filing's
 * cancel lock (hasUnsettledStay) ends.
 */

/** A name that cannot be mistaken for a real institution. */
export function demoHospitalName(destination: Region): string {
  return `${destination.cityName || destination.provinceName}联网定点医院（演示）`
}

const stays = (server: MockServer) => (server.state.stays ??= [])

function publicView(stay: StayRecord): FilingStay {
  return {
    id: stay.id,
    hospital: stay.hospital,
    admissionDate: stay.admissionDate,
    status: stay.status,
    dischargeDate: stay.dischargeDate,
    settlementId: stay.settlementId,
  }
}

/** Keeps the filing's public view of its stays and its cancel lock in step with the stay records. */
function syncFiling(server: MockServer, filing: Filing): void {
  const mine = stays(server).filter((s) => s.filingId === filing.id && s.kind === 'inpatient')
  filing.stays = mine.map(publicView)
  filing.hasUnsettledStay = mine.some((s) => s.status === 'in-hospital')
}

/** A 补办 filing: the person is in hospital now, admitted on the filing's start date. */
export function admitStay(server: MockServer, filing: Filing, options: { dischargeDueAt?: number } = {}): StayRecord {
  const now = server.now()
  const stay: StayRecord = {
    id: server.nextId('ST'),
    personId: filing.personId,
    filingId: filing.id,
    kind: 'inpatient',
    hospital: demoHospitalName(filing.destination),
    destination: filing.destination,
    admissionDate: filing.startDate,
    admittedAt: now,
    dischargeDueAt: options.dischargeDueAt ?? now + server.stayDelayMs,
    status: 'in-hospital',
  }
  stays(server).push(stay)
  syncFiling(server, filing)
  scheduleDischarge(server, stay.dischargeDueAt - now)
  return stay
}

/** Like a hospital's discharge: happens when due even if nobody reads, so the message arrives by itself. */
function scheduleDischarge(server: MockServer, inMs: number): void {
  if (inMs > 24 * 3600 * 1000) return
  const timer = setTimeout(() => server.runJobs(), Math.max(0, inMs) + 50) as unknown as { unref?: () => void }
  timer.unref?.()
}

export function nextSettlementId(server: MockServer, personId: string): string {
  const made = (server.state.appSettlements ?? []).filter((s) => s.personId === personId).length
  return `S-${personId}-${String(plannedSettlementSeq(personId) + made + 1).padStart(2, '0')}`
}

/** Settles a stay or visit: fund by the example rules, then the person's own account, then a 共济 account, then cash. */
function settle(server: MockServer, stay: StayRecord, filing: Filing, at: number): Settlement {
  const person = server.person(stay.personId)
  const rng = createRng(hashSeed(`${server.state.seed}|${stay.id}`))
  const totalFen = stay.kind === 'inpatient' ? rng.int(6_000, 24_000) * 100 + rng.int(0, 99) : rng.int(150, 600) * 100 + rng.int(0, 99)
  // The 就医地's catalogue decides what is covered; the rest is paid by the person.
  const inCatalogueFen = Math.round((totalFen * rng.int(88, 95)) / 100)
  const cut = ratioCutPoints(filing.category, policyForRegion(person.insuredRegion))
  const { fundFen } = fundShare(stay.kind, person.insuranceType, inCatalogueFen, cut)
  let selfFen = totalFen - fundFen
  let accountFen = 0
  if (person.insuranceType === 'employee') {
    const own = historyOf(server, person)
    if (!own.suspended) accountFen = Math.min(own.balanceFen, selfFen)
  }
  selfFen -= accountFen
  const id = nextSettlementId(server, person.id)
  const settlement: Settlement = {
    id,
    personId: person.id,
    kind: stay.kind,
    hospital: stay.hospital,
    destination: stay.destination,
    admissionDate: stay.admissionDate,
    dischargeDate: chinaDate(at),
    totalFen,
    fundFen,
    accountFen,
    familyAccountFen: 0,
    cashFen: selfFen,
    filingId: filing.id,
    filingLabel: FILING_CATEGORY_LABELS[filing.category],
    insuranceType: person.insuranceType,
    settledAt: at,
  }
  // 家庭共济: a relative's account pays what is left of this person's own share, as far as its balance goes.
  const family = selfFen > 0 ? activePayerFor(server, person.id) : null
  if (family) {
    const amountFen = Math.min(historyOf(server, family.payer).balanceFen, selfFen)
    if (amountFen > 0) {
      const payment = recordFamilyPayment(server, family.relationship, {
        kind: 'medical',
        amountFen,
        at,
        settlementId: id,
        description: `${stay.hospital}${stay.kind === 'inpatient' ? '住院' : '门诊'}费用`,
      })
      settlement.familyAccountFen = amountFen
      settlement.cashFen = selfFen - amountFen
      settlement.familyPayer = {
        name: family.payer.name,
        kinship: payerKinship(server, family.relationship),
        paymentId: payment.id,
      }
    }
  }
  server.state.appSettlements = [...(server.state.appSettlements ?? []), settlement]
  return settlement
}

/** When the filing became approved (the latest approval event), or null if it is not approved. */
function approvedAt(filing: Filing): number | null {
  if (filing.status !== 'approved') return null
  const event = filing.history.find((e) => e.status === 'approved')
  return event ? event.at : null
}

/**
 * Discharges every stay that is due. A stay on an approved filing settles directly; one whose filing was refused
 * leaves hospital self-paid (手工报销). A stay whose filing is still under review waits for the review.
 */
export function dischargeDueStays(server: MockServer): boolean {
  const now = server.now()
  let changed = false
  for (const stay of stays(server)) {
    if (stay.status !== 'in-hospital' || now < stay.dischargeDueAt) continue
    const filing = server.state.filings.find((f) => f.id === stay.filingId)
    if (!filing) continue
    const approval = approvedAt(filing)
    if (approval !== null) {
      const at = Math.max(stay.dischargeDueAt, approval)
      const settlement = settle(server, stay, filing, at)
      stay.status = 'settled'
      stay.dischargeDate = settlement.dischargeDate
      stay.settlementId = settlement.id
      filing.history.push({
        status: filing.status,
        at,
        note: `出院结算完成（${stay.hospital}，结算单 ${settlement.id}）`,
      })
      server.notify({
        kind: 'settlement',
        personId: filing.personId,
        title: '异地住院已直接结算',
        body: `${filing.personName}在${stay.hospital}的住院已出院结算，可在“异地就医结算”查看费用明细。`,
        link: route('recordsSettlement', { id: settlement.id, personId: filing.personId }),
      })
    } else if (filing.status === 'submitted' || filing.status === 'reviewing') {
      continue
    } else {
      stay.status = 'self-paid'
      stay.dischargeDate = chinaDate(now)
      filing.history.push({ status: filing.status, at: now, note: '已出院，备案未通过，未能直接结算，可回参保地申请手工报销' })
    }
    syncFiling(server, filing)
    changed = true
  }
  return changed
}

/** Developer settings: every open stay is discharged now (its filing must be approved to settle directly). */
export function dischargeAllNow(server: MockServer): number {
  const now = server.now()
  const open = stays(server).filter((s) => s.status === 'in-hospital')
  for (const stay of open) stay.dischargeDueAt = Math.min(stay.dischargeDueAt, now)
  server.runJobs()
  server.save()
  return open.filter((s) => s.status !== 'in-hospital').length
}

/** Developer settings: an ordinary outpatient visit today under the person's approved filing, settled at once. */
export function simulateOutpatientVisit(server: MockServer, personId: string): Settlement {
  server.runJobs()
  const now = server.now()
  const filing = server.state.filings
    .filter((f) => f.personId === personId && f.status === 'approved')
    .sort((a, b) => b.createdAt - a.createdAt)[0]
  if (!filing) throw new BackendError('RULE_VIOLATION', '该参保人没有已通过的异地就医备案，不能模拟异地门诊结算')
  const today = chinaDate(now)
  const visit: StayRecord = {
    id: server.nextId('ST'),
    personId,
    filingId: filing.id,
    kind: 'outpatient',
    hospital: demoHospitalName(filing.destination),
    destination: filing.destination,
    admissionDate: today,
    admittedAt: now,
    dischargeDueAt: now,
    status: 'settled',
    dischargeDate: today,
  }
  stays(server).push(visit)
  const settlement = settle(server, visit, filing, now)
  visit.settlementId = settlement.id
  server.save()
  return settlement
}
