// `npm test` step: starts the reference server (dev hooks on, rate limits off, no demo codes: codes come from the
// dev SMS outbox) and runs the conformance kit against it over the wire. Writes the counts to .contract-results.json.
import { spawn, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'

const port = 3500 + Math.floor(Math.random() * 300)
const url = `http://127.0.0.1:${port}`

async function main(): Promise<void> {
  const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts'], {
    env: { ...process.env, PORT: String(port), MOCK_QUIET: '1', MOCK_DEV_ENDPOINTS: '1', MOCK_RATE_LIMITS: 'off', MOCK_DEMO_CODES: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise((resolve) => server.on('exit', resolve))
  try {
    for (let i = 0; ; i++) {
      if (
        await fetch(`${url}/health`).then(
          (r) => r.ok,
          () => false,
        )
      )
        break
      if (i > 300) throw new Error('reference server did not start')
      await new Promise((r) => setTimeout(r, 100))
    }
    const known: string[] = []
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/contract.ts', '--url', url, ...known, ...process.argv.slice(2)], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    process.stdout.write(run.stdout)
    const counts = /^contract: (\d+) passed, (\d+) failed, (\d+) skipped$/m.exec(run.stdout)
    writeFileSync(
      '.contract-results.json',
      JSON.stringify({ passed: Number(counts?.[1] ?? 0), failed: Number(counts?.[2] ?? 1), skipped: Number(counts?.[3] ?? 0) }),
    )
    process.exitCode = run.status === 0 && counts ? 0 : 1
  } finally {
    server.kill('SIGTERM')
    await exited
  }
}

void main()
