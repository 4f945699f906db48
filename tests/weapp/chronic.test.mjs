// Journey on the weapp build: 李明 applies for 糖尿病 门诊慢特病认定 for 王秀英 with two photos; approved, with a message.
import assert from 'node:assert/strict'
import { before, beforeEach, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const LIST = 'subpackages/chronic/pages/list/index'
const APPLY = 'subpackages/chronic/pages/apply/index'
const DETAIL = 'subpackages/chronic/pages/detail/index'

const photo = (name) => [{ tempFilePath: `wxfile://tmp/${name}.jpg`, size: 420_000, fileType: 'image' }]

describe('门诊慢特病认定 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })
  beforeEach(async () => {
    await app.reset()
    await app.waitFor('您好，李明')
  })

  it('applies for 糖尿病 for 王秀英 from the 办事 tab and is told it is approved', async () => {
    await app.tapTab('办事')
    await app.tap('门诊慢特病认定')
    await app.waitForRoute(LIST)
    await app.waitFor('李明的认定情况')
    // The page for Mum, as the 亲情账户 member page links it.
    await app.reLaunch(`/${LIST}?personId=P002`)
    await app.waitFor('王秀英的认定情况')
    await app.tap('申请糖尿病认定')
    await app.waitForRoute(APPLY)
    await app.waitFor('申请认定的病种')
    app.wx.state.chosenImages.push(photo('record'), photo('diagnosis'))
    await app.tap(await app.waitFor(() => app.findAll({ cls: 'photo-field__add' })[0]))
    await app.waitFor(() => app.findAll({ cls: 'photo-field__item' }).length === 1 && app.findAll({ cls: 'photo-field__item' })[0])
    await app.tap(await app.waitFor(() => app.findAll({ cls: 'photo-field__add' })[1]))
    await app.waitFor(() => app.findAll({ cls: 'photo-field__item' }).length === 2 && app.findAll({ cls: 'photo-field__item' })[1])
    await app.tap('提交申请')
    const modal = await app.modal()
    assert.match(modal.content, /王秀英.*糖尿病/)
    await modal.confirm()
    await app.waitForRoute(DETAIL)
    await app.waitFor('由 李明 代办')
    await app.waitFor('已认定糖尿病门诊慢特病资格', { timeout: 20000 })
    await app.navigateTo('/subpackages/common/pages/messages/index')
    await app.waitFor('门诊慢特病认定已通过')
    assert.deepEqual(app.errors, [])
  })
})
