// Journey on the weapp build: 李明 applies to move his 职工医保 from 荆门 to 广州, then cancels before 转出.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { applyForTransfer } from './harness/pages.mjs'

const START = 'subpackages/transfer/pages/start/index'
const DETAIL = 'subpackages/transfer/pages/detail/index'

describe('跨省转移接续 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })

  it('applies from 办事, sees the step timeline, and cancels after confirming', async () => {
    await app.waitFor('您好，李明')
    await app.tapTab('办事')
    await app.tap('医保关系转移接续')
    await app.waitForRoute(START)
    await app.waitFor('湖北省荆门市')
    await applyForTransfer(app)
    await app.waitForRoute(DETAIL)
    await app.waitFor('办理进度')
    for (const step of ['已申请', '转出地审核', '转出地已转出', '转入地已接收', '已完成']) await app.waitFor(step)
    await app.waitFor('广州示例科技有限公司')

    await app.tap('撤销申请')
    const modal = await app.modal()
    assert.equal(modal.title, '撤销转移申请')
    assert.match(modal.content, /湖北省荆门市/)
    await modal.confirm()
    await app.waitFor('已撤销')
    assert.equal(app.has('撤销申请'), false)
    assert.deepEqual(app.errors, [])
  })
})
