import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { auditState } from './a11y.mjs'
import { signedIn, useApp, visible } from './harness.mjs'

/** What has keyboard focus now: its name, and whether a focus ring is drawn. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body) return null
    const cs = getComputedStyle(el)
    const r = el.getBoundingClientRect()
    // A control's name: its label, or its text when it is a control (a focusable list is named by its label only).
    const control = el.matches('[role=button],[role=radio],[role=checkbox],[role=switch],[role=spinbutton],input,textarea,button')
    const text = control ? (el.textContent ?? '').trim().slice(0, 60) : ''
    // Taro's Input and Textarea put the native field inside an element that carries the label.
    const label =
      el.getAttribute('aria-label') ??
      (el.matches('input,textarea') ? el.parentElement?.closest('[aria-label]')?.getAttribute('aria-label') : null)
    const name = [label, el.getAttribute('aria-valuetext'), text].filter(Boolean).join(' ')
    return { name, ring: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2, shown: r.width > 0 && r.height > 0 }
  })
}

/** Presses Tab (or Shift+Tab) until the focused element's name contains `name`; every stop must show its focus. */
async function tabTo(page, name, { back = false, max = 90 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    let now = await focused(page)
    if (!now) continue
    if (!now.shown) {
      // A section that has just appeared may still be laying out.
      await page.waitForTimeout(300)
      now = await focused(page)
      // It was a loading placeholder the page has since replaced: focus starts again from the page, keep tabbing.
      if (!now) continue
    }
    assert.ok(now.shown, `focus went to something not on screen: ${now.name}`)
    assert.ok(now.ring, `no visible focus ring on “${now.name}”`)
    if (now.name.includes(name)) return now
  }
  throw new Error(`Tab never reached “${name}”`)
}

/** Arrow keys on the focused picker column until it shows `text`. */
async function spinTo(page, text) {
  for (let i = 0; i < 60; i++) {
    const now = await focused(page)
    if (now?.name.includes(text)) return
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(60)
  }
  throw new Error(`the picker column never showed ${text}`)
}

