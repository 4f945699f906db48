import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { signedIn, tapTab, useApp, visible } from './harness.mjs'

describe('foundation', () => {
  const app = useApp()

  it('logs in and reaches each tab', async () => {
    const page = await app.open()
    await signedIn(page)
    await visible(page, '异地就医备案').waitFor()
    await visible(page, '政策问答').waitFor()
    await tapTab(page, '办事')
    await visible(page, '新增异地就医备案').waitFor()
    await tapTab(page, '查询')
    await visible(page, '缴费记录').waitFor()
    await tapTab(page, '我的')
    await visible(page, '关怀模式').waitFor()
    await visible(page, '4208**********1733').waitFor()
    await tapTab(page, '首页')
    await visible(page, '您好，李明').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('shows the unread message count on the home page', async () => {
    const page = await app.open()
    await signedIn(page)
    const badge = page.locator('.home-hero__badge').locator('visible=true')
    await badge.waitFor()
    assert.equal(await badge.textContent(), '2')
  })

  it('switches 关怀模式 on, restarts, and it is still on with larger text', async () => {
    const context = await app.newContext()
    const page = await app.open('pages/me/index', { context })
    await visible(page, '关怀模式').waitFor()
    const title = () => page.locator('.me-care__title').locator('visible=true')
    const before = parseFloat(await title().evaluate((el) => getComputedStyle(el).fontSize))
    await page.locator('.me-care__switch').locator('visible=true').click()
    await page.locator('.page.care').locator('visible=true').first().waitFor()

    await page.reload()
    await page.locator('.page.care').locator('visible=true').first().waitFor()
    const after = parseFloat(await title().evaluate((el) => getComputedStyle(el).fontSize))
    assert.ok(after >= before * 1.25, `care-mode text ${after}px should be ≥ 1.25 × ${before}px`)
    const row = page.locator('.menu-list__row').locator('visible=true').first()
    const height = await row.evaluate((el) => el.getBoundingClientRect().height)
    assert.ok(height >= 48, `touch target ${height}px should be ≥ 48px`)
  })

  it('with the network off, a page shows a clear error and recovers on retry', async () => {
    const page = await app.open('pages/me/index')
    await visible(page, '开发者设置').click()
    await page.getByRole('switch', { name: '离线' }).or(page.locator('[aria-label="离线"]')).locator('visible=true').first().click()
    await page.goBack()
    await visible(page, '消息中心').click()
    await visible(page, '网络连接失败，请检查网络后重试').waitFor()
    // Still offline: retrying keeps a clear error rather than a blank page.
    await visible(page, '重试').click()
    await visible(page, '网络连接失败，请检查网络后重试').waitFor()

    await page.goBack()
    await visible(page, '开发者设置').click()
    await page.locator('[aria-label="离线"]').locator('visible=true').first().click()
    await page.goBack()
    await visible(page, '消息中心').click()
    await visible(page, '欢迎使用随行医保').waitFor()
  })

  it('when the session is offline from the start, the login gate explains and offers retry', async () => {
    const page = await app.open('pages/home/index', { mock: 'fast,offline' })
    await visible(page, '登录失败').waitFor()
    await visible(page, '网络连接失败，请检查网络后重试').waitFor()
    await visible(page, '重试').waitFor()
  })
})
