// `npm run contract -- --url <base> [--fixture <file>] [--only <text>]`: the conformance kit. Runs the same contract
// suite the app's adapters pass (src/backend/contract) over the wire against any server that implements
// docs/openapi.json, and prints pass/fail per rule (each test) and per method.
//
// The accounts and people it uses come from a fixture file (default: scripts/contract-fixture.json, the reference
// server's seed). It signs in only with the fixture's login codes and checks that each session really is the
// fixture's person before anything else, so it never writes outside those test accounts.
// Optional dev hooks named in the fixture: `reset` (fresh test data before each rule), `clock` (move the server
// clock; rules that need it are skipped without it) and `smsOutbox` (binding codes, when the server does not put
// them in the challenge).
import { readFileSync } from 'node:fs'
import { expect as jestExpect } from 'expect'
import { createHttpBackend, fetchTransport } from '@/backend/http/http-backend'
import { PORT_METHODS } from '@/backend/http/wire'
import { retrying } from '@/backend/retrying'
import { memoryTokens } from '@/backend/token-store'
import type { Backend } from '@/backend/port'
import type { ContractClients } from '@/backend/contract/harness'

interface Fixture {
  accounts: { demo: { loginCode: string; personId: string }; other: { loginCode: string; personId: string } }
  people: Record<string, string>
  members: Record<string, { name: string; idNumber: string; phone: string }>
  dev?: { reset?: string; clock?: string; smsOutbox?: string; insuranceStatus?: string }
}

class Skip extends Error {}

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const baseUrl = (option('url') ?? process.env.CONTRACT_URL ?? '').replace(/\/$/, '')
const fixturePath = option('fixture') ?? 'scripts/contract-fixture.json'
const only = option('only')
/** Rules known to fail on this server (reported as such, not counted as failures); name the bug that owns each. */
const knownFailures = process.argv.flatMap((arg, i) => (process.argv[i - 1] === '--known-failure' ? [arg] : []))
if (!baseUrl) {
  console.error('usage: npm run contract -- --url https://your-host [--fixture file.json] [--only text]')
  process.exit(2)
}
const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as Fixture

interface Rule {
  name: string
  run: () => Promise<void>
}
const rules: Rule[] = []
const path: string[] = []
Object.assign(globalThis, {
  expect: jestExpect,
  describe: (name: string, body: () => void) => {
    path.push(name)
    body()
    path.pop()
  },
  it: (name: string, run: () => Promise<void>) => rules.push({ name: [...path, name].join(' › '), run }),
})

async function devPost(hook: string, body: unknown = {}): Promise<unknown> {
  const response = await fetch(`${baseUrl}${hook}`, {
    method: 'POST',
    body: JSON.stringify(body),
    headers: { 'content-type': 'application/json' },
  })
  if (!response.ok) throw new Error(`${hook} answered ${response.status}`)
  return response.json()
}

/** Per rule: which port methods it called. */
let called = new Set<string>()
let pendingClock: Promise<unknown> = Promise.resolve()
let clockOffset = 0
let resetThisRule = false

/** A client that records the methods called, waits for clock moves, and fills binding codes from the outbox. */
function instrument(backend: Backend): Backend {
  const wrapped = {} as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
  const raw = backend as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
  for (const [capability, methods] of Object.entries(PORT_METHODS)) {
    wrapped[capability] = {}
    for (const method of methods) {
      wrapped[capability][method] = async (...args: unknown[]) => {
        await pendingClock
        called.add(`${capability}.${method}`)
        const result = await raw[capability][method](...args)
        const challenge = result as { bindingId?: string; needsConfirmation?: boolean; demoCode?: string } | null
        if (
          capability === 'family' &&
          (method === 'startBinding' || method === 'resendCode') &&
          challenge?.needsConfirmation &&
          !challenge.demoCode &&
          fixture.dev?.smsOutbox
        ) {
          const outbox = (await (await fetch(`${baseUrl}${fixture.dev.smsOutbox}?bindingId=${challenge.bindingId}`)).json()) as {
            messages: { code: string }[]
          }
          challenge.demoCode = outbox.messages[0]?.code
        }
        return result
      }
    }
  }
  return wrapped as unknown as Backend
}

async function signedIn(account: { loginCode: string; personId: string }): Promise<Backend> {
  const backend = retrying(createHttpBackend({ baseUrl, transport: fetchTransport, tokens: memoryTokens() }), { backoffMs: 50 })
  await backend.session.login(account.loginCode)
  const profile = await backend.session.getProfile()
  // The guard: a session that is not the fixture's test person stops the run before any write.
  if (profile.self.id !== account.personId) {
    console.error(`login code "${account.loginCode}" signed in as ${profile.self.id}, not the fixture's ${account.personId}: stopping`)
    process.exit(2)
  }
  return instrument(backend)
}

