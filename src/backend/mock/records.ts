import type { RecordsApi } from '../port/records'
import { notYet } from './not-yet'
import type { MockServer } from './server'
import type { ServerSide } from './server-side'

export function createRecordsService(_server: MockServer): ServerSide<RecordsApi> {
  return {
    insurance: notYet,
    contributions: notYet,
    account: notYet,
    accountFlow: notYet,
    settlements: notYet,
    settlement: notYet,
  }
}
