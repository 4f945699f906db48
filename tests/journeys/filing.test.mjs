import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmPledgeAndSubmit, FILING_LIST, FILING_START, fileLongTermForSelf, fillLabelled, pick } from './steps.mjs'

/** A real PNG of a few dozen KB: the app's own screen. */
async function photo(page) {
  return { name: 'referral-letter.png', mimeType: 'image/png', buffer: await page.screenshot() }
}

describe('异地就医备案', () => {
  const app = useApp()

  it('files a long-term 承诺制 filing for myself, approved at once and listed in My filings', async () => {
    const page = await fileLongTermForSelf(app)
    await confirmPledgeAndSubmit(page)
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '已备案').waitFor()
    await visible(page, '承诺制备案，系统自动审核办结').waitFor()
    await visible(page, '起长期有效').waitFor()

    await page.goto(page.url().replace(/#.*$/, `#/${FILING_LIST}`))
    const card = (text) => page.locator('.filing-card').filter({ hasText: text }).locator('visible=true').first()
    // Every person's filings, phones masked; the seeded ones are there too.
    await card('湖北省荆门市').waitFor({ timeout: 10000 })
    await page
      .locator('.filing-card')
      .filter({ hasText: '李明' })
      .filter({ hasText: '广东省广州市' })
      .locator('visible=true')
      .first()
      .waitFor()
    assert.equal(await page.getByText('13872451234').count(), 0)
    await visible(page, '138****1234').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('refuses to cancel a long-term filing too early, saying from when it can be cancelled', async () => {
    const page = await fileLongTermForSelf(app)
    await confirmPledgeAndSubmit(page)
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '撤销备案').click()
    await visible(page, '暂时不能撤销').waitFor()
    await visible(page, '起可以撤销').waitFor()
    await visible(page, '知道了').click()
    await visible(page, '已备案').waitFor()
  })

  it('files a referral for mother with a photo, is told when it is approved, then cancels it', async () => {
    const page = await app.open(`${FILING_START}?personId=P002`)
    await visible(page, '正在代').waitFor({ timeout: 15000 })
    await visible(page, '王秀英').waitFor()
    await visible(page, '本地医院看不了').click()
    await visible(page, '最多比在参保地低10个百分点').waitFor()
    await visible(page, '开始填写').click()
    await visible(page, '请选择省份和城市').click()
    await pick(page, ['北京市', '北京市'])
    await fillLabelled(page, '联系电话', '13907341122')
    await fillLabelled(page, '居住地址', '北京市海淀区学院路38号')
    await fillLabelled(page, '转出医院', '衡阳市中心医院')

    // A GIF is refused at the field, and nothing is kept.
    const add = page.locator('[aria-label^="添加转诊转院证明照片"]').locator('visible=true').first()
    const choose = async (file) => {
      const chooser = page.waitForEvent('filechooser')
      await add.click()
      const sheet = visible(page, '从相册选择')
      if (await sheet.isVisible().catch(() => false)) await sheet.click()
      else
        await sheet
          .waitFor({ timeout: 2000 })
          .then(() => sheet.click())
          .catch(() => undefined)
      await (await chooser).setFiles(file)
    }
    await choose({ name: 'scan.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;') })
    await visible(page, '只能上传 jpg 或 png 格式的照片').waitFor()
    await choose(await photo(page))
    await page.locator('.photo-field__img').locator('visible=true').first().waitFor()

    await visible(page, '下一步：核对备案表').click()
    await visible(page, '跨省异地就医登记备案表').waitFor()
    await visible(page, '转诊转院证明 1张').waitFor()
    await visible(page, '确认提交').click()
    await visible(page, '审核中').waitFor({ timeout: 10000 })
    await visible(page, '由 李明 代办').waitFor()
    // The mock decides the review a few seconds later; the open page notices.
    await visible(page, '审核通过').waitFor({ timeout: 20000 })
    const detailUrl = page.url()

    await page.goto(page.url().replace(/#.*$/, '#/subpackages/common/pages/messages/index'))
    await visible(page, '异地就医备案已通过').waitFor({ timeout: 10000 })
    await visible(page, '王秀英的异地就医备案').waitFor()

    await page.goto(detailUrl)
    await visible(page, '撤销备案').click()
    await page.getByText('确定撤销', { exact: true }).locator('visible=true').click()
    await visible(page, '已撤销').waitFor({ timeout: 10000 })
    await visible(page, '申请人撤销备案').waitFor()
  })

  it('changes mother’s long-term filing to another city once the minimum period has passed', async () => {
    const page = await app.open('subpackages/filing/pages/detail/index?id=FS0001')
    await visible(page, '湖北省荆门市').waitFor({ timeout: 15000 })
    await visible(page, '变更备案').click()
    await visible(page, '新的就医地').waitFor()
    await page.locator('.region-picker').locator('visible=true').first().click()
    await pick(page, ['湖北省', '武汉市'])
    await visible(page, '提交变更').click()
    await visible(page, '已变更').waitFor({ timeout: 10000 })
    await visible(page, '就医地 湖北省荆门市 → 湖北省武汉市').waitFor()
    await visible(page, '由 李明 代办').waitFor()
  })

  it('when the network fails during submit, retrying files exactly once', async () => {
    const page = await fileLongTermForSelf(app)
    // Go offline from the developer settings, as a user's phone would.
    const preview = page.url()
    await page.goto(preview.replace(/#.*$/, '#/subpackages/common/pages/dev-settings/index'))
    await page.locator('[aria-label="离线"]').locator('visible=true').first().click()
    await page.goto(preview)
    await confirmPledgeAndSubmit(page)
    await visible(page, '网络连接失败').waitFor({ timeout: 10000 })
    await visible(page, '不会被重复提交').waitFor()

    await page.goto(preview.replace(/#.*$/, '#/subpackages/common/pages/dev-settings/index'))
    await page.locator('[aria-label="离线"]').locator('visible=true').first().click()
    await page.goto(preview)
    await visible(page, '我已阅读并确认以上承诺').click()
    await visible(page, '确认承诺并提交').click()
    await visible(page, '办理进度').waitFor({ timeout: 10000 })

    await page.goto(preview.replace(/#.*$/, `#/${FILING_LIST}`))
    // The whole list is in once a seeded filing shows.
    await page.locator('.filing-card').filter({ hasText: '湖北省荆门市' }).locator('visible=true').first().waitFor({ timeout: 10000 })
    assert.equal(
      await page.locator('.filing-card').filter({ hasText: '广东省广州市' }).filter({ hasText: '李明' }).locator('visible=true').count(),
      1,
    )
  })

  it('restarting mid-form brings the draft back, and each person has their own', async () => {
    const context = await app.newContext()
    const page = await app.open(FILING_START, { context })
    await visible(page, '我想自己去外地的医院看病').click({ timeout: 15000 })
    await visible(page, '开始填写').click()
    await fillLabelled(page, '联系电话', '13872451234')
    await fillLabelled(page, '居住地址', '杭州市西湖区文三路100号')
    await page.waitForTimeout(300)

    await page.reload()
    await visible(page, '其他临时外出就医人员').waitFor({ timeout: 15000 })
    const field = (label) => page.locator(`[aria-label="${label}"]`).locator('visible=true').first().locator('input, textarea').first()
    assert.equal(await field('联系电话').inputValue(), '13872451234')
    assert.equal(await field('居住地址').inputValue(), '杭州市西湖区文三路100号')

    // The start page offers to continue; for father there is no draft.
    await page.goto(page.url().replace(/#.*$/, `#/${FILING_START}`))
    await visible(page, '有一份未提交的草稿').waitFor({ timeout: 10000 })
    await page.goto(page.url().replace(/#.*$/, `#/${FILING_START}?personId=P003`))
    await visible(page, '李建国').waitFor({ timeout: 10000 })
    await visible(page, '你为什么要去外地看病').waitFor()
    assert.equal(
      await visible(page, '有一份未提交的草稿')
        .isVisible()
        .catch(() => false),
      false,
    )
  })
})
