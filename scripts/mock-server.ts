// `npm run mock-server`: the reference server on 127.0.0.1:$PORT (default 3100).
// Env: CORS_ORIGIN (comma list; default the h5 demo/dev origins), MOCK_STATE_FILE (persist to a JSON file),
// MOCK_FAILURE_RATE / MOCK_DROP_RATE (server-side fault injection, e.g. 0.05), MOCK_SEED.
import { startReferenceServer } from '../server/reference-server'
import { fileStore } from '../server/node-file-store'
import { memoryStore } from '@/backend/mock/key-value-store'
import { createMockServer } from '@/backend/mock/server'

const port = Number(process.env.PORT ?? 3100)
const origins = (process.env.CORS_ORIGIN ?? 'http://127.0.0.1:10086,http://localhost:10086').split(',').filter(Boolean)
const store = process.env.MOCK_STATE_FILE ? fileStore(process.env.MOCK_STATE_FILE) : memoryStore()
const mock = createMockServer({
  store,
  seed: process.env.MOCK_SEED ? Number(process.env.MOCK_SEED) : undefined,
  faults: { latencyMs: [0, 0], failureRate: 0, timeoutRate: 0, offline: false },
  reviewDelayMs: process.env.MOCK_REVIEW_MS ? Number(process.env.MOCK_REVIEW_MS) : undefined,
})
async function main(): Promise<void> {
  const running = await startReferenceServer({
    mock,
    port,
    corsOrigins: origins,
    failureRate: Number(process.env.MOCK_FAILURE_RATE ?? 0),
    dropRate: Number(process.env.MOCK_DROP_RATE ?? 0),
    log: process.env.MOCK_QUIET ? () => undefined : (entry) => console.log(JSON.stringify(entry)),
  })
  console.error(`reference mock server on ${running.url} (OpenAPI: ${running.url}/openapi.json)`)
  const stop = () => void running.close().then(() => process.exit(0))
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

void main()
