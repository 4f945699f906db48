import type { Backend } from '@/backend/port'
import type { InsuranceStatus, PersonId } from '@/domain'

/** What a contract suite needs from an adapter under test: clients over one fresh server. */
export interface ContractClients {
  /** Signed in as the demo account (李明, with 王秀英 P002 and 李建国 P003 bound). */
  demo: Backend
  /** Signed in as an unrelated account (陈志强 P006). */
  other: Backend
  /** Not signed in. */
  anonymous: Backend
  /** Moves the server clock forward. */
  advance(ms: number): void
  /** The server clock now. */
  now(): number
  /** Records a 参保状态 change on a person, as the 参保地's system would (no port method: it is not the user's to make). */
  setInsuranceStatus(personId: PersonId, status: InsuranceStatus): void
}

export type ContractFactory = () => Promise<ContractClients>

/** Demo data ids the suites may rely on. */
export const DEMO = {
  self: 'P001',
  mother: 'P002',
  father: 'P003',
  unboundRegistered: 'P004',
  child: 'P005',
  otherAccountSelf: 'P006',
} as const

export async function expectBackendError(promise: Promise<unknown>, code: string): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'BackendError', code })
}
