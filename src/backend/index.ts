/**
 * The composition root: the one place that picks the backend adapter. Importing it does nothing; the adapter is
 * made on first use. A `BACKEND_URL` build folds the mock branch away, so it ships no mock code.
 */
import { backendUrl, launchQueryList } from '@/platform/env'
import { storage } from '@/platform/storage'
import { BackendError } from '@/domain'
import type { DevControls } from '@/backend/dev-controls'
import type { Backend } from '@/backend/port'
import { retrying } from '@/backend/retrying'
import type { TokenStore } from '@/backend/token-store'

export type { Backend } from '@/backend/port'
export type { DevControls, DevSettings, FaultPreset } from '@/backend/dev-controls'
export { FAULT_PRESET_LABELS } from '@/backend/dev-controls'

const TOKEN_KEY = 'session-token'

const tokens: TokenStore = {
  get: () => storage.get(TOKEN_KEY),
  set: (token) => (token ? storage.set(TOKEN_KEY, token) : storage.remove(TOKEN_KEY)),
}

interface Connection {
  backend: Backend
  devControls: DevControls | null
}

let connection: Promise<Connection> | null = null

type HttpConnection = typeof import('./http-connection')
type AppMock = typeof import('./app-mock')

/**
 * The adapter's code. On h5 the HTTP adapter is a separate chunk (Taro.request brings fetch polyfills the demo never
 * uses); the mock is bundled (it signs in on the first screen) and loads its capability code later (app-mock.ts).
 * A `BACKEND_URL` build folds the mock's require away: the condition is a build-time constant.
 */
const loadHttp = (): Promise<HttpConnection> =>
  process.env.TARO_ENV === 'h5'
    ? import(/* webpackChunkName: "http-backend" */ './http-connection')
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      Promise.resolve(require('./http-connection') as HttpConnection)
const appMock = (): AppMock | null =>
  process.env.BACKEND_URL
    ? null
    : // eslint-disable-next-line @typescript-eslint/no-require-imports
      (require('./app-mock') as AppMock)

/** A real server from the build (`BACKEND_URL`), or on h5 from `?backend=`; otherwise the in-process mock. */
function connect(): Promise<Connection> {
  return (connection ??= (async () => {
    const serverUrl = launchQueryList('backend')[0] ?? backendUrl
    if (serverUrl) return { backend: retrying((await loadHttp()).connectHttp(serverUrl, tokens)), devControls: null }
    const mock = appMock()
    if (!mock) throw new BackendError('SERVER', '未配置后端地址')
    const app = mock.connectAppMock(tokens)
    return { backend: retrying(app.backend), devControls: app.devControls }
  })().catch((error: unknown) => {
    // A chunk that failed to load (offline on first use) is fetched again by the next call.
    connection = null
    throw (error as Error)?.name === 'ChunkLoadError' ? new BackendError('NETWORK') : error
  }))
}

/** The app's backend. The adapter is made on the first call, so importing this module (or a store) has no side effects. */
export const backend: Backend = new Proxy({} as Record<string, object>, {
  // One proxy per capability, made on first access (stores read `backend.x` on every call).
  get: (apis, capability) =>
    typeof capability !== 'string' || capability === 'then'
      ? undefined
      : (apis[capability] ??= new Proxy(
          {},
          {
            get: (_api, method) =>
              typeof method === 'string' && method !== 'then'
                ? async (...args: unknown[]) => {
                    const api = (await connect()).backend[capability as keyof Backend] as unknown as Record<
                      string,
                      (...a: unknown[]) => unknown
                    >
                    return api[method](...args)
                  }
                : undefined,
          },
        )),
}) as unknown as Backend

/** Whether a session token is saved on this device. Without one, asking for the profile would only be refused. */
export function hasSessionToken(): boolean {
  return tokens.get() !== null
}

/** Developer settings of the mock; null with a real backend. */
export async function devControls(): Promise<DevControls | null> {
  return (await connect()).devControls
}
