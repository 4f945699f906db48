import { BackendError } from '@/domain'
import type { Backend } from '@/backend/port'
import { overNetwork } from '@/backend/mock/faults'
import type { CapabilityServices } from '@/backend/mock/services'
import type { TokenStore } from '@/backend/token-store'
import type { Caller, MockServer } from '@/backend/mock/server'
import { createSessionService } from '@/backend/mock/session'

/** The services besides the session's (which is small and signs in): made now, or loaded on first use. */
export type CapabilitySource = CapabilityServices | (() => Promise<CapabilityServices>)

type Method = (caller: Caller, ...args: unknown[]) => unknown

/**
 * One capability as the client sees it: arguments are serialised, and the call crosses the simulated network. A service
 * not loaded yet is a proxy (its method names are the callers'); a loaded one is a plain object of its methods.
 */
function overWire<T extends object>(server: MockServer, caller: () => Caller, service: object | (() => Promise<object>)): T {
  const call = (name: string, args: unknown[]) =>
    overNetwork(server.faults, server.rng, async () => {
      const method = ((typeof service === 'function' ? await service() : service) as Record<string, Method> | undefined)?.[name]
      if (typeof method !== 'function') throw new TypeError(`the mock has no method ${name}`)
      // Arguments are serialised too: the server must never hold the client's objects.
      return method(caller(), ...(JSON.parse(JSON.stringify(args)) as unknown[]))
    })
  if (typeof service !== 'function')
    return Object.fromEntries(Object.keys(service).map((name) => [name, (...args: unknown[]) => call(name, args)])) as T
  return new Proxy({} as T, {
    get: (_api, name) => (typeof name === 'string' && name !== 'then' ? (...args: unknown[]) => call(name, args) : undefined),
  })
}

/** A client of the in-process mock server: the app's default backend adapter. */
export function connectMock(server: MockServer, tokens: TokenStore, capabilities: CapabilitySource): Backend {
  let loading: Promise<CapabilityServices> | null = null
  const loaded =
    typeof capabilities === 'function'
      ? () =>
          (loading ??= capabilities().catch((error: unknown) => {
            // Not loaded (a chunk fetch failed offline): the next call tries again, and this one fails as a network error.
            loading = null
            throw (error as Error)?.name === 'ChunkLoadError' ? new BackendError('NETWORK') : error
          }))
      : () => capabilities
  const caller = (): Caller => ({ token: tokens.get() })
  const sessionService = createSessionService(server)
  const session = overWire<Backend['session']>(server, caller, sessionService)
  const wired: Record<string, unknown> = {
    session: {
      ...session,
      async login(code: string) {
        const made = await session.login(code)
        tokens.set(made.token)
        return made
      },
      async logout() {
        await session.logout().catch(() => undefined)
        tokens.set(null)
      },
    },
  }
  if (typeof capabilities !== 'function') {
    for (const [name, service] of Object.entries(capabilities)) wired[name] = overWire(server, caller, service as object)
    return wired as unknown as Backend
  }
  // Loaded on first use: every capability is wired on first access, so adding one to services.ts is all it takes.
  return new Proxy(wired, {
    get: (apis, name) =>
      typeof name !== 'string' || name === 'then'
        ? undefined
        : (apis[name] ??= overWire(server, caller, async () => (await loaded())[name as keyof CapabilityServices])),
  }) as unknown as Backend
}
