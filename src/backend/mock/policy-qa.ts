import type { PolicyQaApi } from '../port/policy-qa'
import { notYet } from './not-yet'
import type { MockServer } from './server'
import type { ServerSide } from './server-side'

export function createPolicyQaService(_server: MockServer): ServerSide<PolicyQaApi> {
  return {
    content: notYet,
    feedback: notYet,
  }
}
