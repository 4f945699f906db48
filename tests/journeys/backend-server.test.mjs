// The h5 app pointed at the reference server (?backend=URL) instead of its in-process mock.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { after, before, describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmPledgeAndSubmit, fileLongTermForSelf } from './steps.mjs'

const PORT = 3400 + Math.floor(Math.random() * 500)
const API = `http://127.0.0.1:${PORT}`

async function call(path, args, token) {
  const response = await fetch(`${API}/api/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ args }),
  })
  return (await response.json()).result
}

describe('the app against the reference server', () => {
  const app = useApp()
  let server

  before(async () => {
    server = spawn(process.execPath, ['--import', 'tsx', 'scripts/mock-server.ts'], {
      env: { ...process.env, PORT: String(PORT), MOCK_QUIET: '1', CORS_ORIGIN: app.url.replace(/\/$/, '') },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${API}/health`)).ok) return
      } catch {
        // starting
      }
      await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('reference server did not start')
  })
  after(() => server?.kill('SIGTERM'))

  it('files a long-term 承诺制 filing through the server, which then holds it', async () => {
    const page = await fileLongTermForSelf(app, { backend: API })
    await confirmPledgeAndSubmit(page)
    await visible(page, '办理进度').waitFor({ timeout: 15000 })
    await visible(page, '已备案').waitFor()

    const session = await call('session/login', ['journey-check'])
    const filings = await call('filings/list', [{ personId: 'P001' }], session.token)
    const guangzhou = filings.filter((f) => f.destination.cityCode === '440100')
    assert.equal(guangzhou.length, 1)
    assert.equal(guangzhou[0].status, 'approved')
    // Nothing went to the in-process mock.
    const local = await page.evaluate(() => localStorage.getItem('mock-server-state'))
    assert.ok(!local || !local.includes('440100'), 'the filing must not be in the local mock')
    assert.deepEqual(page.errors, [])
  })
})
