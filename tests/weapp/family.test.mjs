// Journeys on the weapp build: binding a relative with the SMS code, and five wrong codes lock the confirmation.
import assert from 'node:assert/strict'
import { before, beforeEach, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { startBinding } from './harness/pages.mjs'

const LIST = 'subpackages/family/pages/list/index'
const MUM = { name: '王秀英', idNumber: '430406195803082429', phone: '13907341122' }
const ZHANG = { name: '张桂芳', idNumber: '320102196207151288', phone: '13951886677' }

const memberCard = (app, name) => app.findAll({ cls: 'family-member' }).find((c) => c.text.includes(name))

describe('亲情账户 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })
  beforeEach(async () => {
    await app.reset()
    await app.waitFor('您好，李明')
  })

  it('unbinds Mum, then binds her again with the code sent to her phone, and can act for her', async () => {
    await app.tapTab('我的')
    await app.tap('家庭成员')
    await app.waitForRoute(LIST)
    await app.tap(await app.waitFor(() => memberCard(app, '王秀英')))
    await app.waitForRoute('subpackages/family/pages/member/index')
    await app.tap('解除绑定')
    const modal = await app.modal()
    assert.match(modal.title + modal.content, /解除/)
    await modal.confirm()
    await app.waitFor(() => app.findAll({ cls: 'family-member--unbound' }).find((c) => c.text.includes('王秀英')))

    await app.tap('添加家庭成员')
    await app.waitForRoute('subpackages/family/pages/add/index')
    await startBinding(app, MUM, '父母')
    await app.waitFor('139****')
    const code = app.find({ cls: 'confirm-demo__code' }).text.trim()
    assert.match(code, /^\d{6}$/)
    await app.input('6位验证码', code)
    await app.tap('确认绑定')
    await app.waitFor('切换为代王秀英办理')
    await app.waitFor('4304**********2429')
    await app.waitFor('湖南省衡阳市')
    await app.tap('切换为代王秀英办理')
    await app.waitFor('正在代母亲办理')
    assert.deepEqual(app.errors, [])
  })

  it('locks the confirmation after 5 wrong codes and says until when', async () => {
    await app.reLaunch(`/${LIST}`)
    await app.waitFor('李建国')
    await app.tap('添加家庭成员')
    await startBinding(app, ZHANG, '其他近亲属')
    for (let left = 4; left >= 1; left--) {
      await app.input('6位验证码', '000000')
      await app.tap('确认绑定')
      await app.waitFor(`验证码不正确，还可以再试${left}次`)
    }
    await app.input('6位验证码', '000000')
    await app.tap('确认绑定')
    const locked = await app.waitFor('已锁定30分钟')
    // The clock is fixed at 10:00 in Shanghai: locked until 10:30.
    assert.match(locked.text, /请于 10:30 后重新获取验证码/)
    // The demo code is hidden and the code can no longer be resent while locked.
    assert.equal(app.findAll({ cls: 'confirm-demo' }).length, 0)
    await app.waitFor(() => app.find((el) => el.text === '已锁定'))
    // Back on the list she is still waiting for confirmation, not bound.
    await app.back()
    await app.waitForRoute(LIST)
    await app.waitFor(() => app.findAll({ cls: 'family-member--pending' }).find((c) => c.text.includes('张桂芳')))
    assert.deepEqual(app.errors, [])
  })
})
