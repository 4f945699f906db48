import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tapTab, useApp, visible } from './harness.mjs'

const yuan = (text) => Math.round(Number(text.replace(/[¥,\s]/g, '').match(/-?\d+(\.\d+)?/)[0]) * 100)

describe('records', () => {
  const app = useApp()

  it('sees my own account balance, and it matches the newest entry of the flow', async () => {
    const page = await app.open('pages/records/index')
    await visible(page, '李明的医保记录').waitFor({ timeout: 15000 })
    await visible(page, '个人账户').click()
    await visible(page, '个人账户余额').waitFor()
    const balance = await page.locator('.rec-big').locator('visible=true').first().textContent()
    assert.match(balance, /^¥[\d,]+\.\d{2}$/)
    await visible(page, '更新于').waitFor()
    const newest = await page.locator('.rec-entry .rec-entry__meta', { hasText: '余额' }).locator('visible=true').first().textContent()
    assert.equal(yuan(newest), yuan(balance))
    assert.deepEqual(page.errors, [])
  })

  it('switches to Mum and sees her contributions for 2023', async () => {
    const page = await app.open('pages/records/index')
    await visible(page, '李明的医保记录').waitFor({ timeout: 15000 })
    await page.locator('.acting-for').locator('visible=true').click()
    await page.locator('.acting-sheet__person', { hasText: '王秀英' }).locator('visible=true').click()
    await visible(page, '王秀英的医保记录').waitFor()
    await visible(page, '缴费记录').click()
    await visible(page, '每年缴费合计').waitFor()
    await page.locator('[aria-label^="2023年"]').locator('visible=true').click()
    await visible(page, '2023年 · 共 12 期 · 已缴合计').waitFor()
    await visible(page, '2023年12月').waitFor()
    // Nothing from other years is listed.
    const periods = await page.locator('.rec-entry .rec-entry__title').locator('visible=true').allTextContents()
    assert.ok(periods.length > 0)
    assert.ok(
      periods.every((p) => p.startsWith('2023年')),
      periods.join(','),
    )
    // Export the year as a statement card.
    await visible(page, '导出2023年缴费明细').click()
    await visible(page, '2023年度医保缴费明细').waitFor()
    assert.equal(await page.locator('.statement__row').locator('visible=true').count(), 12)
    await visible(page, '4304**********2429').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('opens a settlement and sees the three payment parts add up to the total', async () => {
    const page = await app.open('subpackages/records/pages/settlements/index?personId=P002')
    await visible(page, '荆门市第一人民医院').click()
    await visible(page, '统筹基金支付').waitFor()
    const total = yuan(await page.locator('.settlement-total').locator('visible=true').textContent())
    const parts = []
    for (const key of ['fund', 'account', 'cash']) {
      parts.push(yuan(await page.locator(`.settlement-part--${key} .rec-part__amount`).locator('visible=true').textContent()))
    }
    assert.equal(total, 1_046_380)
    assert.equal(parts[0] + parts[1] + parts[2], total)
    assert.equal(parts[1] + parts[2], 336_540)
    await visible(page, 'FS0001').waitFor()
  })

  it('goes offline and still sees the last loaded account, with an offline banner', async () => {
    const page = await app.open('pages/records/index')
    await visible(page, '李明的医保记录').waitFor({ timeout: 15000 })
    await visible(page, '个人账户').click()
    await visible(page, '个人账户余额').waitFor()
    const balance = await page.locator('.rec-big').locator('visible=true').first().textContent()
    await page.goBack()

    await tapTab(page, '我的')
    await visible(page, '开发者设置').click()
    await page.locator('[aria-label="离线"]').locator('visible=true').first().click()
    await page.goBack()
    await tapTab(page, '查询')
    await visible(page, '个人账户').click()
    await visible(page, '显示的是').waitFor()
    await visible(page, '网络连接失败').waitFor()
    assert.equal(await page.locator('.rec-big').locator('visible=true').first().textContent(), balance)
    await visible(page, '单位缴费划入').waitFor()
  })

  it('restarts without network and still sees the last loaded account, with an offline banner', async () => {
    const context = await app.newContext()
    const page = await app.open('subpackages/records/pages/account/index?personId=P001', { context })
    await visible(page, '个人账户余额').waitFor({ timeout: 15000 })
    const balance = await page.locator('.rec-big').locator('visible=true').first().textContent()
    await page.close()

    const offline = await app.open('subpackages/records/pages/account/index?personId=P001', { context, mock: 'fast,offline' })
    await visible(offline, '网络连接失败').waitFor({ timeout: 15000 })
    assert.equal(await offline.locator('.session-gate').locator('visible=true').count(), 0)
    assert.equal(await offline.locator('.rec-big').locator('visible=true').first().textContent(), balance)
  })

  it('a link about Mum points the bar at her; switching then follows the switcher', async () => {
    const page = await app.open('subpackages/records/pages/account/index?personId=P002')
    await visible(page, '正在代母亲办理').waitFor({ timeout: 15000 })
    await visible(page, '退休人员个人账户划入').waitFor()
    await page.locator('.acting-for').locator('visible=true').click()
    await page.locator('.acting-sheet__person', { hasText: '李建国' }).locator('visible=true').click()
    await visible(page, '没有个人账户').waitFor()
    await visible(page, '城乡居民医保不设个人账户').waitFor()
  })

  it('refuses records of someone I may not act for, clearly', async () => {
    const page = await app.open('subpackages/records/pages/contributions/index?personId=P004')
    await visible(page, '您没有权限查看或办理此人的业务').waitFor({ timeout: 15000 })
    assert.equal(await page.locator('.rec-entry').locator('visible=true').count(), 0)
  })

  it('scrolls 30 years of Mum’s monthly contributions to 1994 with only a screenful of rows in the page', async () => {
    const page = await app.open('subpackages/records/pages/contributions/index?personId=P002')
    await visible(page, '共 360 期').waitFor({ timeout: 15000 })
    const list = page.locator('.rec-list').locator('visible=true').first()
    for (let i = 0; i < 40 && !(await visible(page, '1994年1月').isVisible()); i++) {
      await list.evaluate((el) => el.scrollBy(0, 4000))
      await page.waitForTimeout(50)
    }
    await visible(page, '1994年1月').waitFor()
    const rows = await page.locator('.rec-list .rec-row').count()
    assert.ok(rows > 0 && rows < 60, `${rows} rows in the DOM for 390 list rows`)
  })

  it('on a flaky network (30% of requests fail) still gets to the balance, retrying where offered', async () => {
    const page = await app.open('subpackages/records/pages/account/index?personId=P001', { mock: 'fast,flaky' })
    const done = visible(page, '个人账户余额')
    for (let i = 0; i < 20 && !(await done.isVisible()); i++) {
      // The session gate's and the page's retry buttons (not the sentence 请稍后重试).
      const retry = page.getByText('重试', { exact: true }).locator('visible=true').first()
      if (await retry.isVisible()) await retry.click().catch(() => undefined)
      await page.waitForTimeout(400)
    }
    await done.waitFor()
    assert.match(await page.locator('.rec-big').locator('visible=true').first().textContent(), /^¥[\d,]+\.\d{2}$/)
    assert.deepEqual(page.errors, [])
  })
})
