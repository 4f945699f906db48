/** The port: the one typed interface the app uses to reach any backend. */
import type { SessionApi } from './port/session'
import type { MessagesApi } from './port/messages'
import type { ServicePointsApi } from './port/service-points'
import type { FilingsApi } from './port/filings'
import type { RecordsApi } from './port/records'
import type { FamilyApi } from './port/family'
import type { PolicyQaApi } from './port/policy-qa'

export interface Backend {
  session: SessionApi
  messages: MessagesApi
  servicePoints: ServicePointsApi
  filings: FilingsApi
  records: RecordsApi
  family: FamilyApi
  policyQa: PolicyQaApi
}

export * from './port/errors'
export * from './port/common'
export * from './port/session'
export * from './port/messages'
export * from './port/service-points'
export * from './port/filings'
export * from './port/records'
export * from './port/family'
export * from './port/policy-qa'
