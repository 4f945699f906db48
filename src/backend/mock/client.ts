import type { Backend } from '@/backend/port'
import { overNetwork } from '@/backend/mock/faults'
import { createFamilyService } from '@/backend/mock/family'
import { createFamilyPayService } from '@/backend/mock/family-pay'
import { createChronicService } from '@/backend/mock/chronic'
import { createFilingsService } from '@/backend/mock/filings'
import { createMessagesService } from '@/backend/mock/messages'
import { createPolicyQaService } from '@/backend/mock/policy-qa'
import { createRecordsService } from '@/backend/mock/records'
import type { TokenStore } from '@/backend/token-store'
import type { Caller, MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { createServicePointsService } from '@/backend/mock/service-points'
import { createSessionService } from '@/backend/mock/session'

/** The server-side services, one per capability; the HTTP reference server wraps these too. */
export function createServices(server: MockServer): { [K in keyof Backend]: ServerSide<Backend[K]> } {
  return {
    session: createSessionService(server),
    messages: createMessagesService(server),
    servicePoints: createServicePointsService(server),
    filings: createFilingsService(server),
    records: createRecordsService(server),
    family: createFamilyService(server),
    familyPay: createFamilyPayService(server),
    policyQa: createPolicyQaService(server),
    chronic: createChronicService(server),
  }
}

function overWire<T extends object>(server: MockServer, caller: () => Caller, service: ServerSide<T>): T {
  const api: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(service as Record<string, (...args: unknown[]) => unknown>)) {
    // Arguments are serialised too: the server must never hold the client's objects.
    api[name] = (...args: unknown[]) =>
      overNetwork(server.faults, server.rng, () => method(caller(), ...(JSON.parse(JSON.stringify(args)) as unknown[])))
  }
  return api as T
}

/** A client of the in-process mock server: the app's default backend adapter. */
export function connectMock(server: MockServer, tokens: TokenStore): Backend {
  const services = createServices(server)
  const caller = (): Caller => ({ token: tokens.get() })
  const backend = {
    session: overWire(server, caller, services.session),
    messages: overWire(server, caller, services.messages),
    servicePoints: overWire(server, caller, services.servicePoints),
    filings: overWire(server, caller, services.filings),
    records: overWire(server, caller, services.records),
    family: overWire(server, caller, services.family),
    familyPay: overWire(server, caller, services.familyPay),
    policyQa: overWire(server, caller, services.policyQa),
    chronic: overWire(server, caller, services.chronic),
  }
  const login = backend.session.login
  const logout = backend.session.logout
  backend.session.login = async (code) => {
    const session = await login(code)
    tokens.set(session.token)
    return session
  }
  backend.session.logout = async () => {
    await logout().catch(() => undefined)
    tokens.set(null)
  }
  return backend
}
