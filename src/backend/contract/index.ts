import type { ContractFactory } from './harness'
import { messagesContract } from './messages'
import { sessionContract } from './session'

/** The one contract every adapter must pass. Each capability adds its suite here. */
export function backendContract(make: ContractFactory): void {
  sessionContract(make)
  messagesContract(make)
}

export type { ContractClients, ContractFactory } from './harness'
