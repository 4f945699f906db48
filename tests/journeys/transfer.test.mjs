import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tapTab, useApp, visible } from './harness.mjs'
import { confirmModal, confirmPledgeAndSubmit, fileLongTermForSelf, fillLabelled, pick } from './steps.mjs'

const TRANSFER_START = 'subpackages/transfer/pages/start/index'

describe('跨省转移接续', () => {
  const app = useApp()

  it('李明 moves from 荆门 to 广州: completed, his records show both places and his long-term filing has ended', async () => {
    // His long-term filing under 荆门 first (承诺制, approved at once).
    const page = await fileLongTermForSelf(app)
    await confirmPledgeAndSubmit(page)
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '已备案').waitFor()
    const filingId = (await visible(page, 'FS000').textContent()).trim()

    // From the 办事 tab.
    await page.goto(page.url().replace(/#.*$/, '#/pages/services/index'))
    await tapTab(page, '办事')
    await visible(page, '医保关系转移接续').click()
    await visible(page, '转移接续怎么办').waitFor({ timeout: 15000 })
    await visible(page, '湖北省荆门市').waitFor()
    await visible(page, '请选择新参保地的省份和城市').click()
    await pick(page, ['广东省', '广州市'])
    await visible(page, '广东省广州市').waitFor()
    await fillLabelled(page, '新参保地用人单位', '广州示例科技有限公司')
    await visible(page, '提交申请').click()
    await visible(page, '转出地办理转出后不能撤销').waitFor()
    await confirmModal(page)

    // The detail page follows every step on its own (the `fast` preset makes a day last 0.7 s).
    await visible(page, '职工医保关系跨省转移接续').waitFor({ timeout: 15000 })
    await visible(page, '撤销申请').waitFor()
    await visible(page, '转移接续已完成').waitFor({ timeout: 40000 })
    for (const step of ['已申请', '转出地审核', '转出地已转出', '转入地已接收', '已完成']) await visible(page, step).waitFor()
    await visible(page, '转移个人账户余额').waitFor()
    assert.equal(await page.getByText('撤销申请', { exact: true }).locator('visible=true').count(), 0)
    await visible(page, '参保地变更为广东省广州市').waitFor()

    // His old filing ended, with the reason on its timeline.
    await visible(page, `原参保地办理的异地就医备案 ${filingId} 已终止`).click()
    await visible(page, '已失效').waitFor({ timeout: 15000 })
    await visible(page, '参保关系已转移至广东省广州市').waitFor()
    await page.goBack()

    // The merged contribution history: every period marked with its 参保地.
    await visible(page, '查看合并后的缴费记录').click()
    await visible(page, '已办理医保关系转移接续').waitFor({ timeout: 15000 })
    await visible(page, '荆门市 → 广州市').waitFor()
    // This year's header names both places; its months are marked one by one further down.
    await visible(page, '参保地 荆门市→广州市').waitFor()
    const list = page.locator('.rec-list').locator('visible=true').first()
    await list.evaluate((el) => el.scrollBy(0, 500))
    await visible(page, '· 参保地 广州市').waitFor()
    await visible(page, '· 参保地 荆门市').waitFor()

    // …and the messages said so.
    await page.goto(page.url().replace(/#.*$/, '#/subpackages/common/pages/messages/index'))
    await visible(page, '异地就医备案已终止').waitFor({ timeout: 15000 })
    await visible(page, '医保关系转移接续：已完成').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('shows errors at the fields, keeps the draft across a restart, and cancels after confirming before 转出', async () => {
    // Real timing (weeks): the transfer stays at 已申请 while we cancel.
    const context = await app.newContext()
    const page = await app.open(TRANSFER_START, { mock: 'none', context })
    await visible(page, '转移接续怎么办').waitFor({ timeout: 15000 })
    await visible(page, '提交申请').click()
    await visible(page, '请选择转入地（新参保地）的城市').waitFor()
    await visible(page, '请填写新参保地的用人单位名称').waitFor()
    await visible(page, '请选择新参保地的省份和城市').click()
    await pick(page, ['湖北省', '荆门市'])
    await visible(page, '转入地与现参保地（湖北省荆门市）相同，无需转移').waitFor()
    // The picker now shows 湖北省荆门市 (as does the read-only 转出地 above it).
    await page.locator('.region-picker').locator('visible=true').first().click()
    await pick(page, ['广东省', '广州市'])
    await fillLabelled(page, '新参保地用人单位', '广州示例科技有限公司')
    await visible(page, '广东省广州市').waitFor()

    // A restart keeps the draft.
    await page.reload()
    await visible(page, '转移接续怎么办').waitFor({ timeout: 15000 })
    await visible(page, '广东省广州市').waitFor()
    const name = page.locator('[aria-label="新参保地用人单位"]').locator('visible=true').first().locator('input').first()
    assert.equal(await name.inputValue(), '广州示例科技有限公司')

    await visible(page, '灵活就业人员参保').click()
    await visible(page, '提交申请').click()
    await confirmModal(page)
    await visible(page, '职工医保关系跨省转移接续').waitFor({ timeout: 15000 })
    await visible(page, '灵活就业人员参保').waitFor()
    await visible(page, '撤销申请').click()
    await visible(page, '医保关系仍留在湖北省荆门市').waitFor()
    await confirmModal(page)
    await visible(page, '已撤销').waitFor({ timeout: 10000 })
    assert.equal(await page.getByText('撤销申请', { exact: true }).locator('visible=true').count(), 0)
    assert.deepEqual(page.errors, [])
  })
})
