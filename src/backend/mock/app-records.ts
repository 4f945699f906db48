import type { MockServer } from '@/backend/mock/server'
import type { PersonRecord } from '@/backend/mock/state'
import { personHistory, type AppRecords, type PersonHistory } from '@/backend/mock/records-history'

/** What the app did that records must show: settlements the mock made and 家庭共济 payments. */
export function appRecords(server: MockServer): AppRecords {
  return { settlements: server.state.appSettlements ?? [], payments: server.state.familyPay?.payments ?? [] }
}

/** A person's records as of now, including what the app did. */
export function historyOf(server: MockServer, person: PersonRecord): PersonHistory {
  return personHistory(server.state.seed, person, server.now(), appRecords(server))
}
