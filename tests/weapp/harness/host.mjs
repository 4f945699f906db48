// Runs the production weapp build (dist/weapp) in plain Node, the way WeChat's engine would:
// - `App(config)` and `Page(config)` from the build; each page becomes a j-component (exparser) Component whose
//   template is the page's WXML compiled by WeChat's own `wcc` (with base.wxml and utils.wxs);
// - Taro's path-keyed setData is applied by exparser as is; taps on rendered elements bubble to Taro's `eh`;
// - a page stack for navigateTo/redirectTo/navigateBack/switchTab/reLaunch with lifecycles in WeChat's order;
// - an in-memory `wx` (./wx.mjs) that records every call.
import { advanceClock, hostSleep } from './env.mjs'
import { readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { createWx, WINDOW } from './wx.mjs'

const require = createRequire(import.meta.url)
const simulate = require('miniprogram-simulate')
const exparser = require('miniprogram-exparser')

const { windowWidth: WINDOW_WIDTH, windowHeight: WINDOW_HEIGHT } = WINDOW
/** How long the page must stay quiet after a tap or input before the next step, like a user who sees the result. */
const ACTION_QUIET_MS = 40
const DEFAULT_TIMEOUT = Number(process.env.WEAPP_WAIT_MS ?? 8000)
const sleep = hostSleep

/** Taro's templates name each node type by number (`nn`); base.wxml says which tag each number renders. */
function templateTags(root) {
  const base = readFileSync(join(root, 'base.wxml'), 'utf8')
  const tags = {}
  for (const m of base.matchAll(/<template name="tmpl_0_(\w+)">\s*<([\w-]+)/g)) tags[m[1]] = m[2]
  return tags
}

function parseUrl(url) {
  const [path, search = ''] = url.replace(/^\//, '').split('?')
  const query = {}
  for (const part of search.split('&').filter(Boolean)) {
    const [k, v = ''] = part.split('=')
    query[k] = v
  }
  return { route: path, query }
}

/** Everything observed while the app runs: errors, setData calls. */
function createRecorder() {
  return { errors: [], setData: [], lifecycles: [], asyncRequires: [] }
}

/**
 * WeChat's `require.async` (分包异步化) for the build's scripts: the target resolves against the calling script, must
 * lie in a subpackage that app.json declares, and arrives on a later tick, as after a download. Node's per-file
 * `require` has no `async`, so each script of the build gets one when it is compiled.
 */
function installRequireAsync(root, subRoots, recorder, failures) {
  const compile = Module.prototype._compile
  globalThis.__weappRequireAsync = (fromFile, request) => {
    const target = resolve(dirname(fromFile), request)
    const path = relative(root, target)
    if (!subRoots.some((sub) => path.startsWith(sub + '/'))) {
      return Promise.reject(new Error(`require.async: ${path} is not in a subpackage of app.json`))
    }
    recorder.asyncRequires.push(path)
    // A failed download, as WeChat reports it.
    if (failures.count > 0) {
      failures.count--
      return new Promise((_, rej) => setTimeout(() => rej({ errMsg: 'require.async:fail network error', mod: request }), 0))
    }
    return new Promise((res, rej) =>
      setTimeout(() => {
        try {
          res(Module.createRequire(fromFile)(target))
        } catch (error) {
          rej(error)
        }
      }, 0),
    )
  }
  Module.prototype._compile = function (content, filename) {
    const own = filename.startsWith(root + '/') && filename.endsWith('.js')
    return compile.call(this, own ? `${content}\n;require.async = (p) => __weappRequireAsync(__filename, p);` : content, filename)
  }
}

let launched = false

/**
 * Launches the weapp build. One app per process (node:test runs each test file in its own process);
 * `app.coldStart()` restarts it with the same device storage, as closing and reopening the mini-program would.
 * @param {object} [options]
 * @param {string} [options.root] the build (default dist/weapp, or WEAPP_DIR)
 * @param {string} [options.entry] first page (default the first in app.json)
 * @param {number} [options.failAsyncRequires] how many require.async downloads fail first (default 0)
 * @param {string[]} [options.mock] the mock's fault presets, set as the dev-settings the app reads (default ['fast'])
 * @param {'denied'|{latitude:number,longitude:number}} [options.location]
 * @param {Record<string,string>} [options.storage] device storage before launch
 */
export async function launch(options = {}) {
  if (launched) throw new Error('one weapp app per process: use app.coldStart() or a separate test file')
  launched = true
  const root = resolve(options.root ?? process.env.WEAPP_DIR ?? 'dist/weapp')
  const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
  const tabRoutes = (appJson.tabBar?.list ?? []).map((t) => t.pagePath)
  const allRoutes = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
  const tags = templateTags(root)
  const recorder = createRecorder()
  installRequireAsync(
    root,
    (appJson.subPackages ?? []).map((s) => s.root),
    recorder,
    { count: options.failAsyncRequires ?? 0 },
  )

  // Errors: console.error from the app or the engine, exceptions in lifecycles and event handlers, rejections.
  const consoleError = console.error
  console.error = (...args) => {
    recorder.errors.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '))
    if (process.env.WEAPP_DEBUG) consoleError(...args)
  }
  exparser.addGlobalErrorListener((error, info) => {
    recorder.errors.push(`${info?.message ?? 'exparser'}: ${error?.message ?? error}`)
    return false
  })
  process.on('unhandledRejection', (reason) => recorder.errors.push(`unhandled rejection: ${reason?.message ?? JSON.stringify(reason)}`))

  /** Pages in the stack, bottom first; tab pages live on when hidden. */
  let stack = []
  const tabPages = new Map()
  let runtime = null
  let title = ''
  /** The last scrollTop the harness scrolled each scroll-view to. */
  const scrollOffsets = new WeakMap()

  const host = {
    setTitle: (t) => (title = t),
    async navigateTo(url) {
      if (stack.length >= 10) throw new Error('webview count limit exceed')
      const target = parseUrl(url)
      if (tabRoutes.includes(target.route)) throw new Error('can not navigateTo a tabbar page')
      hide(top())
      await open(target)
    },
    async redirectTo(url) {
      const target = parseUrl(url)
      if (tabRoutes.includes(target.route)) throw new Error('can not redirectTo a tabbar page')
      unload(stack.pop())
      await open(target)
    },
    async navigateBack(delta = 1) {
      if (stack.length <= 1) throw new Error('cannot navigate back at first page')
      for (let i = 0; i < delta && stack.length > 1; i++) unload(stack.pop())
      show(top())
    },
    async switchTab(url) {
      const target = parseUrl(url)
      if (!tabRoutes.includes(target.route)) throw new Error('can not switch to no-tabBar page')
      const current = top()
      if (current?.route === target.route) return
      // Pages above the tab bar close (top first); a tab page that was showing hides and stays in memory.
      for (const page of [...stack].reverse()) {
        if (!page.isTab) unload(page)
        else if (page === current) hide(page)
      }
      stack = []
      const existing = tabPages.get(target.route)
      if (existing) {
        stack.push(existing)
        show(existing)
      } else {
        await open(target)
      }
    },
    async reLaunch(url) {
      for (const page of [...stack].reverse()) unload(page)
      for (const page of tabPages.values()) if (!page.unloaded) unload(page)
      stack = []
      tabPages.clear()
      await open(parseUrl(url))
    },
  }

  const sim = createWx(host, { location: options.location, storage: options.storage })
  const presets = options.mock ?? ['fast']
  if (!sim.storage.has('dev-settings')) sim.storage.set('dev-settings', JSON.stringify({ presets, sessionTtlSec: null }))

  const top = () => stack[stack.length - 1]

  function call(page, hook, ...args) {
    recorder.lifecycles.push(`${page.route}.${hook}`)
    const fn = page.instance[hook]
    if (typeof fn !== 'function') return
    try {
      fn.apply(page.instance, args)
    } catch (error) {
      recorder.errors.push(`${page.route} ${hook}: ${error?.message ?? error}\n${error?.stack ?? ''}`)
    }
  }
  function hide(page) {
    if (page && !page.unloaded) call(page, 'onHide')
  }
  function show(page) {
    if (page && !page.unloaded) call(page, 'onShow')
  }
  function unload(page) {
    if (!page || page.unloaded) return
    call(page, 'onUnload')
    page.unloaded = true
    if (page.isTab) tabPages.delete(page.route)
    page.component.detach()
  }

  /** Loads the build's JS into a fresh webpack runtime: a cold start of the mini-program. */
  function loadRuntime() {
    for (const key of Object.keys(require.cache)) if (key.startsWith(root + '/')) delete require.cache[key]
    const rt = { appConfig: null, pageIds: new Map(), compId: null }
    runtime = rt
    // A new `wx` (and so a new webpackJsonp: the build's modules run again) for each run of the mini-program.
    sim.wx = sim.session()
    globalThis.wx = sim.wx
    globalThis.App = (config) => {
      rt.appConfig = config
    }
    globalThis.getApp = () => rt.appConfig
    globalThis.getCurrentPages = () => stack.map((p) => p.instance)
    globalThis.Page = (config) => {
      const methods = {}
      for (const [key, value] of Object.entries(config)) if (typeof value === 'function') methods[key] = value
      // simulate's Component() registers the definition of the page being loaded (its WXML compiled by wcc).
      globalThis.Component({ data: config.data ?? {}, methods, options: { multipleSlots: true } })
    }
    require(join(root, 'app.js'))
    if (!rt.appConfig) throw new Error('app.js did not call App()')
    rt.compId = simulate.load(join(root, 'comp'), 'comp', { rootPath: root })
    return rt
  }

  function pageId(route) {
    if (!allRoutes.includes(route)) throw new Error(`page "${route}" is not in app.json`)
    let id = runtime.pageIds.get(route)
    if (!id) {
      id = simulate.load(join(root, route), { rootPath: root, usingComponents: { comp: runtime.compId } })
      runtime.pageIds.set(route, id)
    }
    return id
  }

  async function open({ route, query }) {
    const component = simulate.render(pageId(route))
    const container = document.createElement('page-wrapper')
    document.body.appendChild(container)
    component.attach(container)
    const instance = component.instance
    const page = { route, query, component, instance, isTab: tabRoutes.includes(route), unloaded: false, setData: [] }
    instance.route = route
    instance.__route__ = route
    instance.options = query
    // jsdom has no layout for j-component's own observer to measure: use the host's, fired by scrollToLower.
    instance.createIntersectionObserver = (opts) => sim.wx.createIntersectionObserver(instance, opts)
    const setData = instance.setData
    instance.setData = (data, cb) => {
      const json = JSON.stringify(data)
      const entry = { route, at: performance.now(), bytes: Buffer.byteLength(json), keys: Object.keys(data).length }
      page.setData.push(entry)
      recorder.setData.push(entry)
      return setData.call(instance, data, cb)
    }
    page.openedAt = performance.now()
    stack.push(page)
    if (page.isTab) tabPages.set(route, page)
    call(page, 'onLoad', query)
    call(page, 'onShow')
    call(page, 'onReady')
    return page
  }

  async function start(entry) {
    loadRuntime()
    const { route, query } = parseUrl(entry ?? appJson.pages[0])
    const launchOptions = { path: route, query, scene: 1001, referrerInfo: {} }
    runtime.appConfig.onLaunch?.(launchOptions)
    runtime.appConfig.onShow?.(launchOptions)
    await open({ route, query })
  }

  await start(options.entry)

  const app = {
    root,
    routes: allRoutes,
    tabRoutes,
    wx: sim,
    /** Every wx call so far: [{api, args}]. */
    get calls() {
      return sim.calls
    },
    callsTo: (api) => sim.calls.filter((c) => c.api === api).map((c) => c.args[0]),
    get errors() {
      return recorder.errors
    },
    get title() {
      return title
    },
    get page() {
      return top()
    },
    get stack() {
      return stack.map((p) => p.route)
    },
    get setDataLog() {
      return recorder.setData
    },
    /** Scripts loaded with require.async, relative to the package root, in order. */
    get asyncRequires() {
      return recorder.asyncRequires
    },
    /** Page lifecycles the host called, in order: 'route.onLoad', … */
    get lifecycles() {
      return recorder.lifecycles
    },
    advanceClock,

    /** Closes the mini-program and opens it again: fresh JS, same device storage. */
    async coldStart(entry) {
      for (const page of [...stack].reverse()) unload(page)
      for (const page of tabPages.values()) if (!page.unloaded) unload(page)
      stack = []
      tabPages.clear()
      await start(entry)
    },

    /** A clean device (only the mock presets kept) and a cold start: no state leaks from the previous test. */
    async reset({ entry, location } = {}) {
      sim.storage.clear()
      sim.storage.set('dev-settings', JSON.stringify({ presets, sessionTtlSec: null }))
      sim.ui.toasts.length = 0
      sim.ui.modals.length = 0
      sim.ui.actionSheets.length = 0
      sim.calls.length = 0
      recorder.errors.length = 0
      if (location !== undefined) sim.state.location = location
      await app.coldStart(entry)
    },

    // Navigation as WeChat would do it for the user (tab bar, back button).
    tapTab: (text) => {
      const tab = appJson.tabBar.list.find((t) => t.text === text)
      if (!tab) throw new Error(`no tab ${text}`)
      return sim.wx.switchTab({ url: `/${tab.pagePath}` })
    },
    back: () => sim.wx.navigateBack({ delta: 1 }),
    reLaunch: (url) => sim.wx.reLaunch({ url }),
    navigateTo: (url) => sim.wx.navigateTo({ url }),

    pullDownRefresh: () => call(top(), 'onPullDownRefresh'),
    reachBottom: () => call(top(), 'onReachBottom'),

    /** The rendered (composed) tree of the current page, from exparser. */
    tree: () => elements(top()).map(describeElement),
    /** Taro's data tree of the current page (what setData built). */
    data: () => top().instance.data,
    /** All text rendered through the WXML templates, in order. */
    text: () => renderedText(top()),
    /** All text in Taro's data tree, in order. */
    dataText: () => dataText(top().instance.data.root, tags),

    /** Elements matching; `within`: only inside this element. */
    findAll: (matcher, { within } = {}) =>
      findAll(top(), matcher).filter((el) => !within || (el.node !== within.node && isAncestor(within.node, el.node))),
    find: (matcher, opts) => app.findAll(matcher, opts)[0] ?? null,
    has: (matcher) => findAll(top(), matcher).length > 0,

    async waitFor(matcher, { timeout = DEFAULT_TIMEOUT, label } = {}) {
      const started = Date.now()
      for (;;) {
        const found = typeof matcher === 'function' && !isMatcherObject(matcher) ? matcher() : findAll(top(), matcher)[0]
        if (found) return found
        if (Date.now() - started > timeout) {
          throw new Error(
            `timed out after ${timeout} ms waiting for ${label ?? describe(matcher)} on ${top()?.route}\npage text: ${renderedText(top()).slice(0, 1500)}\nerrors: ${recorder.errors.join('\n')}`,
          )
        }
        await sleep(15)
      }
    },
    async waitForGone(matcher, { timeout = DEFAULT_TIMEOUT } = {}) {
      const started = Date.now()
      while (findAll(top(), matcher).length > 0) {
        if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${describe(matcher)} to go`)
        await sleep(15)
      }
    },
    async waitForRoute(route, { timeout = DEFAULT_TIMEOUT } = {}) {
      const started = Date.now()
      while (top()?.route !== route.replace(/^\//, '').split('?')[0]) {
        if (Date.now() - started > timeout) throw new Error(`timed out waiting for ${route}; stack: ${app.stack.join(' > ')}`)
        await sleep(15)
      }
      return top()
    },
    /** Waits until no setData has happened for `quietMs`. */
    async settle({ quietMs = 120, timeout = DEFAULT_TIMEOUT, since = 0 } = {}) {
      const started = Date.now()
      for (;;) {
        const last = Math.max(recorder.setData[recorder.setData.length - 1]?.at ?? 0, since)
        if (performance.now() - last >= quietMs) return
        if (Date.now() - started > timeout) throw new Error('the page kept calling setData')
        await sleep(20)
      }
    },

    /** After a user action: the page has answered (its render reached setData) and gone quiet. */
    afterAction: (since) => app.settle({ quietMs: ACTION_QUIET_MS, since }),

    /** Taps the element (or the element with this text), as a finger would: the tap bubbles to Taro's handlers. */
    async tap(target, opts) {
      const el = await resolveTarget(target, opts)
      const started = performance.now()
      dispatch(el.node, 'touchstart', {}, { touches: [{ x: 1, y: 1 }], changedTouches: [{ x: 1, y: 1 }] })
      dispatch(el.node, 'touchend', {}, { touches: [], changedTouches: [{ x: 1, y: 1 }] })
      // WeChat runs tap handlers synchronously; APIs that need a user gesture check they are called inside one.
      sim.state.tapping = true
      try {
        dispatch(el.node, 'tap', { x: 1, y: 1 })
      } finally {
        sim.state.tapping = false
      }
      await app.afterAction(started)
    },
    /** Types into an input or textarea: by placeholder, by the field's label text, or an element. */
    async input(target, value, opts) {
      const el = await resolveInput(target, opts)
      const started = performance.now()
      dispatch(el.node, 'focus', { value: '', height: 0 })
      dispatch(el.node, 'input', { value, cursor: value.length, keyCode: 0 })
      dispatch(el.node, 'blur', { value })
      await app.afterAction(started)
    },
    /** Fires a component event (e.g. change on a picker, markertap on the map) with this detail. */
    async fire(target, type, detail = {}) {
      const el = await resolveTarget(target)
      const started = performance.now()
      dispatch(el.node, type, detail)
      await app.afterAction(started)
    },

    /**
     * Scrolls a scroll-view (an element, or the first matching one) to `scrollTop` as a finger fling would: a few
     * scroll events with uneven steps, as WeChat reports them (Taro's VirtualList ignores a lone event or equal steps
     * as "shaking"). jsdom has no layout, so the content height is `scrollHeight` (default: the end is below).
     */
    async scroll(target, scrollTop, { scrollHeight } = {}) {
      const el = await resolveTarget(target)
      const from = scrollOffsets.get(el.node) ?? 0
      for (const f of [0.1, 0.25, 0.45, 0.7, 1]) {
        const at = Math.round(from + (scrollTop - from) * f)
        const height = scrollHeight ?? at + WINDOW_HEIGHT * 2
        dispatch(el.node, 'scroll', {
          scrollTop: at,
          scrollLeft: 0,
          scrollHeight: height,
          scrollWidth: WINDOW_WIDTH,
          deltaX: 0,
          deltaY: from - at,
        })
        await sleep(16)
      }
      scrollOffsets.set(el.node, scrollTop)
      await app.settle({ quietMs: 50 })
    },
    /**
     * Scrolls a scroll-view to its end: the fling, WeChat's scrolltolower, and the intersection observers
     * relative to it: the last element they watch inside it (the end of the content) comes into view.
     */
    async scrollToLower(target, scrollTop) {
      const el = await resolveTarget(target)
      await app.scroll(el, scrollTop, { scrollHeight: scrollTop + WINDOW_HEIGHT })
      dispatch(el.node, 'scrolltolower', { direction: 'bottom' })
      const byId = (selector) => (selector?.startsWith('#') ? app.find((x) => x.attrs.id === selector.slice(1)) : null)
      const live = () => sim.state.observers.filter((o) => o.live && byId(o.relativeTo?.selector)?.node === el.node)
      // Observers are (re)attached a tick after each render (Taro's nextTick): wait for the list's to be there.
      const watching = await app
        .waitFor(() => (live().length ? live() : null), { timeout: 1000, label: 'an intersection observer on the list' })
        .catch(() => [])
      const inside = elements(top()).filter((node) => isAncestor(el.node, node))
      const targets = watching.map((o) => ({ o, node: byId(o.target)?.node })).filter((t) => t.node && inside.includes(t.node))
      const last = targets.sort((a, b) => inside.indexOf(a.node) - inside.indexOf(b.node)).pop()
      if (last)
        last.o.callback({
          id: last.node.id,
          intersectionRatio: 1,
          intersectionRect: {},
          boundingClientRect: {},
          relativeRect: {},
          time: Date.now(),
        })
      await sleep(0)
    },

    /** The open modal (wx.showModal), answered with `confirm` or `cancel`. */
    async modal({ timeout = DEFAULT_TIMEOUT } = {}) {
      const m = await app.waitFor(() => sim.ui.modals.find((x) => !x.answered), { timeout })
      return {
        title: m.title,
        content: m.content,
        confirmText: m.confirmText,
        confirm: async () => {
          m.answered = true
          m.answer({ confirm: true, cancel: false })
          await sleep(0)
        },
        cancel: async () => {
          m.answered = true
          m.answer({ confirm: false, cancel: true })
          await sleep(0)
        },
      }
    },
    async chooseAction(text, { timeout = DEFAULT_TIMEOUT } = {}) {
      const sheet = await app.waitFor(() => sim.ui.actionSheets.find((x) => !x.answered), { timeout })
      const index = sheet.itemList.indexOf(text)
      if (index < 0) throw new Error(`action sheet has no "${text}": ${sheet.itemList.join(', ')}`)
      sheet.answered = true
      sheet.answer({ tapIndex: index })
      await sleep(0)
    },
    get toasts() {
      return sim.ui.toasts
    },
  }

  async function resolveTarget(target, opts) {
    if (target == null) throw new Error('no element given')
    if (target.node) return target
    return app.waitFor(target, opts)
  }

  async function resolveInput(target, opts) {
    if (target && target.node) return target
    return app.waitFor(
      () => {
        const page = top()
        const inputs = findAll(page, (el) => el.tag === 'input' || el.tag === 'textarea')
        if (typeof target === 'string') {
          const byPlaceholder = inputs.find((el) => el.attrs.placeholder === target)
          if (byPlaceholder) return byPlaceholder
          // By the label the user reads: the nearest field around the label that holds an input.
          const label = findAll(page, target)[0]
          for (let node = label?.node; node; node = node.parentNode) {
            const inside = inputs.find((el) => isAncestor(node, el.node))
            if (inside) return inside
          }
          return null
        }
        return findAll(page, target).find((el) => el.tag === 'input' || el.tag === 'textarea') ?? null
      },
      {
        label: `an input for ${describe(target)} (placeholders here: ${findAll(top(), (el) => el.tag === 'input' || el.tag === 'textarea')
          .map((el) => el.attrs.placeholder)
          .join(' / ')})`,
        ...opts,
      },
    )
  }

  return app
}

function isMatcherObject(m) {
  return m instanceof RegExp
}

function describe(matcher) {
  if (typeof matcher === 'string') return `"${matcher}"`
  if (matcher instanceof RegExp) return String(matcher)
  if (typeof matcher === 'function') return matcher.toString().slice(0, 120)
  return JSON.stringify(matcher)
}

function isAncestor(ancestor, node) {
  for (let n = node; n; n = n.parentNode) if (n === ancestor) return true
  return false
}

function dispatch(node, type, detail, extra = {}) {
  exparser.Event.dispatchEvent(
    node,
    exparser.Event.create(type, detail, {
      bubbles: true,
      capturePhase: true,
      composed: true,
      extraFields: { touches: extra.touches ?? [], changedTouches: extra.changedTouches ?? [] },
    }),
  )
}

/** Composed children: a component's shadow tree, a slot's assigned nodes, an element's children. */
function composedChildren(node) {
  return node.__wxSlotChildren ?? node.childNodes ?? []
}

/** One rendered element: its tag, attributes as the template set them, text and the exparser node. */
function describeElement(node) {
  const vt = node._vt ?? {}
  const attrs = {}
  for (const { name, value } of vt.attrs ?? []) attrs[name] = value
  return {
    node,
    tag: vt.tagName ?? node.is,
    attrs,
    get text() {
      return textOf(node)
    },
  }
}

function textOf(node) {
  if (node instanceof exparser.TextNode) return node.textContent
  let s = ''
  for (const child of composedChildren(node)) s += textOf(child)
  return s
}

function renderedText(page) {
  if (!page) return ''
  return textOf(page.component._exparserNode)
}

/** Elements in document order (the rendered, composed tree of the page). */
function elements(page) {
  const out = []
  const walk = (node) => {
    for (const child of composedChildren(node)) {
      if (child instanceof exparser.TextNode) continue
      if (child instanceof exparser.Element && !child.__virtual) out.push(child)
      walk(child)
    }
  }
  if (page) walk(page.component._exparserNode)
  return out
}

/**
 * Matchers: a string (the element's text contains it, deepest element wins), a RegExp on the text,
 * `{ label }` (aria-label), `{ cls }` (a class), `{ tag }`, `{ text, cls }`, or a predicate on the element.
 */
function findAll(page, matcher) {
  const all = elements(page).map(describeElement)
  let test
  if (typeof matcher === 'string') test = (el) => el.text.includes(matcher)
  else if (matcher instanceof RegExp) test = (el) => matcher.test(el.text)
  else if (typeof matcher === 'function') test = matcher
  else {
    test = (el) =>
      (matcher.tag === undefined || el.tag === matcher.tag) &&
      // exparser records WXML's aria-label as the property ariaLabel.
      (matcher.label === undefined || (el.attrs['aria-label'] ?? el.attrs.ariaLabel) === matcher.label) &&
      (matcher.cls === undefined ||
        String(el.attrs.class ?? '')
          .split(/\s+/)
          .includes(matcher.cls)) &&
      (matcher.text === undefined || el.text.includes(matcher.text))
  }
  const hits = all.filter(test)
  if (
    typeof matcher === 'string' ||
    matcher instanceof RegExp ||
    (matcher && typeof matcher === 'object' && matcher.text !== undefined && matcher.cls === undefined && matcher.tag === undefined)
  ) {
    // Text matches: the deepest elements only (not every ancestor that also contains the text).
    return hits.filter((el) => !hits.some((other) => other !== el && isAncestor(el.node, other.node)))
  }
  return hits
}

/** Text of Taro's data tree in document order: what the templates should have rendered. */
function dataText(node, tags) {
  if (!node) return ''
  let s = ''
  // Taro's text nodes are the ones with a value (`v`); elements have children (`cn`) and props.
  for (const child of node.cn ?? []) s += 'v' in child ? String(child.v ?? '') : dataText(child, tags)
  return s
}

export { FIXED_NOW } from './env.mjs'
