/** The single place the app picks its backend adapter. */
import { backendUrl, launchQueryList } from '../platform/env'
import { postJson } from '../platform/http'
import { storage } from '../platform/storage'
import { readJson, writeJson } from '../platform/json-storage'
import type { Backend } from './backend'
import { BackendError } from './port/errors'
import { createHttpBackend } from './http/http-backend'
import { connectMock, type TokenStore } from './mock/client'
import { DEFAULT_FAULTS, faultsFromPresets, type FaultPreset } from './mock/faults'
import { createMockServer } from './mock/server'

const TOKEN_KEY = 'session-token'
const DEV_SETTINGS_KEY = 'dev-settings'

export interface DevSettings {
  presets: FaultPreset[]
  /** Short session lifetimes let a demo show expiry; null keeps the default 2 hours. */
  sessionTtlSec: number | null
}

const urlPresets = launchQueryList('mock')
const saved = readJson<DevSettings>(DEV_SETTINGS_KEY, { presets: [], sessionTtlSec: null })
const presets = urlPresets.length > 0 ? urlPresets : saved.presets

const server = createMockServer({
  store: storage,
  faults: faultsFromPresets(presets, DEFAULT_FAULTS),
  sessionTtlMs: saved.sessionTtlSec ? saved.sessionTtlSec * 1000 : undefined,
  // With `fast`, reviews finish quickly enough for a demo or a journey to watch.
  reviewDelayMs: presets.includes('fast') ? 3000 : undefined,
})

const tokens: TokenStore = {
  get: () => storage.get(TOKEN_KEY),
  set: (token) => (token ? storage.set(TOKEN_KEY, token) : storage.remove(TOKEN_KEY)),
}

/** A real server from the build (`BACKEND_URL`), or on h5 from `?backend=`; otherwise the in-process mock. */
const serverUrl = launchQueryList('backend')[0] ?? backendUrl

export const backend: Backend = serverUrl
  ? createHttpBackend({
      baseUrl: serverUrl,
      tokens,
      transport: (request) =>
        postJson(request).catch((error: Error) => {
          throw new BackendError(error.message === 'timeout' ? 'TIMEOUT' : 'NETWORK')
        }),
    })
  : connectMock(server, tokens)

export const usingMock = !serverUrl

/** Developer settings: fault injection and demo data, for the mock only. URL presets apply from launch until changed here. */
let current: DevSettings = { ...saved, presets: presets as FaultPreset[] }

export const devControls = {
  settings: (): DevSettings => current,
  urlOverrides: urlPresets.length > 0,
  save(settings: DevSettings): void {
    current = settings
    writeJson(DEV_SETTINGS_KEY, settings)
    server.faults = faultsFromPresets(settings.presets, DEFAULT_FAULTS)
    server.sessionTtlMs = settings.sessionTtlSec ? settings.sessionTtlSec * 1000 : 2 * 3600 * 1000
  },
  resetDemoData(): void {
    server.reset()
    tokens.set(null)
  },
}

export * from './backend'
