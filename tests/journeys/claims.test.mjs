import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmModal, fillLabelled, pick } from './steps.mjs'

/** A fixed start, so the stay's dates are known; time then runs normally (the fast preset: a step every 3 s). */
const TODAY = Date.parse('2026-11-23T10:00:00+08:00')
const yuan = (text) => Math.round(Number(text.replace(/[¥,\s]/g, '').match(/-?\d+(\.\d+)?/)[0]) * 100)

async function photo(page, name) {
  return { name, mimeType: 'image/png', buffer: await page.screenshot() }
}

async function addPhoto(page, label, file) {
  const add = page.locator(`[aria-label^="添加${label}照片"]`).locator('visible=true').first()
  const chooser = page.waitForEvent('filechooser')
  await add.click()
  const sheet = visible(page, '从相册选择')
  await sheet
    .waitFor({ timeout: 2000 })
    .then(() => sheet.click())
    .catch(() => undefined)
  await (await chooser).setFiles(file)
}

/** On the claim form: hospital, 广州, admitted on the 10th and discharged on the 15th of this month. */
async function fillStay(page) {
  await visible(page, '就诊医院').waitFor({ timeout: 15000 })
  await fillLabelled(page, '就诊医院', '广州市示例第一人民医院')
  await visible(page, '请选择省份和城市').click()
  await pick(page, ['广东省', '广州市'])
  await visible(page, '入院 2026年11月23日').click()
  await pick(page, [null, null, '10日'])
  await visible(page, '入院 2026年11月10日').waitFor()
  await visible(page, '出院 2026年11月23日').click()
  await pick(page, [null, null, '15日'])
  await visible(page, '出院 2026年11月15日').waitFor()
}

async function addPhotos(page) {
  await addPhoto(page, '住院收费票据（发票）', await photo(page, 'invoice.png'))
  await page.locator('.photo-field__img').locator('visible=true').first().waitFor()
  await addPhoto(page, '住院费用总清单', await photo(page, 'cost-list.png'))
  await page.locator('.photo-field__img').locator('visible=true').nth(1).waitFor()
}

async function submit(page) {
  await visible(page, '提交报销申请').click()
  await visible(page, '提交后不能修改').waitFor()
  await confirmModal(page)
}

describe('手工报销', () => {
  const app = useApp()

  it('claims a self-paid stay with two invoices; a duplicate invoice is refused; approved, paid, and the settlement is in records', async () => {
    const context = await app.newContext()
    await context.clock.install({ time: TODAY })
    const page = await app.open('pages/services/index', { context })
    await visible(page, '手工报销').click()
    await visible(page, '这次住院属于哪种情况').waitFor({ timeout: 15000 })
    await visible(page, '出院后已补办异地就医备案').click()
    await fillStay(page)

    // Two invoices that must add up to the total; a wrong total is caught at the field before anything is sent.
    await fillLabelled(page, '第1张票据号码', 'GZ20261110')
    await fillLabelled(page, '第1张票据金额', '8000')
    await visible(page, '再添加一张票据').click()
    await fillLabelled(page, '第2张票据号码', 'GZ20261111')
    await fillLabelled(page, '第2张票据金额', '4345.67')
    await fillLabelled(page, '报销总金额', '12345.00')
    await visible(page, '提交报销申请').click()
    await visible(page, '与报销总金额¥12,345.00不一致').waitFor()
    await visible(page, '请上传票据照片').waitFor()
    await fillLabelled(page, '报销总金额', '12345.67')

    // The draft survives a restart.
    await page.reload()
    await visible(page, '就诊医院').waitFor({ timeout: 15000 })
    assert.equal(await page.locator('[aria-label="第2张票据号码"] input').locator('visible=true').first().inputValue(), 'GZ20261111')
    await visible(page, '各张票据合计 ¥12,345.67').waitFor()

    await addPhotos(page)
    await submit(page)
    await visible(page, '办理进度').waitFor({ timeout: 15000 })
    await visible(page, '已受理').waitFor()
    const claimId = (await page.url()).match(/id=(BX\d+)/)[1]

    // A second claim with an invoice of the first is refused, at the field, pointing at the first claim.
    await visible(page, '我的报销申请').click()
    await visible(page, claimId).waitFor({ timeout: 10000 })
    await visible(page, '申请手工报销').click()
    await visible(page, '急诊抢救（视同已备案）').click()
    await fillStay(page)
    await fillLabelled(page, '第1张票据号码', 'gz2026 1111')
    await fillLabelled(page, '第1张票据金额', '4345.67')
    await fillLabelled(page, '报销总金额', '4345.67')
    await addPhotos(page)
    await submit(page)
    await visible(page, '没有提交成功').waitFor({ timeout: 10000 })
    await visible(page, `已在报销申请 ${claimId} 中申请过`).waitFor()
    assert.ok((await page.locator('.field-error', { hasText: '不能重复报销' }).locator('visible=true').count()) >= 1)

    // The first claim moves on by itself: 审核中 → 已核定 → 已支付, each step dated in the timeline.
    await visible(page, `查看报销申请 ${claimId}`).click()
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '核定统筹基金支付').waitFor({ timeout: 30000 })
    await visible(page, '比在参保地就医低20个百分点').waitFor()
    await visible(page, '查看结算记录').waitFor({ timeout: 30000 })
    await visible(page, '社保卡金融账户 6217 **** ****').waitFor()
    for (const step of ['已受理', '审核中', '已核定', '已支付'])
      await page.locator('.timeline__label', { hasText: step }).locator('visible=true').waitFor()
    const paid = yuan(await page.locator('.alert__title', { hasText: '已支付' }).locator('visible=true').textContent())

    // The payment is in records as a 手工报销 settlement, and the parts add up.
    await visible(page, '查看结算记录').click()
    await visible(page, '统筹基金支付').waitFor({ timeout: 15000 })
    await visible(page, `手工报销：查看报销申请 ${claimId}`).waitFor()
    assert.equal(yuan(await page.locator('.settlement-total').locator('visible=true').textContent()), 1_234_567)
    const fund = yuan(await page.locator('.settlement-part--fund .rec-part__amount').locator('visible=true').textContent())
    assert.equal(fund, paid)
    await visible(page, '由统筹基金报销到您的社保卡金融账户').waitFor()

    // And each step sent a message.
    await page.goto(`${app.url}?mock=fast#/subpackages/common/pages/messages/index`)
    await visible(page, '手工报销已支付').waitFor({ timeout: 15000 })
    await visible(page, '手工报销已核定').waitFor()
    assert.deepEqual(page.errors, [])
  })
})
