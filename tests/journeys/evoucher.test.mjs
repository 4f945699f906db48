import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { signedIn, useApp, visible } from './harness.mjs'

const CODE_PAGE = 'subpackages/evoucher/pages/code/index'

/** The drawn QR (an image of the token) on the 医保码 page. */
const qrImage = (page) => page.locator('img.ev-qr, .ev-qr img').locator('visible=true').first()

async function qrSource(page) {
  const image = qrImage(page)
  await image.waitFor()
  return page.evaluate((el) => (el.tagName === 'IMG' ? el.src : el.querySelector('img')?.src), await image.elementHandle())
}

describe('医保码 and 参保证明', () => {
  const app = useApp()

  it('shows Mum’s 医保码 while acting for her, refreshes it, and hides it when the phone goes offline', async () => {
    const page = await app.open()
    await signedIn(page)
    // From the member page of a bound relative: 出示…的医保码（亲情码）.
    await page.goto(page.url().replace(/#.*/, '#/subpackages/family/pages/list/index'))
    await page.locator('.family-member', { hasText: '王秀英' }).locator('visible=true').click()
    await visible(page, '出示王秀英的医保码（亲情码）').click()

    // Whose code it is, in large type, with the amber acting-for bar.
    await visible(page, '王秀英（母亲）的医保码').waitFor()
    await visible(page, '正在代母亲办理').waitFor()
    await visible(page, '亲情码：您正在替王秀英出示').waitFor()
    await visible(page, '王*英').waitFor()
    await visible(page, '4304**********2429').waitFor()
    await visible(page, '参保地 湖南省衡阳市').waitFor()
    await visible(page, '秒后自动刷新').waitFor()
    const first = await qrSource(page)
    assert.match(first, /^data:image\/png;base64,/)

    // 刷新 gives a new code (a new token draws a different QR).
    await page.getByText('刷新', { exact: true }).locator('visible=true').first().click()
    await page.waitForFunction(
      (before) => [...document.querySelectorAll('img.ev-qr, .ev-qr img')].some((img) => img.src && img.src !== before),
      first,
    )

    // Offline: the code disappears and the page says a code needs a connection.
    await page.context().setOffline(true)
    await visible(page, '网络未连接').waitFor()
    await visible(page, '医保码需要联网生成').waitFor()
    assert.equal(await qrImage(page).count(), 0)
    await page.context().setOffline(false)
    await qrImage(page).waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('opens the 医保码 from the home page for oneself', async () => {
    const page = await app.open()
    await signedIn(page)
    await page.locator('.home-code').locator('visible=true').click()
    await visible(page, '李明的医保码').waitFor()
    await visible(page, '李*').waitFor()
    await qrImage(page).waitFor()
    assert.ok(page.url().includes(CODE_PAGE))
  })

  it('generates a 参保证明 for 李建国, downloads it and verifies its code', async () => {
    const page = await app.open()
    await signedIn(page)
    await page.goto(page.url().replace(/#.*/, '#/subpackages/evoucher/pages/certificate/index?personId=P003'))
    await visible(page, '正在代父亲办理').waitFor()
    await visible(page, '李建国的参保证明').waitFor()
    await visible(page, '近3年').click()
    await visible(page, '生成参保证明').click()
    await visible(page, '演示证明').waitFor()
    const image = page.locator('img.ev-cert, .ev-cert img').locator('visible=true').first()
    await image.waitFor()
    const code = (await page.locator('.ev-code').locator('visible=true').first().textContent()).trim()
    assert.match(code, /^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)

    // h5: the image downloads as a PNG.
    const [download] = await Promise.all([page.waitForEvent('download'), visible(page, '下载图片（PNG）').click()])
    assert.match(download.suggestedFilename(), /^参保证明-.*\.png$/)

    // Verify it: the facts come back from the server.
    await visible(page, '核验此证明').click()
    await visible(page, '参保证明验证码').waitFor()
    await page.getByText('核验', { exact: true }).locator('visible=true').first().click()
    await visible(page, '核验通过').waitFor()
    await visible(page, '李*国').waitFor()
    await visible(page, '城乡居民医保').waitFor()

    // A changed character fails the check digit at the field; a well-formed unknown code is not found.
    const input = page.locator('input[placeholder="输入16位验证码"]').locator('visible=true')
    const changed = code.slice(0, 5) + (code[5] === 'A' ? 'B' : 'A') + code.slice(6)
    await input.fill(changed)
    await page.getByText('核验', { exact: true }).locator('visible=true').first().click()
    await visible(page, '校验位不符').waitFor()
    await input.fill('0000-0000-0000-0000')
    await page.getByText('核验', { exact: true }).locator('visible=true').first().click()
    await visible(page, '未通过核验').waitFor()
    assert.deepEqual(page.errors, [])
  })
})