async function make(): Promise<ContractClients> {
  if (fixture.dev?.reset && !resetThisRule) {
    resetThisRule = true
    await devPost(fixture.dev.reset)
  }
  const serverNow = fixture.dev?.clock ? ((await devPost(fixture.dev.clock, { advanceMs: 0 })) as { now: number }).now : Date.now()
  const localAtStart = Date.now()
  clockOffset = 0
  return {
    demo: await signedIn(fixture.accounts.demo),
    other: await signedIn(fixture.accounts.other),
    anonymous: instrument(retrying(createHttpBackend({ baseUrl, transport: fetchTransport, tokens: memoryTokens() }), { backoffMs: 50 })),
    advance(ms: number) {
      if (!fixture.dev?.clock) throw new Skip('needs the server clock (fixture dev.clock)')
      clockOffset += ms
      const hook = fixture.dev.clock
      pendingClock = pendingClock.then(() => devPost(hook, { advanceMs: ms }))
    },
    now: () => serverNow + (Date.now() - localAtStart) + clockOffset,
    setInsuranceStatus(personId, status) {
      if (!fixture.dev?.insuranceStatus) throw new Skip('needs a way to set 参保状态 (fixture dev.insuranceStatus)')
      const hook = fixture.dev.insuranceStatus
      pendingClock = pendingClock.then(() => devPost(hook, { personId, status }))
    },
  }
}

async function main(): Promise<void> {
  const harness = await import('@/backend/contract/harness')
  const family = await import('@/backend/contract/family')
  Object.assign(harness.DEMO as Record<string, string>, fixture.people)
  for (const [key, member] of Object.entries(fixture.members))
    Object.assign((family.DEMO_MEMBERS as Record<string, object>)[key] ?? {}, member)
  const { backendContract } = await import('@/backend/contract')
  backendContract(make)

  const perMethod = new Map<string, { passed: number; failed: number }>()
  let passed = 0
  let failed = 0
  let skipped = 0
  let known = 0
  console.log(`contract: ${rules.length} rules against ${baseUrl} (fixture ${fixturePath})`)
  for (const rule of rules) {
    if (only && !rule.name.includes(only)) continue
    called = new Set()
    pendingClock = Promise.resolve()
    resetThisRule = false
    let outcome: 'pass' | 'fail' | 'skip' = 'pass'
    let detail = ''
    try {
      await Promise.race([rule.run(), new Promise((_, reject) => setTimeout(() => reject(new Error('timed out after 60 s')), 60_000))])
      await pendingClock
    } catch (error) {
      if (error instanceof Skip) {
        outcome = 'skip'
        detail = error.message
      } else {
        outcome = 'fail'
        detail = (error instanceof Error ? error.message : String(error)).split('\n').slice(0, 6).join('\n    ')
      }
    }
    const isKnown = outcome === 'fail' && knownFailures.some((k) => rule.name.includes(k))
    if (outcome === 'pass') passed++
    else if (isKnown) known++
    else if (outcome === 'fail') failed++
    else skipped++
    const mark = outcome === 'pass' ? '✔' : isKnown ? '✖ (known failure)' : outcome === 'fail' ? '✖' : '-'
    console.log(`${mark} ${rule.name}${detail ? `\n    ${detail}` : ''}`)
    if (outcome === 'skip') continue
    for (const method of called) {
      const entry = perMethod.get(method) ?? { passed: 0, failed: 0 }
      entry[outcome === 'pass' ? 'passed' : 'failed']++
      perMethod.set(method, entry)
    }
  }
  console.log('\nper method:')
  for (const [capability, methods] of Object.entries(PORT_METHODS)) {
    for (const method of methods) {
      const name = `${capability}.${method}`
      const entry = perMethod.get(name)
      if (!entry) console.log(`- ${name}: not exercised`)
      else console.log(`${entry.failed ? '✖' : '✔'} ${name}: ${entry.passed} rules passed${entry.failed ? `, ${entry.failed} failed` : ''}`)
    }
  }
  if (known > 0) console.log(`\n${known} known failure(s), not counted: ${knownFailures.join('; ')}`)
  console.log(`\ncontract: ${passed} passed, ${failed} failed, ${skipped} skipped`)
  process.exitCode = failed > 0 ? 1 : 0
}

void main()
