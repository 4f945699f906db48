// Journey on the weapp build: 关怀模式 is switched on and survives closing and reopening the mini-program.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const isCare = (app) => app.findAll({ cls: 'care' }).length > 0

describe('关怀模式 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })

  it('switches 关怀模式 on under 我的, and after a cold start every page is still in care mode', async () => {
    await app.waitFor('您好，李明')
    assert.equal(isCare(app), false)
    await app.tapTab('我的')
    await app.waitForRoute('pages/me/index')
    const toggle = await app.waitFor({ cls: 'me-care__switch' })
    assert.equal(toggle.tag, 'switch')
    assert.equal(toggle.attrs.checked, false)
    // WeChat's switch reports its new state in a change event.
    await app.fire(toggle, 'change', { value: true })
    await app.waitFor(() => isCare(app))
    assert.equal(app.find({ cls: 'me-care__switch' }).attrs.checked, true)

    await app.coldStart()
    await app.waitFor('您好，李明')
    assert.ok(isCare(app), 'the home page opens in care mode after the restart')
    await app.tapTab('我的')
    await app.waitFor(() => isCare(app))
    assert.equal(app.find({ cls: 'me-care__switch' }).attrs.checked, true)
    assert.deepEqual(app.errors, [])
  })
})
