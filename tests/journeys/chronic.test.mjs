import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmModal } from './steps.mjs'

const LIST = 'subpackages/points/pages/list/index'
const CHRONIC = 'subpackages/chronic/pages/list/index'

const cards = (page) => page.locator('[data-testid=point-card]').locator('visible=true')
const chip = (page, text) => page.locator('.chip', { hasText: text }).locator('visible=true').first()

async function photo(page, name) {
  return { name, mimeType: 'image/png', buffer: await page.screenshot() }
}

/** Adds one photo to the photo field with this label, through the page's file chooser. */
async function addPhoto(page, label, file) {
  const add = page.locator(`[aria-label^="添加${label}"]`).locator('visible=true').first()
  const chooser = page.waitForEvent('filechooser')
  await add.click()
  const sheet = visible(page, '从相册选择')
  await sheet
    .waitFor({ timeout: 2000 })
    .then(() => sheet.click())
    .catch(() => undefined)
  await (await chooser).setFiles(file)
}

describe('门诊慢特病', () => {
  const app = useApp()

  it('finds a hospital in 广州 that settles 门诊慢特病 for 糖尿病, and the finder remembers the choice', async () => {
    const context = await app.newContext()
    const page = await app.open(`${LIST}?cityCode=440100`, { context })
    await visible(page, '广州市').waitFor({ timeout: 15000 })
    await cards(page).first().waitFor()
    await chip(page, '门诊慢特病').click()
    await chip(page, '糖尿病').click()
    await visible(page, '可跨省直接结算门诊慢特病 · 糖尿病').waitFor({ timeout: 10000 })
    assert.equal(await chip(page, '糖尿病').getAttribute('aria-checked'), 'true')
    const first = cards(page).first()
    await first.waitFor()
    const name = (await first.locator('.point-card__name').textContent()).trim()
    // The card shows the kinds as chips in plain words.
    assert.match(await first.textContent(), /跨省直接结算.*门诊慢特病/)
    await first.locator('.point-card__action', { hasText: '详情' }).click()
    await visible(page, '营业时间').waitFor()
    await visible(page, name).waitFor()
    assert.match(await visible(page, '门诊慢特病病种').textContent(), /糖尿病/)

    // Opening the finder again for the same person starts with the same filter.
    const again = await app.open(`${LIST}?cityCode=440100`, { context })
    await visible(again, '可跨省直接结算门诊慢特病 · 糖尿病').waitFor({ timeout: 15000 })
    assert.deepEqual(page.errors, [])
    assert.deepEqual(again.errors, [])
  })

  it('applies for 糖尿病 for 王秀英, is told it is approved, and her filing detail shows it', async () => {
    const page = await app.open(`${CHRONIC}?personId=P002`)
    await visible(page, '正在代').waitFor({ timeout: 15000 })
    await visible(page, '王秀英的认定情况').waitFor({ timeout: 15000 })
    // Seeded: she already holds 高血压.
    await visible(page, '已认定').waitFor()
    await visible(page, '申请糖尿病认定').click()
    await visible(page, '申请认定的病种').waitFor()
    assert.equal(await chip(page, '糖尿病').getAttribute('aria-checked'), 'true')

    // Without proof, the form says what is missing at the field.
    await visible(page, '提交申请').click()
    await visible(page, '请上传病历照片').waitFor()
    await visible(page, '请上传诊断证明照片').waitFor()
    await addPhoto(page, '病历', { name: 'scan.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;') })
    await visible(page, '只能上传 jpg 或 png 格式的照片').waitFor()
    await addPhoto(page, '病历', await photo(page, 'record.png'))
    await addPhoto(page, '诊断证明', await photo(page, 'diagnosis.png'))
    await page.locator('.photo-field__img').locator('visible=true').nth(1).waitFor()

    await visible(page, '提交申请').click()
    await visible(page, '提交认定申请').waitFor()
    await confirmModal(page)
    await visible(page, '认定详情').or(visible(page, '申请编号')).first().waitFor({ timeout: 10000 })
    await visible(page, '审核中').first().waitFor()
    await visible(page, '由 李明 代办').waitFor()
    // The mock decides a few seconds later; the open page notices.
    await visible(page, '已认定糖尿病门诊慢特病资格').waitFor({ timeout: 20000 })
    await visible(page, '以参保地规定为准').waitFor()

    await page.goto(page.url().replace(/#.*$/, '#/subpackages/common/pages/messages/index'))
    await visible(page, '门诊慢特病认定已通过').waitFor({ timeout: 10000 })
    await visible(page, '王秀英的糖尿病门诊慢特病认定').waitFor()

    // Her long-term filing to 荆门 now says she can settle it there, and links to the hospitals that do.
    await page.goto(page.url().replace(/#.*$/, '#/subpackages/filing/pages/detail/index?id=FS0001'))
    await visible(page, '在湖北省荆门市可直接结算糖尿病门诊费用').waitFor({ timeout: 15000 })
    await visible(page, '在湖北省荆门市可直接结算高血压门诊费用').waitFor()
    await visible(page, '湖北省荆门市可直接结算住院的医院').click()
    await visible(page, '可跨省直接结算住院').waitFor({ timeout: 15000 })
    assert.deepEqual(page.errors, [])
  })
})
