// Drives the built h5 app (dist/h5) in headless Chromium at phone size.
import { after, afterEach, before } from 'node:test'
import { launchBrowser, PHONE } from '../../scripts/browser.mjs'
import { serveStatic } from '../../scripts/static-server.mjs'
import { auditReached, routeOf } from './a11y.mjs'

const H5_DIR = process.env.H5_DIR ?? 'dist/h5'

/**
 * Starts a server and a browser for one journey file. `open(route, { mock })` returns a fresh phone page.
 * Each open() gets a new browser context, so storage (and the mock's data) starts clean unless `context` is passed.
 */
export function useApp() {
  const app = { url: '', browser: null, server: null }
  before(async () => {
    const served = await serveStatic(H5_DIR)
    app.server = served.server
    app.url = served.url
    app.browser = await launchBrowser()
  })
  after(async () => {
    await app.browser?.close()
    app.server?.close()
  })
  // Every page a journey reached gets an axe audit, normal and 关怀模式 (tests/journeys/a11y.mjs).
  app.reached = []
  afterEach(async () => {
    const reached = app.reached
    app.reached = []
    if (process.env.A11Y_AUDIT !== 'off') await auditReached(reached)
  })

  app.newContext = () => app.browser.newContext(PHONE)

  /** `backend`: a server URL, so the app uses its HTTP adapter instead of the in-process mock. */
  app.open = async (route = 'pages/home/index', { mock = 'fast', context, backend } = {}) => {
    const ctx = context ?? (await app.newContext())
    const page = await ctx.newPage()
    const errors = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.errors = errors
    const routes = new Map()
    const remember = (url) => {
      const hash = new URL(url).hash.replace(/^#\/?/, '')
      if (hash) routes.set(routeOf(url), hash)
    }
    page.on('framenavigated', (frame) => frame === page.mainFrame() && remember(frame.url()))
    app.reached.push({ page, routes })
    const query = new URLSearchParams()
    if (mock) query.set('mock', mock)
    if (backend) query.set('backend', backend)
    const search = query.size > 0 ? `?${query.toString().replace(/%2C/g, ',')}` : ''
    await page.goto(`${app.url}${search}#/${route.replace(/^\//, '')}`)
    return page
  }
  return app
}

/** Taro h5 renders each page in its own container; only the shown one is visible. */
export function visible(page, text) {
  return page.getByText(text, { exact: false }).locator('visible=true').first()
}

export async function tapTab(page, label) {
  await page.locator('.weui-tabbar__label', { hasText: label }).click()
}

/** Waits until the demo account is signed in on the home page. */
export async function signedIn(page) {
  await visible(page, '您好，李明').waitFor({ timeout: 15000 })
}
