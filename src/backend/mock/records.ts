import { BackendError, RECORDS_LIMITS } from '@/domain'
import type { Page } from '@/domain'
import { type RecordsApi } from '@/backend/port/records'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { historyOf as recordsOf } from '@/backend/mock/app-records'
import { parseInput } from '@/domain/validate'
import { AccountFlowQuerySchema, ContributionQuerySchema, SettlementIdSchema, SettlementQuerySchema } from '@/domain/records/schema'

function paginate<T>(all: readonly T[], page = 1, size = 20): Page<T> {
  const start = (page - 1) * size
  return { items: all.slice(start, start + size), page, pageSize: size, total: all.length, hasMore: start + size < all.length }
}

export function createRecordsService(server: MockServer): ServerSide<RecordsApi> {
  const historyFor = (caller: Caller, rawPersonId: unknown) => {
    // Authorisation first: an unknown or foreign id gets FORBIDDEN either way, so ids cannot be probed.
    const { person } = server.assertCanActFor(caller, rawPersonId as string)
    // Discharges and reviews that fell due are applied before anything is read.
    server.runJobs()
    return { person, history: recordsOf(server, person) }
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
  }
}
