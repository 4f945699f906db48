// Screen-reader names on the production weapp build: every tappable element on every page has a label or text that
// WeChat's reader can speak, and carries a role (config/weapp-aria renders `role` as WXML `aria-role`).
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { PAGES_LAUNCH, visitPage } from './harness/pages.mjs'

const root = process.env.WEAPP_DIR ?? 'dist/weapp'
const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const routes = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]

/**
 * Tappable elements: buttons, and views/texts/images with a widget role. The weapp-aria runtime gives every view with a
 * tap listener and no role of its own aria-role="button" (config/weapp-aria/runtime.js), so this covers them all.
 */
/** An aria attribute as the template set it (exparser records aria-label as the property ariaLabel). */
const aria = (el, name) => String(el.attrs[`aria-${name}`] ?? el.attrs[`aria${name[0].toUpperCase()}${name.slice(1)}`] ?? '')
const WIDGETS = new Set(['button', 'radio', 'checkbox', 'switch', 'link', 'tab', 'option'])
const tappable = (el) => el.tag === 'button' || WIDGETS.has(aria(el, 'role'))
/** What a reader can say: the label, or text that is more than a symbol. */
const spoken = (el) => aria(el, 'label').trim() || el.text.replace(/[\s›▾×＋✓]/g, '')

describe('weapp screen-reader names', () => {
  let app
  before(async () => {
    app = await launch(PAGES_LAUNCH)
  })

  for (const route of routes) {
    it(`${route}: every tappable element has a label or text`, async () => {
      await visitPage(app, route)
      const silent = app
        .findAll(tappable)
        .filter((el) => !spoken(el))
        .map((el) => `<${el.tag} aria-role="${aria(el, 'role')}" class="${el.attrs.class ?? ''}">`)
      assert.deepEqual(silent, [], `${route}: tappable elements a reader cannot name`)
    })
  }

  it('names the controls on the home page: the acting-for region, the switch chip, the entries as buttons', async () => {
    await visitPage(app, 'pages/home/index')
    assert.ok(app.find({ label: '当前办理人：本人李明' }), 'the acting-for bar is a labelled region')
    const chip = app.find((el) => aria(el, 'role') === 'button' && /切换办理人|添加家人/.test(aria(el, 'label')))
    assert.ok(chip, 'the switch chip is a button with a name')
    // Views with only a tap listener get aria-role="button" from the run time (no role written in the page).
    const entries = app.findAll((el) => aria(el, 'role') === 'button' && String(el.attrs.class ?? '').includes('home-entry'))
    assert.ok(entries.length >= 4, `home entries announced as buttons: ${entries.length}`)
  })

  it('speaks each contribution bar as year, months and amount', async () => {
    await visitPage(app, 'subpackages/records/pages/contributions/index')
    const bars = app.findAll((el) => /^\d{4}年 缴费 .+ 共 ¥/.test(aria(el, 'label')))
    assert.ok(bars.length > 0, 'chart bars carry their spoken label')
    assert.ok(bars.every((el) => aria(el, 'role') === 'img'))
  })
})
