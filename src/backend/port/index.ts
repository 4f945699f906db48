/** The port: the one typed interface the app uses to reach any backend. */
import type { SessionApi } from '@/backend/port/session'
import type { MessagesApi } from '@/backend/port/messages'
import type { ServicePointsApi } from '@/backend/port/service-points'
import type { FilingsApi } from '@/backend/port/filings'
import type { RecordsApi } from '@/backend/port/records'
import type { FamilyApi } from '@/backend/port/family'
import type { FamilyPayApi } from '@/backend/port/family-pay'
import type { PolicyQaApi } from '@/backend/port/policy-qa'
import type { ChronicApi } from '@/backend/port/chronic'
import type { TransfersApi } from '@/backend/port/transfers'
import type { EVoucherApi } from '@/backend/port/evoucher'
import type { ClaimsApi } from '@/backend/port/claims'

export interface Backend {
  session: SessionApi
  messages: MessagesApi
  servicePoints: ServicePointsApi
  filings: FilingsApi
  records: RecordsApi
  family: FamilyApi
  familyPay: FamilyPayApi
  policyQa: PolicyQaApi
  chronic: ChronicApi
  transfers: TransfersApi
  evoucher: EVoucherApi
  claims: ClaimsApi
}

export type {
  SessionApi,
  MessagesApi,
  ServicePointsApi,
  FilingsApi,
  RecordsApi,
  FamilyApi,
  FamilyPayApi,
  PolicyQaApi,
  ChronicApi,
  TransfersApi,
  EVoucherApi,
  ClaimsApi,
}
