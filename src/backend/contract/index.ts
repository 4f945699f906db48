import type { ContractFactory } from './harness'
import { familyContract } from './family'
import { filingsContract } from './filings'
import { messagesContract } from './messages'
import { policyQaContract } from './policy-qa'
import { recordsContract } from './records'
import { servicePointsContract } from './service-points'
import { sessionContract } from './session'

/** The one contract every adapter must pass. Each capability adds its suite here. */
export function backendContract(make: ContractFactory): void {
  sessionContract(make)
  messagesContract(make)
  servicePointsContract(make)
  filingsContract(make)
  familyContract(make)
  recordsContract(make)
  policyQaContract(make)
}

export type { ContractClients, ContractFactory } from './harness'