describe('accessibility', () => {
  const app = useApp()

  it('files a 承诺制 long-term filing for mother with the keyboard only (Tab, Enter, Space), focus always visible', async () => {
    const page = await app.open('pages/home/index')
    await signedIn(page)

    // Switch to 王秀英 through the acting-for bar.
    await tabTo(page, '切换办理人')
    await page.keyboard.press('Enter')
    await visible(page, '选择为谁办理').waitFor()
    assert.equal(await auditState(page, 'person switcher open'), '')
    await tabTo(page, '王秀英')
    await page.keyboard.press(' ')
    await visible(page, '正在代').waitFor()
    assert.equal(await page.locator('.acting-for[aria-label="正在代王秀英办理"]').locator('visible=true').count(), 1)

    // 异地就医备案 → the questions → 异地长期居住人员.
    await tabTo(page, '异地就医备案')
    await page.keyboard.press('Enter')
    await visible(page, '你为什么要去外地看病').waitFor({ timeout: 15000 })
    await tabTo(page, '我住在外地')
    await page.keyboard.press('Enter')
    await tabTo(page, '户口没迁')
    await page.keyboard.press(' ')
    await visible(page, '异地长期居住人员').waitFor()
    await tabTo(page, '开始填写')
    await page.keyboard.press('Enter')

    // The form: the region picker by arrow keys, then the text fields.
    await tabTo(page, '请选择省份和城市')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.activeElement?.classList.contains('weui-picker__group'))
    await spinTo(page, '广东省')
    await page.keyboard.press('Tab')
    await spinTo(page, '广州市')
    await tabTo(page, '确定', { back: true })
    await page.keyboard.press('Enter')
    await visible(page, '广东省广州市').waitFor()
    // Focus returns to the field it came from.
    await page.waitForFunction(() => /广东省广州市/.test(document.activeElement?.textContent ?? ''), null, { timeout: 5000 })
    assert.ok((await focused(page))?.ring, 'the field shows its focus ring again')

    await tabTo(page, '联系电话')
    await page.keyboard.type('13872451234')
    await tabTo(page, '居住地址')
    await page.keyboard.type('广州市天河区体育西路1号')
    await tabTo(page, '下一步：核对备案表')
    await page.keyboard.press('Enter')

    // The 承诺书: tick with Space, submit with Enter.
    await visible(page, '跨省异地就医登记备案表').waitFor({ timeout: 10000 })
    await tabTo(page, '我已阅读并确认以上承诺')
    await page.keyboard.press(' ')
    await tabTo(page, '确认承诺并提交')
    await page.keyboard.press('Enter')
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '已备案').waitFor()
    await visible(page, '王秀英').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('announces a field error where it appears (role=alert next to the field)', async () => {
    const page = await app.open('subpackages/filing/pages/form/index?category=long-term-resident')
    await visible(page, '联系电话').waitFor({ timeout: 15000 })
    await page.locator('[aria-label="联系电话"]').locator('visible=true').first().locator('input').fill('123')
    await visible(page, '下一步：核对备案表').click()
    const alert = page.locator('.field-error[role="alert"]').locator('visible=true').first()
    await alert.waitFor()
    assert.match(await alert.textContent(), /手机|号码|电话/)
    assert.equal(await auditState(page, 'filing form with errors'), '')
  })

  it('keeps every text inside its container at 1.5× system font size, normal and 关怀模式', async () => {
    const routes = [
      'pages/home/index',
      'pages/me/index',
      'subpackages/filing/pages/start/index',
      'subpackages/filing/pages/form/index?category=long-term-resident',
      'subpackages/records/pages/contributions/index',
      'subpackages/family/pages/list/index',
    ]
    const context = await app.newContext()
    const overflows = []
    for (const care of [false, true]) {
      if (care)
        await context.addInitScript(() =>
          localStorage.setItem('care-mode', JSON.stringify({ data: JSON.stringify({ state: { enabled: true }, version: 0 }) })),
        )
      for (const route of routes) {
        const page = await context.newPage()
        await page.goto(`${app.url}?mock=fast&fontScale=1.5#/${route}`)
        await page.locator('.page.fs-150').locator('visible=true').first().waitFor({ timeout: 15000 })
        await page.waitForFunction(() => !document.querySelector('.taro_page:last-child [aria-busy="true"]'), null, { timeout: 15000 })
        await page.waitForTimeout(300)
        const found = await page.evaluate(() => {
          const width = document.documentElement.clientWidth
          const scrollsSideways = (el) => {
            for (let p = el.parentElement; p; p = p.parentElement) {
              const o = getComputedStyle(p).overflowX
              if ((o === 'auto' || o === 'scroll') && p.scrollWidth > p.clientWidth) return true
            }
            return false
          }
          const out = []
          for (const el of document.querySelectorAll('.page *')) {
            const text = [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()).map((n) => n.textContent.trim())
            if (text.length === 0 || el.getClientRects().length === 0 || scrollsSideways(el)) continue
            const r = el.getBoundingClientRect()
            const parent = el.parentElement.getBoundingClientRect()
            // Badges placed over a corner on purpose (position: absolute) only have to stay on screen.
            const placed = getComputedStyle(el).position === 'absolute'
            const outOfParent = !placed && (r.right > parent.right + 1 || r.left < parent.left - 1)
            if (r.right > width + 1 || r.left < -1 || outOfParent || el.scrollWidth > el.clientWidth + 1) {
              out.push(
                `${text.join('').slice(0, 30)} (${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(parent.left)}–${Math.round(parent.right)})`,
              )
            }
          }
          return out
        })
        overflows.push(...found.map((f) => `${route}${care ? ' (关怀模式)' : ''}: ${f}`))
        await page.close()
      }
    }
    assert.deepEqual(overflows, [])
  })
})
