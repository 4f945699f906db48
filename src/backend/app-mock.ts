/** The in-process mock as the app runs it: persisted in device storage, with developer settings. */
import { launchQueryList } from '@/platform/env'
import { readJson, writeJson } from '@/platform/json-storage'
import { storage } from '@/platform/storage'
import type { DevControls, DevSettings, FaultPreset } from '@/backend/dev-controls'
import type { Backend } from '@/backend/port'
import type { TokenStore } from '@/backend/token-store'
import { connectMock } from '@/backend/mock/client'
import { DEFAULT_FAULTS, faultsFromPresets } from '@/backend/mock/faults'
import { takeLater } from '@/backend/mock/later-slot'
import { createMockServer } from '@/backend/mock/server'

type LaterModules = typeof import('@/backend/mock/later')

/** The host's own `require` (webpack leaves `__non_webpack_require__` alone): on weapp it has WeChat's `require.async`. */
declare const __non_webpack_require__: { async(path: string): Promise<unknown> }

/**
 * weapp: runs the mock chunk, downloading its subpackage first if it is not on the device (分包异步化, base library
 * 2.11.2+). The path is a literal, relative to the package root where this script lands, so WeChat can see it.
 * A failed download rejects as `ChunkLoadError`, webpack's name for an h5 chunk it could not fetch: both mean offline.
 */
function runWeappMockChunk(): Promise<LaterModules> {
  return __non_webpack_require__.async('./subpackages/common/mock-services.js').then(takeLater, (cause: unknown) => {
    const error = new Error(`mock chunk not loaded: ${(cause as { errMsg?: string })?.errMsg ?? String(cause)}`)
    error.name = 'ChunkLoadError'
    throw error
  })
}

/**
 * The mock's capability code (everything but signing in), loaded on the first call that needs it, so the first screen
 * loads only what it shows. On h5 it is a lazy chunk. On weapp it is its own entry inside a subpackage
 * (config/index.ts), fetched with 分包异步化, which hands its modules over through `later-slot`. Tests (Node) require it.
 */
const loadLater: () => Promise<LaterModules> =
  process.env.TARO_ENV === 'h5'
    ? () => import(/* webpackChunkName: "mock-services" */ '@/backend/mock/later')
    : process.env.TARO_ENV === 'weapp'
      ? runWeappMockChunk
      : // eslint-disable-next-line @typescript-eslint/no-require-imports
        () => Promise.resolve(require('@/backend/mock/later') as LaterModules)

const DEV_SETTINGS_KEY = 'dev-settings'
const DEFAULT_SESSION_TTL_MS = 2 * 3600 * 1000

export function connectAppMock(tokens: TokenStore): { backend: Backend; devControls: DevControls } {
  const urlPresets = launchQueryList('mock') as FaultPreset[]
  const saved = readJson<DevSettings>(DEV_SETTINGS_KEY, { presets: [], sessionTtlSec: null })
  let current: DevSettings = { ...saved, presets: urlPresets.length > 0 ? urlPresets : saved.presets }

  const server = createMockServer({
    store: storage,
    faults: faultsFromPresets(current.presets, DEFAULT_FAULTS),
    sessionTtlMs: current.sessionTtlSec ? current.sessionTtlSec * 1000 : undefined,
    // With `fast`, reviews finish quickly enough for a demo or a journey to watch.
    reviewDelayMs: current.presets.includes('fast') ? 3000 : undefined,
    // …and a 补办 stay is discharged and settled within seconds instead of minutes.
    stayDelayMs: current.presets.includes('fast') ? 8000 : undefined,
    // …and a 转移接续 day (weeks in all) lasts under a second.
    transferDayMs: current.presets.includes('fast') ? 700 : undefined,
  })

  const devControls: DevControls = {
    settings: () => current,
    urlOverrides: urlPresets.length > 0,
    save(settings) {
      current = settings
      writeJson(DEV_SETTINGS_KEY, settings)
      server.faults = faultsFromPresets(settings.presets, DEFAULT_FAULTS)
      server.sessionTtlMs = settings.sessionTtlSec ? settings.sessionTtlSec * 1000 : DEFAULT_SESSION_TTL_MS
    },
    resetDemoData() {
      server.reset()
      tokens.set(null)
    },
    async setInsuranceStatus(personId, status) {
      ;(await loadLater()).setInsuranceStatus(server, personId, status)
    },
    dischargeStaysNow: async () => (await loadLater()).dischargeAllNow(server),
    simulateOutpatientVisit: async (personId) => ({ settlementId: (await loadLater()).simulateOutpatientVisit(server, personId).id }),
  }
  const backend = connectMock(server, tokens, async () => (await loadLater()).createCapabilityServices(server))
  return { backend, devControls }
}
