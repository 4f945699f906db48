// An in-memory `wx` for the built app. Every call is recorded (`calls`), so tests can assert what the app asked
// WeChat to do. APIs the app uses are simulated here; anything else falls back to miniprogram-simulate's generic
// stubs (still recorded), so an unexpected API shows up in `calls` instead of crashing the page.
import { createRequire } from 'node:module'
import { hostSetTimeout } from './env.mjs'

const require = createRequire(import.meta.url)

/** A phone the size of the h5 journeys' (390×844). */
export const WINDOW = { pixelRatio: 2, screenWidth: 390, screenHeight: 844, windowWidth: 390, windowHeight: 844, statusBarHeight: 47 }

function ok(name, extra = {}) {
  return { errMsg: `${name}:ok`, ...extra }
}

/**
 * @param {object} host page stack operations: navigateTo, redirectTo, navigateBack, switchTab, reLaunch (each returns a promise)
 * @param {object} [options] location: {latitude, longitude} or 'denied'; storage: initial key → value
 */
export function createWx(host, options = {}) {
  const generic = require('miniprogram-simulate/src/api/index.js')
  const calls = []
  const storage = new Map(Object.entries(options.storage ?? {}))
  const ui = { toasts: [], modals: [], actionSheets: [], loading: null }
  const state = {
    location: options.location ?? 'denied',
    loginCount: 0,
    subscribe: options.subscribe ?? 'accept',
    chosenImages: [],
    tapping: false,
    observers: [],
    // Screen (医保码): brightness 0–1 and keep-screen-on, as the app set them.
    brightness: 0.4,
    keepScreenOn: false,
    // Photo album permission: undefined (never asked), true, or false (refused); saved image paths.
    album: options.album,
    saved: [],
    // Drawing calls on 2d canvases, per canvas selector (fillRect count and texts of the latest drawing), and every
    // selector a drawing was asked for, in order.
    canvases: new Map(),
    canvasDraws: [],
  }

  /** Runs success/fail/complete like WeChat (asynchronously); returns a promise when no callback is given. */
  function async(name, run) {
    return (opts = {}) => {
      const promise = new Promise((resolve, reject) => {
        hostSetTimeout(() => {
          Promise.resolve()
            .then(() => run(opts))
            .then(
              (result) => resolve(ok(name, result)),
              (error) => reject({ errMsg: `${name}:fail ${error?.message ?? error}` }),
            )
        }, 0)
      })
      promise.then(
        (res) => {
          opts.success?.(res)
          opts.complete?.(res)
        },
        (err) => {
          opts.fail?.(err)
          opts.complete?.(err)
        },
      )
      if (!opts.success && !opts.fail && !opts.complete) return promise
      promise.catch(() => undefined)
      return undefined
    }
  }

  /** A UI prompt the test answers: resolves when `answer` is called. */
  function prompt(list, name, opts) {
    return new Promise((resolve, reject) => {
      list.push({ ...opts, answer: (result) => resolve(ok(name, result)), fail: (msg) => reject(new Error(msg)) })
    })
  }

  const storageInfo = () => ({ keys: [...storage.keys()], currentSize: [...storage.values()].join('').length / 1024, limitSize: 10240 })

  const simulated = {
    // Storage: strings in, strings out, as the app only stores strings.
    getStorageSync: (key) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key, value) => void storage.set(key, value),
    removeStorageSync: (key) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: storageInfo,
    getStorage: async('getStorage', ({ key }) => {
      if (!storage.has(key)) throw new Error('data not found')
      return { data: storage.get(key) }
    }),
    setStorage: async('setStorage', ({ key, data }) => void storage.set(key, data)),
    removeStorage: async('removeStorage', ({ key }) => void storage.delete(key)),
    getStorageInfo: async('getStorageInfo', storageInfo),

    // Session
    login: async('login', () => ({ code: `weapp-test-${++state.loginCount}` })),
    checkSession: async('checkSession', () => ({})),

    // Device
    getSystemInfoSync: () => ({ ...generic.getSystemInfoSync(), ...WINDOW }),
    getWindowInfo: () => ({ ...generic.getWindowInfo(), ...WINDOW }),
    getSystemInfo: async('getSystemInfo', () => ({ ...generic.getSystemInfoSync(), ...WINDOW })),
    makePhoneCall: async('makePhoneCall', () => ({})),
    setClipboardData: async('setClipboardData', ({ data }) => void storage.set('__clipboard__', data)),
    getSetting: async('getSetting', () => ({
      authSetting: {
        'scope.userLocation': state.location === 'denied' ? false : true,
        ...(state.album === undefined ? {} : { 'scope.writePhotosAlbum': state.album }),
      },
    })),
    openSetting: async('openSetting', () => ({ authSetting: { 'scope.userLocation': state.location !== 'denied' } })),
    authorize: async('authorize', () => {
      if (state.location === 'denied') throw new Error('auth deny')
      return {}
    }),
    getLocation: async('getLocation', () => {
      if (state.location === 'denied') throw new Error('auth deny')
      return { ...state.location, accuracy: 20, speed: 0, altitude: 0 }
    }),
    openLocation: async('openLocation', () => ({})),
    getScreenBrightness: async('getScreenBrightness', () => ({ value: state.brightness })),
    setScreenBrightness: async('setScreenBrightness', ({ value }) => void (state.brightness = value)),
    setKeepScreenOn: async('setKeepScreenOn', ({ keepScreenOn }) => void (state.keepScreenOn = keepScreenOn)),
    canvasToTempFilePath: async('canvasToTempFilePath', ({ canvas }) => ({
      tempFilePath: `wxfile://tmp/${canvas?.selector ?? 'canvas'}.png`,
    })),
    // WeChat asks for the album permission on first use; the test's `album` option is the answer.
    saveImageToPhotosAlbum: async('saveImageToPhotosAlbum', ({ filePath }) => {
      if (state.album === false) throw new Error('saveImageToPhotosAlbum:fail auth deny')
      state.album = true
      state.saved.push(filePath)
      return {}
    }),
    chooseMedia: async('chooseMedia', () => {
      const next = state.chosenImages.shift()
      if (!next) throw new Error('cancel')
      return { tempFiles: next, type: 'image' }
    }),
    chooseImage: async('chooseImage', () => {
      throw new Error('cancel')
    }),
    previewImage: async('previewImage', () => ({})),
    // WeChat only shows the subscription prompt from inside a tap handler; called later, it fails.
    requestSubscribeMessage: (opts) => {
      const inTap = state.tapping
      return async('requestSubscribeMessage', ({ tmplIds }) => {
        if (!inTap) throw new Error('can only be invoked by user TAP gesture.')
        return Object.fromEntries((tmplIds ?? []).map((id) => [id, state.subscribe]))
      })(opts)
    },
    request: async('request', ({ url }) => {
      throw new Error(`no network in the weapp harness (${url})`)
    }),

    // UI feedback
    showToast: async('showToast', (opts) => void ui.toasts.push(opts.title)),
    hideToast: async('hideToast', () => ({})),
    showLoading: async('showLoading', (opts) => void (ui.loading = opts.title)),
    hideLoading: async('hideLoading', () => void (ui.loading = null)),
    showModal: async('showModal', (opts) => prompt(ui.modals, 'showModal', opts)),
    showActionSheet: async('showActionSheet', (opts) => prompt(ui.actionSheets, 'showActionSheet', opts)),
    setNavigationBarTitle: async('setNavigationBarTitle', ({ title }) => void host.setTitle(title)),
    setNavigationBarColor: async('setNavigationBarColor', () => ({})),
    startPullDownRefresh: async('startPullDownRefresh', () => ({})),
    stopPullDownRefresh: async('stopPullDownRefresh', () => ({})),
    pageScrollTo: async('pageScrollTo', () => ({})),
    nextTick: (fn) => setTimeout(fn, 0),

    // Navigation: the host's page stack
    navigateTo: async('navigateTo', ({ url }) => host.navigateTo(url)),
    redirectTo: async('redirectTo', ({ url }) => host.redirectTo(url)),
    navigateBack: async('navigateBack', ({ delta } = {}) => host.navigateBack(delta ?? 1)),
    switchTab: async('switchTab', ({ url }) => host.switchTab(url)),
    reLaunch: async('reLaunch', ({ url }) => host.reLaunch(url)),
    createSelectorQuery: () => selectorQuery(),
    createIntersectionObserver: (component, opts = {}) => intersectionObserver(component, opts),
  }

  /**
   * Intersection observers are kept so the host can fire them: jsdom has no layout, so the host says when a
   * scroll-view reached its end (see host `scrollToLower`), and the observers watching inside it are told.
   */
  function intersectionObserver(component, opts) {
    const observer = { component, options: opts, relativeTo: null, target: null, callback: null, live: true }
    const api = {
      relativeTo: (selector, margins) => {
        observer.relativeTo = { selector, margins }
        return api
      },
      relativeToViewport: (margins) => {
        observer.relativeTo = { selector: null, margins }
        return api
      },
      observe: (selector, callback) => {
        observer.target = selector
        observer.callback = callback
        state.observers.push(observer)
        return api
      },
      disconnect: () => {
        observer.live = false
      },
    }
    return api
  }

  /** A stand-in 2d canvas: records fillRect calls and texts per selector in `state.canvases`. */
  function canvasNode(selector) {
    const record = { fillRects: 0, texts: [] }
    state.canvases.set(selector, record)
    state.canvasDraws.push(selector)
    const ctx = new Proxy(
      { measureText: (text) => ({ width: String(text).length * 14 }) },
      {
        get(target, name) {
          if (name in target) return target[name]
          if (name === 'fillRect') return () => void record.fillRects++
          if (name === 'fillText') return (text) => void record.texts.push(String(text))
          return () => undefined
        },
        set: () => true,
      },
    )
    return { selector, width: 0, height: 0, getContext: () => ctx }
  }

  /** A chainable query; nodes measure as the phone's window (jsdom has no layout). */
  function selectorQuery() {
    const results = []
    const query = {
      in: () => query,
      select: (selector) => node(selector, false),
      selectAll: (selector) => node(selector, true),
      selectViewport: () => node('viewport', false),
      exec: (cb) => {
        hostSetTimeout(() => cb?.(results.map((r) => r())), 0)
        return query
      },
    }
    function node(selector, all) {
      const rect = {
        id: '',
        dataset: {},
        left: 0,
        top: 0,
        right: WINDOW.windowWidth,
        bottom: WINDOW.windowHeight,
        width: WINDOW.windowWidth,
        height: WINDOW.windowHeight,
      }
      const one = () => (all ? [rect] : rect)
      const fields = {
        boundingClientRect: (cb) => push(() => one(), cb),
        scrollOffset: (cb) =>
          push(() => ({ scrollTop: 0, scrollLeft: 0, scrollWidth: WINDOW.windowWidth, scrollHeight: WINDOW.windowHeight }), cb),
        // A 2d canvas node for `fields({ node: true })`: its context records what is drawn (jsdom cannot draw).
        fields: (f, cb) => push(() => (f?.node ? { ...one(), node: canvasNode(selector) } : one()), cb),
        node: (cb) => push(() => ({ node: null }), cb),
        context: (cb) => push(() => ({ context: null }), cb),
      }
      function push(make, cb) {
        results.push(() => {
          const value = make()
          cb?.(value)
          return value
        })
        return query
      }
      void selector
      return fields
    }
    return query
  }

  const target = { ...generic, ...simulated }
  const WRITES = new Set(['setStorageSync', 'removeStorageSync', 'clearStorageSync', 'setStorage', 'removeStorage', 'clearStorage'])

  /**
   * A `wx` for one run of the mini-program. When the app is closed (a cold start makes a new one), its old `wx`
   * goes dead: leftover timers of the closed app can no longer write storage or get callbacks.
   */
  let current = null
  function session() {
    const self = { alive: true }
    if (current) current.alive = false
    current = self
    delete target.webpackJsonp
    return new Proxy(target, {
      get(t, name) {
        const value = t[name]
        if (typeof value !== 'function' || typeof name !== 'string' || !Object.hasOwn(t, name)) return value
        return (...args) => {
          if (!self.alive) {
            // A closed app: synchronous reads still answer; writes and asynchronous calls do nothing.
            const read = name.endsWith('Sync') && !WRITES.has(name)
            return read ? value.apply(t, args) : undefined
          }
          calls.push({ api: name, args: args.map(plain), duringTap: state.tapping })
          return value.apply(t, args)
        }
      },
    })
  }
  return { session, calls, storage, ui, state }
}

/** What a test can compare: the call's arguments without callbacks. */
function plain(arg) {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg)) return arg
  return Object.fromEntries(Object.entries(arg).filter(([, v]) => typeof v !== 'function'))
}
