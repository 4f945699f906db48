// `npm run mock-server`: the reference server on 127.0.0.1:$PORT (default 3100). Env switches (README lists them):
// CORS_ORIGIN (comma list; default the h5 demo/dev origins), MOCK_STATE_FILE (durable journal + snapshot),
// MOCK_FAILURE_RATE / MOCK_DROP_RATE (server-side fault injection, e.g. 0.05), MOCK_SEED, MOCK_REVIEW_MS,
// MOCK_DEMO_CODES=1 (binding challenges carry the code), MOCK_DEV_ENDPOINTS=1 (/dev/sms-outbox, /dev/reset,
// /dev/clock), MOCK_RATE_LIMITS=off, MOCK_ANSWER_CACHE=off (encode every answer), MOCK_SHUTDOWN_MS (drain deadline on
// SIGTERM), MOCK_QUIET.
import { randomBytes } from 'node:crypto'
import { createJournal } from '../server/journal'
import { startReferenceServer } from '../server/reference-server'
import { memoryStore } from '@/backend/mock/key-value-store'
import { createMockServer, STATE_KEY } from '@/backend/mock/server'

const env = process.env
const port = Number(env.PORT ?? 3100)
const origins = (env.CORS_ORIGIN ?? 'http://127.0.0.1:10086,http://localhost:10086').split(',').filter(Boolean)
const devEndpoints = env.MOCK_DEV_ENDPOINTS === '1'
const journal = env.MOCK_STATE_FILE ? createJournal(env.MOCK_STATE_FILE) : undefined
const saved = journal?.load()
let offset = 0
const mock = createMockServer({
  store: memoryStore(saved ? { [STATE_KEY]: JSON.stringify(saved) } : {}),
  seed: env.MOCK_SEED ? Number(env.MOCK_SEED) : undefined,
  clock: () => Date.now() + offset,
  faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: false },
  reviewDelayMs: env.MOCK_REVIEW_MS ? Number(env.MOCK_REVIEW_MS) : undefined,
  randomBytes: (n) => new Uint8Array(randomBytes(n)),
  demoCodes: env.MOCK_DEMO_CODES === '1',
  // Without a state file nothing is persisted: no whole-state serialisation on every write.
  onSave: journal ? (state) => journal.markDirty(state) : () => undefined,
})

async function main(): Promise<void> {
  const running = await startReferenceServer({
    mock,
    port,
    corsOrigins: origins,
    failureRate: Number(env.MOCK_FAILURE_RATE ?? 0),
    dropRate: Number(env.MOCK_DROP_RATE ?? 0),
    rateLimits: env.MOCK_RATE_LIMITS === 'off' ? false : undefined,
    answerCache: env.MOCK_ANSWER_CACHE === 'off' ? false : undefined,
    devEndpoints,
    devClock: devEndpoints ? { advance: (ms) => void (offset += ms), reset: () => void (offset = 0) } : undefined,
    journal,
    log: env.MOCK_QUIET ? undefined : (entry) => console.log(JSON.stringify(entry)),
  })
  console.error(`reference mock server on ${running.url} (OpenAPI: ${running.url}/openapi.json)`)
  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    // Stop accepting, let in-flight requests finish (up to the deadline), persist, exit.
    running.close(Number(env.MOCK_SHUTDOWN_MS ?? 10_000)).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

void main()
