import { BackendError } from '@/domain'
import type { Rng } from '@/backend/mock/rng'
import type { FaultPreset } from '@/backend/dev-controls'

export type { FaultPreset }

/** Simulated network conditions between the app and the mock server. */
export interface FaultSettings {
  /** Added latency range in ms. */
  latencyMs: [number, number]
  /** Chance a request fails before the server handles it (SERVER error, nothing happens). */
  failureRate: number
  /** Chance the server handles a request but the response is lost (TIMEOUT; the write did happen). */
  timeoutRate: number
  offline: boolean
}

export const DEFAULT_FAULTS: FaultSettings = { latencyMs: [120, 450], failureRate: 0, timeoutRate: 0, offline: false }

/** Combines presets, e.g. `slow,flaky` from `?mock=slow,flaky`. Unknown names are ignored. */
export function faultsFromPresets(presets: readonly string[], base: FaultSettings = DEFAULT_FAULTS): FaultSettings {
  const result: FaultSettings = { ...base, latencyMs: [...base.latencyMs] }
  for (const preset of presets) {
    if (preset === 'fast') result.latencyMs = [0, 0]
    if (preset === 'slow') result.latencyMs = [1500, 3000]
    if (preset === 'flaky') result.failureRate = 0.3
    if (preset === 'timeout') result.timeoutRate = 0.2
    if (preset === 'offline') result.offline = true
  }
  return result
}

export function presetsOf(settings: FaultSettings): FaultPreset[] {
  const presets: FaultPreset[] = []
  if (settings.latencyMs[1] === 0) presets.push('fast')
  if (settings.latencyMs[0] >= 1500) presets.push('slow')
  if (settings.failureRate > 0) presets.push('flaky')
  if (settings.timeoutRate > 0) presets.push('timeout')
  if (settings.offline) presets.push('offline')
  return presets
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs one server call as if it crossed a network with these faults. */
export async function overNetwork<T>(settings: FaultSettings, rng: Rng, handle: () => Promise<T> | T): Promise<T> {
  const [min, max] = settings.latencyMs
  const latency = max > 0 ? min + rng.next() * (max - min) : 0
  if (latency > 0) await sleep(latency / 2)
  if (settings.offline) throw new BackendError('NETWORK')
  if (rng.chance(settings.failureRate)) throw new BackendError('SERVER')
  const result = await handle()
  if (latency > 0) await sleep(latency / 2)
  if (rng.chance(settings.timeoutRate)) throw new BackendError('TIMEOUT')
  // Like a real wire: the client never shares objects with the server.
  return result === undefined ? result : (JSON.parse(JSON.stringify(result)) as T)
}
