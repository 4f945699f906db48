import type { ContractFactory } from '@/backend/contract/harness'
import { chronicContract } from '@/backend/contract/chronic'
import { claimsContract } from '@/backend/contract/claims'
import { familyContract } from '@/backend/contract/family'
import { familyPayContract } from '@/backend/contract/family-pay'
import { evoucherContract } from '@/backend/contract/evoucher'
import { filingsContract } from '@/backend/contract/filings'
import { hardeningContract } from '@/backend/contract/hardening'
import { messagesContract } from '@/backend/contract/messages'
import { policyQaContract } from '@/backend/contract/policy-qa'
import { recordsContract } from '@/backend/contract/records'
import { servicePointsContract } from '@/backend/contract/service-points'
import { sessionContract } from '@/backend/contract/session'
import { transfersContract } from '@/backend/contract/transfers'

/** The one contract every adapter must pass. Each capability adds its suite here. */
export function backendContract(make: ContractFactory): void {
  sessionContract(make)
  messagesContract(make)
  servicePointsContract(make)
  filingsContract(make)
  familyContract(make)
  recordsContract(make)
  familyPayContract(make)
  policyQaContract(make)
  chronicContract(make)
  transfersContract(make)
  evoucherContract(make)
  claimsContract(make)
  hardeningContract(make)
}

export type { ContractClients, ContractFactory } from '@/backend/contract/harness'
