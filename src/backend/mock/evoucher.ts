import { maskName } from '@/lib/mask'
import {
  BackendError,
  EVOUCHER_RULES,
  certificateMonths,
  certificateRangeProblem,
  countMonths,
  makeCertificateCode,
  normalizeCertificateCode,
  type InsuranceCertificate,
} from '@/domain'
import { chinaDate } from '@/domain/filings/rules'
import { parseInput } from '@/domain/validate'
import { CertificateCodeSchema, CertificateRequestSchema, EVoucherPersonIdSchema, EVoucherTokenSchema } from '@/domain/evoucher/schema'
import type { EVoucherApi } from '@/backend/port/evoucher'
import { historyOf } from '@/backend/mock/app-records'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import type { PersonRecord } from '@/backend/mock/state'

/** Used or expired tokens are kept this long, so a replay is told "used" rather than "unknown". */
const KEEP_SPENT_MS = 10 * 60_000

const hexBytes = (hex: string) => Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16)))

export function createEVoucherService(server: MockServer): ServerSide<EVoucherApi> {
  const vouchers = () => (server.state.evouchers ??= [])
  const certificates = () => (server.state.certificates ??= [])

  const prune = (now: number) => {
    const kept = vouchers().filter((v) => Math.max(v.expiresAt, v.usedAt ?? 0) + KEEP_SPENT_MS > now)
    if (kept.length !== vouchers().length) server.state.evouchers = kept
  }

  /** The person's 参保状态 as the records pages show it (a change on the record wins over the generated history). */
  const statusOf = (person: PersonRecord) => person.insuranceStatus ?? (historyOf(server, person).suspended ? 'suspended' : 'active')

  return {
    issue(caller, rawPersonId) {
      const personId = parseInput(EVoucherPersonIdSchema, rawPersonId)
      const { account, person } = server.assertCanActFor(caller, personId)
      const now = server.now()
      prune(now)
      // One live code per person and account: a refresh makes the code on screen a moment ago worthless.
      for (const v of vouchers()) {
        if (v.accountId === account.id && v.personId === person.id && !v.usedAt && !v.revokedAt && v.expiresAt > now) v.revokedAt = now
      }
      const record = {
        token: server.newToken(),
        accountId: account.id,
        personId: person.id,
        issuedAt: now,
        expiresAt: now + EVOUCHER_RULES.ttlMs,
      }
      vouchers().push(record)
      server.save()
      const summary = server.summary(person)
      return {
        token: record.token,
        personId: person.id,
        name: person.name,
        idNumberMasked: summary.idNumberMasked,
        insuranceType: person.insuranceType,
        insuredRegion: person.insuredRegion,
        insuranceStatus: statusOf(person),
        issuedAt: record.issuedAt,
        expiresAt: record.expiresAt,
      }
    },

    verify(_caller, rawToken) {
      const token = parseInput(EVoucherTokenSchema, rawToken)
      const now = server.now()
      const record = vouchers().find((v) => v.token === token)
      if (!record) throw new BackendError('NOT_FOUND', '医保码无效，请让参保人刷新后重新出示')
      if (record.usedAt) throw new BackendError('RULE_VIOLATION', '该医保码已使用过，请让参保人刷新后重新出示', { reason: 'VOUCHER_USED' })
      if (record.revokedAt || record.expiresAt <= now) {
        throw new BackendError('RULE_VIOLATION', '医保码已过期，请让参保人刷新后重新出示', { reason: 'VOUCHER_EXPIRED' })
      }
      record.usedAt = now
      server.save()
      const person = server.person(record.personId)
      const summary = server.summary(person)
      return {
        nameMasked: maskName(person.name),
        idNumberMasked: summary.idNumberMasked,
        insuranceType: person.insuranceType,
        insuredRegion: person.insuredRegion,
        insuranceStatus: statusOf(person),
        verifiedAt: now,
      }
    },

    issueCertificate(caller, rawInput) {
      const input = parseInput(CertificateRequestSchema, rawInput)
      const { account, person } = server.assertCanActFor(caller, input.personId)
      const call = { op: 'evoucher.issueCertificate', target: person.id, body: rawInput }
      const previous = server.priorRequest(account, input.requestId, call)
      if (previous) {
        const existing = certificates().find((c) => c.id === previous.resultId)
        if (existing) return existing.certificate
      }
      const now = server.now()
      const problem = certificateRangeProblem(input.fromMonth, input.toMonth, chinaDate(now).slice(0, 7), person.insuredSince.slice(0, 7))
      if (problem) throw new BackendError('VALIDATION', problem, { fields: { fromMonth: problem } })
      const months = certificateMonths(historyOf(server, person).contributions, input.fromMonth, input.toMonth)
      const counts = countMonths(months)
      const summary = server.summary(person)
      const certificate: InsuranceCertificate = {
        code: makeCertificateCode((n) => hexBytes(server.newToken()).slice(0, n)),
        personId: person.id,
        nameMasked: maskName(person.name),
        idNumberMasked: summary.idNumberMasked,
        insuranceType: person.insuranceType,
        insuranceStatus: statusOf(person),
        insuredRegion: person.insuredRegion,
        insuredSince: person.insuredSince,
        fromMonth: input.fromMonth,
        toMonth: input.toMonth,
        months,
        paidMonths: counts.paid,
        arrearsMonths: counts.arrears,
        issuedAt: now,
        issuedDate: chinaDate(now),
        demo: true,
      }
      // Keep the newest few per person; older codes stop verifying.
      const mine = certificates().filter((c) => c.certificate.personId === person.id)
      if (mine.length >= EVOUCHER_RULES.certificatesKept) {
        const drop = new Set(mine.slice(0, mine.length - EVOUCHER_RULES.certificatesKept + 1).map((c) => c.id))
        server.state.certificates = certificates().filter((c) => !drop.has(c.id))
      }
      certificates().push({ id: certificate.code, accountId: account.id, certificate })
      server.rememberRequest(account, input.requestId, { ...call, resultId: certificate.code, personId: person.id })
      server.recordDelegation(account, person.id, '开具参保证明')
      server.save()
      return certificate
    },

    verifyCertificate(_caller, rawCode) {
      const code = normalizeCertificateCode(parseInput(CertificateCodeSchema, rawCode))
      // A bad check character (a typo or an edited image) and an unknown code get the same answer.
      const found = code ? certificates().find((c) => c.id === code) : undefined
      if (!found) throw new BackendError('NOT_FOUND', '未查到该参保证明，请核对验证码')
      return found.certificate
    },
  }
}
