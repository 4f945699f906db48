// 手工报销 on the weapp build: a claim with two invoices, a duplicate invoice refused, then followed until paid.
import assert from 'node:assert/strict'
import { before, beforeEach, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { fillClaimForm, submitClaim } from './harness/pages.mjs'

describe('手工报销 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })
  beforeEach(async () => {
    await app.reset()
  })

  it('claims a stay with two invoices, refuses a duplicate invoice, and shows the payment when it is made', async () => {
    await app.waitFor('您好，李明')
    await app.tapTab('办事')
    await app.tap('手工报销')
    await app.waitForRoute('subpackages/claims/pages/start/index')
    await app.tap('出院后已补办异地就医备案 ›')
    await app.waitForRoute('subpackages/claims/pages/form/index')
    await fillClaimForm(
      app,
      [
        ['GZ20261110', '8000'],
        ['GZ20261111', '4345.67'],
      ],
      '12345.67',
    )
    await submitClaim(app)
    await app.waitFor('办理进度')
    const claimId = app.page.query.id
    assert.match(claimId, /^BX\d+$/)

    await app.navigateTo('/subpackages/claims/pages/form/index?basis=emergency')
    await fillClaimForm(app, [['GZ20261111', '4345.67']], '4345.67')
    await app.tap('提交报销申请')
    await (await app.modal()).confirm()
    await app.waitFor(`已在报销申请 ${claimId} 中申请过`)
    assert.equal(app.page.route, 'subpackages/claims/pages/form/index')

    // The fast preset moves a step every 3 s; the open detail page polls and shows the payment.
    await app.navigateTo(`/subpackages/claims/pages/detail/index?id=${claimId}`)
    await app.waitFor('查看结算记录', { timeout: 30_000 })
    await app.waitFor('社保卡金融账户 6217 **** ****')
    assert.deepEqual(app.errors, [])
  })
})
