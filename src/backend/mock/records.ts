import { formatYuan } from '@/lib/money'
import { BackendError, RECORDS_LIMITS } from '@/domain'
import type { Page } from '@/domain'
import { type RecordsApi } from '@/backend/port/records'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { PersonRecord } from '@/backend/mock/state'
import type { ServerSide } from '@/backend/mock/server-side'
import { personHistory } from '@/backend/mock/records-history'
import { parseInput } from '@/domain/validate'
import {
  AccountFlowQuerySchema,
  ContributionQuerySchema,
  FamilyTransferSchema,
  SettlementIdSchema,
  SettlementQuerySchema,
} from '@/domain/records/schema'

function paginate<T>(all: readonly T[], page = 1, size = 20): Page<T> {
  const start = (page - 1) * size
  return { items: all.slice(start, start + size), page, pageSize: size, total: all.length, hasMore: start + size < all.length }
}

export function createRecordsService(server: MockServer): ServerSide<RecordsApi> {
  const lookup = (id: string) => server.state.persons.find((p) => p.id === id)
  const transfers = () => server.state.familyTransfers ?? []
  const historyOf = (person: PersonRecord) => personHistory(server.state.seed, person, server.now(), lookup, transfers())
  const historyFor = (caller: Caller, rawPersonId: unknown) => {
    // Authorisation first: an unknown or foreign id gets FORBIDDEN either way, so ids cannot be probed.
    const { person } = server.assertCanActFor(caller, rawPersonId as string)
    return { person, history: historyOf(person) }
  }
  const outgoingEntry = (personId: string, at: number) => {
    const flows = historyOf(server.person(personId)).flows
    return [...flows].reverse().find((f) => f.type === 'family-transfer' && f.at === at && f.amountFen < 0)!
  }

  return {
    insurance(caller, personId) {
      const { person, history } = historyFor(caller, personId)
      const summary = server.summary(person)
      return {
        personId: person.id,
        name: person.name,
        idNumberMasked: summary.idNumberMasked,
        insuranceType: person.insuranceType,
        insuredRegion: person.insuredRegion,
        // A change recorded on the person (developer settings) wins over the generated contribution history.
        status: person.insuranceStatus ?? (history.suspended ? 'suspended' : 'active'),
        startDate: person.insuredSince,
        contributionYears: Math.floor(history.paidMonths / 12),
        contributionExtraMonths: history.paidMonths % 12,
        retired: person.retired,
        accountUsable: person.insuranceType === 'employee' && !history.suspended,
        updatedAt: server.now(),
      }
    },

    contributions(caller, personId, rawQuery) {
      const { history } = historyFor(caller, personId)
      const query = parseInput(ContributionQuerySchema, rawQuery ?? {})
      const from = query.fromYear ?? RECORDS_LIMITS.minYear
      const to = query.toYear ?? RECORDS_LIMITS.maxYear
      const matching = history.contributions.filter((c) => {
        const y = Number(c.period.slice(0, 4))
        return y >= from && y <= to
      })
      return paginate(matching.reverse(), query.page, query.pageSize)
    },

    account(caller, personId) {
      const { person, history } = historyFor(caller, personId)
      if (person.insuranceType === 'resident') {
        return {
          personId: person.id,
          balanceFen: 0,
          updatedAt: server.now(),
          usable: false,
          unusableReason: '城乡居民医保不设个人账户，门诊和住院费用由统筹基金按比例报销',
        }
      }
      const last = history.flows[history.flows.length - 1]
      return {
        personId: person.id,
        balanceFen: history.balanceFen,
        updatedAt: last ? last.at : server.now(),
        usable: !history.suspended,
        unusableReason: history.suspended ? '连续欠缴，个人账户暂停使用，补缴后恢复' : undefined,
      }
    },

    accountFlow(caller, personId, rawQuery) {
      const { history } = historyFor(caller, personId)
      const query = parseInput(AccountFlowQuerySchema, rawQuery ?? {})
      const matching = history.flows.filter((f) => (!query.month || f.month === query.month) && (!query.type || f.type === query.type))
      return paginate(matching.reverse(), query.page, query.pageSize)
    },

    settlements(caller, personId, rawQuery) {
      const { history } = historyFor(caller, personId)
      const query = parseInput(SettlementQuerySchema, rawQuery ?? {})
      const newestFirst = [...history.settlements].sort((a, b) => b.settledAt - a.settledAt)
      return paginate(newestFirst, query.page, query.pageSize)
    },

    settlement(caller, rawId) {
      const id = parseInput(SettlementIdSchema, rawId)
      const personId = id.split('-')[1]
      const { history } = historyFor(caller, personId)
      const found = history.settlements.find((s) => s.id === id)
      if (!found) throw new BackendError('NOT_FOUND', '没有找到该结算记录')
      return found
    },

    familyTransfer(caller, rawInput) {
      const account = server.account(caller)
      const input = parseInput(FamilyTransferSchema, rawInput)
      // Only from your own account, and only to someone you are actively bound to.
      if (input.fromPersonId !== account.personId) throw new BackendError('FORBIDDEN', '只能从本人的个人账户转出')
      const { person: to } = server.assertCanActFor(caller, input.toPersonId)
      if (to.id === account.personId) throw new BackendError('RULE_VIOLATION', '不能转给自己', { fields: { toPersonId: '请选择一位家人' } })
      const key = `${account.id}:records.familyTransfer:${input.requestId}`
      const earlier = server.state.idempotency[key]
      if (earlier) {
        const done = transfers().find((t) => t.id === earlier)
        if (done) return outgoingEntry(done.fromPersonId, done.at)
      }
      if (to.insuranceType !== 'employee') {
        throw new BackendError('RULE_VIOLATION', `${to.name}参加的是城乡居民医保，没有个人账户，不能转入`, {
          fields: { toPersonId: '对方没有个人账户' },
        })
      }
      const from = server.person(account.personId)
      const balance = historyOf(from).balanceFen
      if (input.amountFen > balance) {
        throw new BackendError('RULE_VIOLATION', `个人账户余额不足，最多可转 ${formatYuan(balance, { symbol: false })} 元`, {
          fields: { amountFen: '余额不足' },
        })
      }
      const transfer = { id: server.nextId('FT'), fromPersonId: from.id, toPersonId: to.id, amountFen: input.amountFen, at: server.now() }
      server.state.familyTransfers = [...transfers(), transfer]
      server.state.idempotency[key] = transfer.id
      server.notify({
        kind: 'account-credited',
        personId: to.id,
        title: '家庭共济转入到账',
        body: `${from.name}从个人账户转入 ${formatYuan(input.amountFen, { symbol: false })} 元，已到${to.name}的医保个人账户。`,
        link: `/subpackages/records/pages/account/index?personId=${to.id}`,
      })
      server.save()
      return outgoingEntry(from.id, transfer.at)
    },
  }
}
