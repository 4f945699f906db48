// Steps several journeys share: Taro h5's picker, labelled fields, native-style modals, and the filing flow.
import assert from 'node:assert/strict'
import { visible } from './harness.mjs'

const LINE = 34 // Taro h5 picker row height

/** Scrolls each column of the open picker to the given text (null: leave it), as a finger would, then confirms. */
export async function pick(page, columns) {
  const picker = page.locator('.weui-picker').locator('visible=true').first()
  await picker.waitFor()
  for (const [i, text] of columns.entries()) {
    if (text == null) continue
    const group = picker.locator('.weui-picker__group').nth(i)
    for (let guard = 0; guard < 20; guard++) {
      const items = await group.locator('.weui-picker__item').allTextContents()
      const target = items.indexOf(text)
      assert.ok(target >= 0, `${text} is not in picker column ${i}: ${items.slice(0, 10).join(',')}…`)
      const transform = await group.locator('.weui-picker__content').evaluate((el) => el.style.transform)
      const current = Math.round((102 - Number(/,\s*(-?[\d.]+)px/.exec(transform)[1])) / LINE)
      if (current === target) break
      // The column ends a drag when the pointer leaves it: move at most 5 rows per drag.
      const rows = Math.max(-5, Math.min(5, current - target))
      const box = await group.boundingBox()
      const x = box.x + box.width / 2
      // Dragging down by n rows moves the selection n rows up the list.
      const from = rows > 0 ? box.y + 20 : box.y + box.height - 20
      await page.mouse.move(x, from)
      await page.mouse.down()
      await page.mouse.move(x, from + rows * LINE, { steps: 8 })
      await page.mouse.up()
      await page.waitForTimeout(350)
    }
  }
  await picker.getByText('确定', { exact: true }).click()
}

/** Types into the input or textarea of the field with this aria-label. */
export async function fillLabelled(page, label, value) {
  await page.locator(`[aria-label="${label}"]`).locator('visible=true').first().locator('input, textarea').first().fill(value)
}

/** Taro h5's showModal: press its confirm button. */
export async function confirmModal(page) {
  const button = page.locator('.taro-model__confirm').locator('visible=true')
  await button.waitFor()
  await button.click()
}

export const FILING_START = 'subpackages/filing/pages/start/index'
export const FILING_LIST = 'subpackages/filing/pages/list/index'

/** From the filing start page: a long-term filing for the current person to 广州, up to the 承诺书 preview. */
export async function fileLongTermForSelf(app, options = {}) {
  const page = await app.open(FILING_START, options)
  await visible(page, '你为什么要去外地看病').waitFor({ timeout: 15000 })
  await visible(page, '我住在外地').click()
  await visible(page, '户口没迁').click()
  await visible(page, '异地长期居住人员').waitFor()
  await visible(page, '报销比例和在参保地一样').waitFor()
  await visible(page, '开始填写').click()
  await visible(page, '请选择省份和城市').click()
  await pick(page, ['广东省', '广州市'])
  await visible(page, '广东省广州市').waitFor()
  await fillLabelled(page, '联系电话', '13872451234')
  await fillLabelled(page, '居住地址', '广州市天河区体育西路1号')
  await visible(page, '下一步：核对备案表').click()
  await visible(page, '跨省异地就医登记备案表').waitFor()
  await visible(page, '本人承诺符合该类人员的备案条件').waitFor()
  return page
}

export async function confirmPledgeAndSubmit(page) {
  await visible(page, '我已阅读并确认以上承诺').click()
  await visible(page, '确认承诺并提交').click()
}
