// `npm run bench -- size`: package size and first load against a Taro hello-world app built in the same run with the
// project's own toolchain. Ratios only: absolute sizes and times drift between machines.
//   weapp_main_ratio_demo   main package of the default (mock) build / hello world's     target ≤ 1.6
//   weapp_main_ratio_http   main package of a BACKEND_URL build / hello world's           target ≤ 1.3
//   h5_js_ratio             JS bytes the home page loads / hello world's                   target ≤ 1.5
//   h5_first_use_ratio      time until the home page shows its four entries, signed in, / the hello world's text,
//                           under 4× CPU and 150 ms RTT / 1.6 Mbps, medians of interleaved runs   target ≤ 1.3
import { execSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowser, PHONE } from '../scripts/browser.mjs'
import { serveStatic } from '../scripts/static-server.mjs'
import { measurePackages } from '../scripts/weapp-packages.mjs'

const ROOT = resolve(import.meta.dirname, '..')
const RUNS = Number(process.env.FIRST_USE_RUNS ?? 9)
const report = (metric, value, unit, extra = {}) =>
  console.log(JSON.stringify({ bench: 'size', metric, value: Number(value.toPrecision(4)), unit, ...extra }))

function build(cwd, type, outDir, env = {}) {
  try {
    execSync(`npx taro build --type ${type}`, {
      cwd,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production', TARO_OUTPUT: outDir, ...env },
    })
  } catch (error) {
    process.stderr.write(String(error.stdout ?? '') + String(error.stderr ?? ''))
    throw new Error(`${type} build failed in ${cwd}`)
  }
}

// The hello world, copied out of the repo so its build sees only its own sources.
const work = mkdtempSync(join(tmpdir(), 'hello-taro-'))
cpSync(join(ROOT, 'bench/hello-world'), work, { recursive: true })
for (const file of ['babel.config.js', 'tsconfig.json', 'project.config.json']) cpSync(join(ROOT, file), join(work, file))
symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'))

// SIZE_PARTS=h5 (or weapp) measures one half, for quicker runs while working on it.
const parts = (process.env.SIZE_PARTS ?? 'weapp,h5').split(',')
try {
  if (parts.includes('weapp')) await weappRatios()
  if (parts.includes('h5')) {
    build(work, 'h5', join(work, 'dist/h5'))
    if (!existsSync(join(ROOT, 'dist/h5/index.html'))) build(ROOT, 'h5', join(ROOT, 'dist/h5'))
    await firstUse(join(work, 'dist/h5'), join(ROOT, 'dist/h5'))
  }
} finally {
  rmSync(work, { recursive: true, force: true })
  rmSync(join(ROOT, 'dist/bench-weapp-demo'), { recursive: true, force: true })
  rmSync(join(ROOT, 'dist/bench-weapp-http'), { recursive: true, force: true })
}

async function weappRatios() {
  build(work, 'weapp', join(work, 'dist/weapp'))
  build(ROOT, 'weapp', join(ROOT, 'dist/bench-weapp-demo'))
  build(ROOT, 'weapp', join(ROOT, 'dist/bench-weapp-http'), { BACKEND_URL: 'https://yibao.example.invalid' })
  const hello = measurePackages(join(work, 'dist/weapp')).sizes.main
  const demo = measurePackages(join(ROOT, 'dist/bench-weapp-demo')).sizes.main
  const http = measurePackages(join(ROOT, 'dist/bench-weapp-http')).sizes.main
  report('weapp_main_hello', hello, 'bytes')
  report('weapp_main_demo', demo, 'bytes')
  report('weapp_main_http', http, 'bytes')
  report('weapp_main_ratio_demo', demo / hello, 'ratio', { target: 1.6 })
  report('weapp_main_ratio_http', http / hello, 'ratio', { target: 1.3 })
}

async function firstUse(helloDir, appDir) {
  const helloServer = await serveStatic(helloDir)
  const appServer = await serveStatic(appDir)
  const browser = await launchBrowser()
  // The mock's simulated latency is off (`fast`): the emulated network below is the only delay.
  const targets = {
    hello: { url: `${helloServer.url}#/pages/index/index`, ready: { texts: ['Hello world'] } },
    app: {
      url: `${appServer.url}?mock=fast#/pages/home/index`,
      ready: { entries: { selector: '.home-entry', texts: ['找网点', '异地就医备案', '查记录', '政策问答'] }, texts: ['您好，李明'] },
    },
  }
  const samples = { hello: [], app: [] }
  const jsBytes = { hello: [], app: [] }
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const name of run % 2 === 0 ? ['hello', 'app'] : ['app', 'hello']) {
        const { ms, bytes } = await measure(browser, targets[name])
        samples[name].push(ms)
        jsBytes[name].push(bytes)
      }
    }
  } finally {
    await browser.close()
    helloServer.server.close()
    appServer.server.close()
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  report('h5_first_use_hello_ms', median(samples.hello), 'ms')
  report('h5_first_use_app_ms', median(samples.app), 'ms')
  report('h5_first_use_ratio', median(samples.app) / median(samples.hello), 'ratio', { target: 1.3 })
  report('h5_js_bytes_hello', median(jsBytes.hello), 'bytes')
  report('h5_js_bytes_app', median(jsBytes.app), 'bytes')
  report('h5_js_ratio', median(jsBytes.app) / median(jsBytes.hello), 'ratio', { target: 1.5 })
}

/**
 * Runs in the page from its first byte: notes when the DOM first shows what `ready` asks for, and the JS bytes loaded by
 * then. It watches mutations instead of polling, so measuring adds no work (polling `innerText` or a locator every
 * frame forces a layout each time, which cost the app, whose page is bigger, far more than the hello world).
 */
function watchReady({ texts, entries }) {
  const visible = (el) => el.getClientRects().length > 0
  const holding = (text) =>
    [...document.querySelectorAll('body *')].find((el) => el.childElementCount === 0 && el.textContent.includes(text))
  const met = () => {
    const body = document.body?.textContent ?? ''
    if (!texts.every((text) => body.includes(text))) return false
    if (entries) {
      const shown = [...document.querySelectorAll(entries.selector)].filter(visible).map((el) => el.textContent)
      if (!entries.texts.every((title) => shown.some((text) => text.includes(title)))) return false
    }
    return texts.every((text) => {
      const el = holding(text)
      return el && visible(el)
    })
  }
  const observer = new window.MutationObserver(() => {
    if (!met()) return
    observer.disconnect()
    const scripts = performance.getEntriesByType('resource').filter((e) => /\.js(\?|$)/.test(e.name) && e.responseEnd > 0)
    window.__ready = { ms: performance.now(), bytes: scripts.reduce((sum, e) => sum + e.transferSize, 0) }
  })
  observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
}

/** One cold load in a fresh context: time from navigation start to ready, and the JS bytes transferred by then. */
async function measure(browser, target) {
  const context = await browser.newContext(PHONE)
  const page = await context.newPage()
  await page.addInitScript(watchReady, target.ready)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  })
  await page.goto(target.url)
  const ready = await page.waitForFunction(() => window.__ready, null, { polling: 250, timeout: 60_000 })
  const { ms, bytes } = await ready.jsonValue()
  await context.close()
  return { ms, bytes }
}
