// The weapp step's own tests: the host keeps WeChat's page lifecycles in order, and the smoke test fails on a
// damaged build (a broken template, a page that throws on load) instead of passing it.
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const BUILD = resolve(process.env.WEAPP_DIR ?? 'dist/weapp')

/** Runs the smoke test on one page of `root`; resolves its exit status and output. */
function smoke(root, pages) {
  // A run of its own, not a subtest of this one (node:test marks its child processes with NODE_TEST_CONTEXT).
  const env = { ...process.env }
  delete env.NODE_TEST_CONTEXT
  const child = spawn(process.execPath, ['--test', '--test-reporter=spec', 'tests/weapp/smoke.test.mjs'], {
    env: { ...env, WEAPP_DIR: root, WEAPP_PAGES: pages, WEAPP_WAIT_MS: '2500' },
  })
  let output = ''
  child.stdout.on('data', (d) => (output += d))
  child.stderr.on('data', (d) => (output += d))
  return new Promise((done) => child.on('close', (status) => done({ status, output })))
}

describe('the weapp harness', () => {
  let app
  before(async () => {
    app = await launch()
    await app.waitFor('您好，李明')
  })

  it('runs page lifecycles in WeChat’s order through navigateTo, navigateBack, switchTab and reLaunch', async () => {
    const from = app.lifecycles.length
    await app.navigateTo('/subpackages/common/pages/messages/index?from=test')
    await app.waitForRoute('subpackages/common/pages/messages/index')
    assert.deepEqual(app.page.query, { from: 'test' })
    await app.back()
    await app.waitForRoute('pages/home/index')
    await app.tapTab('我的')
    await app.waitForRoute('pages/me/index')
    await app.tapTab('首页')
    await app.waitForRoute('pages/home/index')
    await app.reLaunch('/subpackages/qa/pages/index/index')
    await app.waitForRoute('subpackages/qa/pages/index/index')
    const msg = 'subpackages/common/pages/messages/index'
    assert.deepEqual(app.lifecycles.slice(from), [
      'pages/home/index.onHide',
      `${msg}.onLoad`,
      `${msg}.onShow`,
      `${msg}.onReady`,
      `${msg}.onUnload`,
      'pages/home/index.onShow',
      'pages/home/index.onHide',
      'pages/me/index.onLoad',
      'pages/me/index.onShow',
      'pages/me/index.onReady',
      'pages/me/index.onHide',
      'pages/home/index.onShow',
      // reLaunch closes every page, the hidden tab page too.
      'pages/home/index.onUnload',
      'pages/me/index.onUnload',
      'subpackages/qa/pages/index/index.onLoad',
      'subpackages/qa/pages/index/index.onShow',
      'subpackages/qa/pages/index/index.onReady',
    ])
    assert.deepEqual(app.stack, ['subpackages/qa/pages/index/index'])
    // navigateTo refuses a tab page, as WeChat does.
    await assert.rejects(app.navigateTo('/pages/me/index'), (error) => /can not navigateTo a tabbar page/.test(error.errMsg))
    assert.deepEqual(app.errors, [])
  })
})

/**
 * Copies of the build, each damaged one way; the smoke test runs on all of them at once. The page that throws is
 * run with an undamaged page next to it (the control: the same run passes where nothing was broken).
 */
const DAMAGE = {
  // A template that compiles but renders the wrong field: the page's text is missing.
  textTemplate: (root) => edit(join(root, 'base.wxml'), '<block>{{i.v}}</block>', '<block>{{i.vv}}</block>'),
  // Markup WeChat's compiler rejects.
  malformed: (root) => edit(join(root, 'pages/me/index.wxml'), '<template is="taro_tmpl"', '<view><template is="taro_tmpl"'),
  // A page whose onLoad throws.
  throws: (root) =>
    edit(
      join(root, 'pages/me/index.js'),
      /Page\((\w+)\)/,
      'Page(Object.assign($1,{onLoad:function(){throw new Error("injected: the page throws on load")}}))',
    ),
}

function edit(file, from, to) {
  const text = readFileSync(file, 'utf8')
  const next = text.replace(from, to)
  assert.notEqual(next, text, `${file} has no ${from}`)
  writeFileSync(file, next)
}

describe('the smoke test on a damaged build', () => {
  let dir
  const runs = {}
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'weapp-damaged-'))
    for (const [name, damage] of Object.entries(DAMAGE)) {
      const root = join(dir, name)
      cpSync(BUILD, root, { recursive: true })
      damage(root)
      runs[name] = smoke(root, name === 'throws' ? 'pages/me/index,pages/services/index' : 'pages/me/index')
    }
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('fails when a template renders the wrong field (text missing from the page)', async () => {
    const { status, output } = await runs.textTemplate
    assert.notEqual(status, 0)
    assert.match(output, /rendered text differs from Taro's data tree/)
  })

  it('fails when a template is malformed (WeChat’s compiler rejects it)', async () => {
    const { status, output } = await runs.malformed
    assert.notEqual(status, 0)
    assert.match(output, /pages\/me\/index\.wxml/)
  })

  it('fails when a page throws on load, and passes the page next to it', async () => {
    const { status, output } = await runs.throws
    assert.notEqual(status, 0)
    assert.match(output, /✖ pages\/me\/index: [^\n]*\n[\s\S]*injected: the page throws on load/)
    assert.match(output, /✔ pages\/services\/index: /)
  })
})
