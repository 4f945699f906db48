import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { fillLabelled, FILING_START, pick } from './steps.mjs'

/** A fixed start, so "admitted three days ago" is a known date; time then runs normally. */
const TODAY = Date.parse('2026-11-23T10:00:00+08:00')

describe('补办备案 while in hospital', () => {
  const app = useApp()

  it('a 补办 filing becomes cancellable after the stay settles', async () => {
    const context = await app.newContext()
    await context.clock.install({ time: TODAY })
    const page = await app.open(FILING_START, { context })
    await visible(page, '你为什么要去外地看病').waitFor({ timeout: 15000 })
    await visible(page, '我想自己去外地的医院看病').click()
    await visible(page, '开始填写').click()
    await visible(page, '请选择省份和城市').click()
    await pick(page, ['广东省', '广州市'])
    await page.locator('[aria-label="补办备案"]').locator('visible=true').first().click()
    await visible(page, '开始日期可以选入院当天').waitFor()
    // Admitted on the 20th: the start date goes back to the admission day.
    await visible(page, '2026年11月23日').click()
    await pick(page, [null, null, '20日'])
    await visible(page, '2026年11月20日').waitFor()
    await fillLabelled(page, '联系电话', '13872451234')
    await fillLabelled(page, '居住地址', '广州市天河区体育西路1号')
    await visible(page, '下一步：核对备案表').click()
    await visible(page, '跨省异地就医登记备案表').waitFor()
    await visible(page, '确认提交').click()

    // In hospital: the filing cannot be cancelled yet, and says why.
    await visible(page, '办理进度').waitFor({ timeout: 10000 })
    await visible(page, '该备案下有一次住院还没有出院结算').waitFor()
    await visible(page, '还在住院').waitFor()
    await visible(page, '审核通过').waitFor({ timeout: 20000 })
    await visible(page, '撤销备案').click()
    await visible(page, '暂时不能撤销').waitFor()
    await visible(page, '出院结算完成后才能撤销').waitFor()
    await visible(page, '知道了').click()

    // The hospital discharges and settles (seconds with the fast preset); the open page notices.
    await visible(page, '已直接结算').waitFor({ timeout: 30000 })
    assert.equal(await visible(page, '该备案下有一次住院还没有出院结算').isVisible(), false)
    const filingId = (await page.url()).match(/id=(FS\d+)/)[1]
    await visible(page, '出院结算完成').waitFor()

    // The settlement is in 异地就医结算, linked back to the filing.
    await visible(page, '查看结算单').click()
    await visible(page, '统筹基金支付').waitFor({ timeout: 15000 })
    await visible(page, `使用备案 ${filingId}`).waitFor()
    await visible(page, '2026年11月20日 入院').waitFor()
    await page.goBack()

    // The lock has ended.
    await visible(page, '撤销备案').click()
    await page.getByText('确定撤销', { exact: true }).locator('visible=true').click()
    await visible(page, '已撤销').waitFor({ timeout: 10000 })
    assert.deepEqual(page.errors, [])
  })

  it('已经全自费出院的 is sent to 手工报销, not told to tick the in-hospital switch', async () => {
    const page = await app.open(FILING_START)
    await visible(page, '你为什么要去外地看病').waitFor({ timeout: 15000 })
    await visible(page, '已经出院并且全自费结算了').click()
    await visible(page, '医院不能再直接结算').waitFor({ timeout: 10000 })
    await visible(page, '不要在本小程序勾选').waitFor()
    // …and the claim itself is made here now.
    await visible(page, '在线申请手工报销').waitFor()
    await visible(page, '看问答：自费结算后怎么报销').click()
    await visible(page, '在外地住院已经全部自费结算了，还能报销吗？').waitFor({ timeout: 15000 })
    assert.deepEqual(page.errors, [])
  })
})
