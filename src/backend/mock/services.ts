import type { Backend } from '@/backend/port'
import { createChronicService } from '@/backend/mock/chronic'
import { createEVoucherService } from '@/backend/mock/evoucher'
import { createClaimsService } from '@/backend/mock/claims'
import { createFamilyService } from '@/backend/mock/family'
import { createFamilyPayService } from '@/backend/mock/family-pay'
import { createFilingsService } from '@/backend/mock/filings'
import { createMessagesService } from '@/backend/mock/messages'
import { createPolicyQaService } from '@/backend/mock/policy-qa'
import { createRecordsService } from '@/backend/mock/records'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { createServicePointsService } from '@/backend/mock/service-points'
import { createSessionService } from '@/backend/mock/session'
import { createTransfersService } from '@/backend/mock/transfers'

/** Every capability but the session: the app's h5 build loads these after the first screen (see app-mock.ts). */
export type CapabilityServices = { [K in Exclude<keyof Backend, 'session'>]: ServerSide<Backend[K]> }

/** The server-side services, one per capability; the HTTP reference server wraps these too. */
export function createCapabilityServices(server: MockServer): CapabilityServices {
  return {
    messages: createMessagesService(server),
    servicePoints: createServicePointsService(server),
    filings: createFilingsService(server),
    records: createRecordsService(server),
    family: createFamilyService(server),
    familyPay: createFamilyPayService(server),
    policyQa: createPolicyQaService(server),
    chronic: createChronicService(server),
    transfers: createTransfersService(server),
    evoucher: createEVoucherService(server),
    claims: createClaimsService(server),
  }
}

/** Every service, session included, for callers that hold them all at once (the reference server, tests). */
export function createServices(server: MockServer): { [K in keyof Backend]: ServerSide<Backend[K]> } {
  return { session: createSessionService(server), ...createCapabilityServices(server) }
}
