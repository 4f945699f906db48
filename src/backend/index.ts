/**
 * The composition root: the one place that picks the backend adapter. Importing it does nothing; the adapter is
 * made on first use. A `BACKEND_URL` build folds the mock branch away, so it ships no mock code.
 */
import { backendUrl, launchQueryList } from '@/platform/env'
import { postJson } from '@/platform/http'
import { storage } from '@/platform/storage'
import { BackendError } from '@/domain'
import type { DevControls } from '@/backend/dev-controls'
import { createHttpBackend } from '@/backend/http/http-backend'
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

let connection: Connection | null = null

/** A real server from the build (`BACKEND_URL`), or on h5 from `?backend=`; otherwise the in-process mock. */
function connect(): Connection {
  if (connection) return connection
  const serverUrl = launchQueryList('backend')[0] ?? backendUrl
  if (serverUrl) {
    const backend = createHttpBackend({
      baseUrl: serverUrl,
      tokens,
      transport: (request) =>
        postJson(request).catch((error: Error) => {
          throw new BackendError(error.message === 'timeout' ? 'TIMEOUT' : 'NETWORK')
        }),
    })
    connection = { backend: retrying(backend), devControls: null }
  } else {
    // A constant condition: webpack drops the require (and the whole mock) from a BACKEND_URL build.
    const mock = process.env.BACKEND_URL
      ? null
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        (require('./app-mock') as typeof import('./app-mock'))
    if (!mock) throw new BackendError('SERVER', '未配置后端地址')
    const app = mock.connectAppMock(tokens)
    connection = { backend: retrying(app.backend), devControls: app.devControls }
  }
  return connection
}

/** The app's backend. The adapter is made on the first call, so importing this module (or a store) has no side effects. */
export const backend: Backend = new Proxy({} as Backend, {
  get: (_backend, capability) =>
    new Proxy(
      {},
      {
        get: (_api, method) => (connect().backend[capability as keyof Backend] as unknown as Record<string | symbol, unknown>)[method],
      },
    ),
})

/** Developer settings of the mock; null with a real backend. */
export function devControls(): DevControls | null {
  return connect().devControls
}

export function usingMock(): boolean {
  return connect().devControls !== null
}
