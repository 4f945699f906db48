// The plain-Node stand-in for WeChat's view layer: a jsdom document for exparser (j-component's engine) to render
// into, and a fixed clock. Must be imported before miniprogram-simulate, j-component or the build.
import { JSDOM } from 'jsdom'

/** Journeys and smoke tests run on Tuesday 24 November 2026, 10:00 in Shanghai: service points are open. */
export const FIXED_NOW = Date.parse('2026-11-24T10:00:00+08:00')

process.env.TZ = 'Asia/Shanghai'

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  pretendToBeVisual: true,
  url: 'https://servicewechat.com/',
})
const { window } = dom
for (const name of [
  'window',
  'document',
  'Element',
  'HTMLElement',
  'Node',
  'Text',
  'DocumentFragment',
  'Event',
  'CustomEvent',
  'TouchEvent',
  'MouseEvent',
  'getComputedStyle',
]) {
  if (!(name in globalThis) || name === 'Event' || name === 'CustomEvent') {
    Object.defineProperty(globalThis, name, { value: name === 'window' ? window : window[name], configurable: true, writable: true })
  }
}

/**
 * A clock that starts at FIXED_NOW and runs at real speed (the mock's review timers and latency still work);
 * `advanceClock(ms)` moves it forward, as waiting days would.
 */
const RealDate = Date
const startedAt = RealDate.now()
let offset = FIXED_NOW - startedAt
function now() {
  return RealDate.now() + offset
}
class FixedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(now())
    else super(...args)
  }
  static now() {
    return now()
  }
}
globalThis.Date = FixedDate
window.Date = FixedDate

export function advanceClock(ms) {
  offset += ms
}

/**
 * The app's timers must not keep a finished test process alive (e.g. the 10 s location timeout that is never
 * cleared): timers the app (and the engine) set are unref'd. The harness waits with `hostSleep`, whose timers are
 * kept, so the app's timers still fire while a test waits.
 */
const realSetTimeout = globalThis.setTimeout
const realSetInterval = globalThis.setInterval
globalThis.setTimeout = (...args) => {
  const timer = realSetTimeout(...args)
  timer?.unref?.()
  return timer
}
globalThis.setInterval = (...args) => {
  const timer = realSetInterval(...args)
  timer?.unref?.()
  return timer
}
export const hostSleep = (ms) => new Promise((resolve) => realSetTimeout(resolve, ms))
/** WeChat's own callbacks (wx.* success) are the host's: they keep the process alive until they run. */
export const hostSetTimeout = realSetTimeout
