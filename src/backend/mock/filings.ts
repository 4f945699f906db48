import type { FilingsApi } from '../port/filings'
import { notYet } from './not-yet'
import type { MockServer } from './server'
import type { ServerSide } from './server-side'

export function createFilingsService(_server: MockServer): ServerSide<FilingsApi> {
  return {
    policyFor: notYet,
    list: notYet,
    get: notYet,
    submit: notYet,
    change: notYet,
    cancel: notYet,
  }
}
