import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmModal, FILING_START, fillLabelled, pick } from './steps.mjs'

describe('备案资格', () => {
  const app = useApp()

  it('a 城乡居民 parent cannot be filed as 常驻异地工作人员, and is told why and what fits instead', async () => {
    const page = await app.open(`${FILING_START}?personId=P003`)
    await visible(page, '你为什么要去外地看病').waitFor({ timeout: 15000 })
    await visible(page, '李建国').waitFor()
    // The category stays on the list, marked unavailable with the reason.
    const work = page.locator('.choice', { hasText: '单位派我去外地工作' }).locator('visible=true').first()
    await work.getByText('李建国参加的是城乡居民医保').waitFor()
    await work.getByText('可以按异地长期居住人员备案').waitFor()
    // It is a disabled button (role and aria-disabled): Playwright refuses an ordinary click, a finger's tap does nothing.
    assert.equal(await work.getAttribute('aria-disabled'), 'true')
    await work.click({ force: true })
    await page.waitForTimeout(300)
    assert.equal(await visible(page, '根据您的情况，应办理').count(), 0)
    // Other categories still open.
    await visible(page, '我想自己去外地的医院看病').click()
    await visible(page, '根据您的情况，应办理').waitFor()

    // Reaching the form for that category anyway (an old link or a switched category): the field says why and nothing goes on.
    await page.goto(page.url().replace(/#.*$/, `#/subpackages/filing/pages/form/index?category=posted-worker&personId=P003`))
    await page.locator('.field-error', { hasText: '城乡居民医保' }).locator('visible=true').first().waitFor({ timeout: 10000 })
    await visible(page, '请选择省份和城市').click()
    await pick(page, ['四川省', '成都市'])
    await fillLabelled(page, '联系电话', '13507348866')
    await fillLabelled(page, '居住地址', '成都市武侯区人民南路4段1号')
    await visible(page, '下一步：核对备案表').click()
    await page.waitForTimeout(500)
    assert.equal(await visible(page, '跨省异地就医登记备案表').count(), 0)
    assert.deepEqual(page.errors, [])
  })

  it('a 就医地 in the 参保 province is refused at the field, naming 省内异地', async () => {
    const page = await app.open(`subpackages/filing/pages/form/index?category=other-temporary&personId=P002`)
    await visible(page, '请选择省份和城市').click({ timeout: 15000 })
    await pick(page, ['湖南省', '长沙市'])
    await page.locator('.region-picker__error', { hasText: '属于省内异地就医' }).locator('visible=true').first().waitFor()
    await visible(page, '下一步：核对备案表').click()
    await page.waitForTimeout(500)
    assert.equal(await visible(page, '跨省异地就医登记备案表').count(), 0)
  })

  it('when a parent’s 参保 is suspended, their long-term filing ends with a message and no category is available', async () => {
    const page = await app.open('subpackages/common/pages/dev-settings/index')
    await page.locator('[aria-label="王秀英停保"]').locator('visible=true').first().click({ timeout: 15000 })
    await confirmModal(page)
    await visible(page, '当前：暂停').waitFor({ timeout: 10000 })

    await page.goto(page.url().replace(/#.*$/, '#/subpackages/filing/pages/detail/index?id=FS0001'))
    await visible(page, '已失效').waitFor({ timeout: 10000 })
    await visible(page, '参保状态变更为“暂停”，备案终止').waitFor()

    await page.goto(page.url().replace(/#.*$/, '#/subpackages/common/pages/messages/index'))
    await visible(page, '异地就医备案已终止').waitFor({ timeout: 10000 })

    await page.goto(page.url().replace(/#.*$/, `#/${FILING_START}?personId=P002`))
    await visible(page, '王秀英的医保参保状态为暂停').first().waitFor({ timeout: 10000 })
    const choose = page.locator('.choice', { hasText: '我想自己去外地的医院看病' }).locator('visible=true').first()
    await choose.getByText('不能办理').waitFor()
  })
})
