import type { ServicePointsApi } from '../port/service-points'
import { notYet } from './not-yet'
import type { MockServer } from './server'
import type { ServerSide } from './server-side'

export function createServicePointsService(_server: MockServer): ServerSide<ServicePointsApi> {
  return {
    search: notYet,
    get: notYet,
  }
}
