// Journeys on the weapp build: a 承诺制 filing for yourself, approved and listed; a cancel too early is refused.
import assert from 'node:assert/strict'
import { before, beforeEach, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { fillLongTermForm } from './harness/pages.mjs'

const START = 'subpackages/filing/pages/start/index'
const DETAIL = 'subpackages/filing/pages/detail/index'

/** From the home page: a long-term filing for myself to 广州, through the 承诺书, submitted. */
async function fileLongTermForSelf(app) {
  await app.waitFor('您好，李明')
  await app.tap('异地就医备案')
  await app.waitForRoute(START)
  await app.waitFor('你为什么要去外地看病')
  await app.tap('我住在外地')
  await app.tap('户口没迁')
  await app.waitFor('异地长期居住人员')
  await app.waitFor('报销比例和在参保地一样')
  await app.tap('开始填写')
  await app.waitForRoute('subpackages/filing/pages/form/index')
  await fillLongTermForm(app)
  await app.tap('下一步：核对备案表')
  await app.waitForRoute('subpackages/filing/pages/preview/index')
  await app.waitFor('跨省异地就医登记备案表')
  await app.waitFor('本人承诺符合该类人员的备案条件')
  // Submitting without the pledge ticked is refused.
  await app.tap('确认承诺并提交')
  await app.waitFor(() => app.toasts.includes('请先阅读并勾选承诺'))
  assert.equal(app.page.route, 'subpackages/filing/pages/preview/index')
  await app.tap('我已阅读并确认以上承诺')
  await app.tap('确认承诺并提交')
  await app.waitForRoute(DETAIL)
  await app.waitFor('办理进度')
}

describe('异地就医备案 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })
  beforeEach(async () => {
    await app.reset()
  })

  it('files a long-term 承诺制 filing for myself, approved at once and listed in 我的备案', async () => {
    await fileLongTermForSelf(app)
    await app.waitFor('已备案')
    await app.waitFor('承诺制备案，系统自动审核办结')
    await app.waitFor('起长期有效')
    // WeChat asked to send the result notice, from the tap on 提交 (requestSubscribeMessage needs a tap).
    const subscribe = app.calls.filter((c) => c.api === 'requestSubscribeMessage')
    assert.equal(subscribe.length, 1)
    assert.ok(subscribe[0].args[0].tmplIds.length > 0)
    assert.equal(subscribe[0].duringTap, true)

    await app.navigateTo('/subpackages/filing/pages/list/index')
    await app.waitForRoute('subpackages/filing/pages/list/index')
    const card = await app.waitFor(() =>
      app.findAll({ cls: 'filing-card' }).find((c) => c.text.includes('李明') && c.text.includes('广东省广州市')),
    )
    assert.match(card.text, /已备案/)
    assert.match(card.text, /138\*\*\*\*1234/)
    // The seeded filings are there too, and no phone number is shown in full.
    await app.waitFor('湖北省荆门市')
    assert.equal(app.text().includes('13872451234'), false)
    assert.deepEqual(app.errors, [])
  })

  it('refuses to cancel a long-term filing too early, saying from when it can be cancelled', async () => {
    await fileLongTermForSelf(app)
    await app.waitFor('已备案')
    await app.tap('撤销备案')
    const modal = await app.modal()
    assert.equal(modal.title, '暂时不能撤销')
    // Filed today (24 November 2026, the fixed clock): long-term filings can be cancelled after 6 months.
    assert.match(modal.content, /2027年5月24日起可以撤销/)
    await modal.confirm()
    await app.waitFor('已备案')
    assert.equal(app.page.route, DETAIL)
    assert.deepEqual(app.errors, [])
  })
})
