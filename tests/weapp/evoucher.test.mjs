// Journey on the weapp build: 李明 shows his mother's 医保码 (bright screen, drawn on a 2d canvas, refreshed), then
// saves a 参保证明 image for his father to the album, and is told clearly when the album permission was refused.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const CODE = 'subpackages/evoucher/pages/code/index'
const CERTIFICATE = 'subpackages/evoucher/pages/certificate/index'

describe('医保码 and 参保证明 on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })

  it('shows 王秀英’s code from her member page at full brightness, redraws it on 刷新, and restores the screen on leaving', async () => {
    await app.waitFor('您好，李明')
    await app.navigateTo('/subpackages/family/pages/list/index')
    await app.tap({ text: '王秀英' })
    await app.waitFor('出示王秀英的医保码（亲情码）')
    await app.tap('出示王秀英的医保码（亲情码）')
    await app.waitForRoute(CODE)
    await app.waitFor('王秀英（母亲）的医保码')
    await app.waitFor('正在代母亲办理')
    await app.waitFor('秒后自动刷新')
    await app.waitFor(() => app.wx.state.canvases.get('#ev-qr')?.fillRects > 100, { label: 'the QR drawn on the canvas' })
    assert.equal(app.has('二维码绘制失败'), false)
    await app.waitFor(() => app.wx.state.brightness === 1 && app.wx.state.keepScreenOn, { label: 'bright screen kept on' })

    const drawsBefore = app.wx.state.canvasDraws.filter((s) => s === '#ev-qr').length
    await app.tap({ text: '刷新', cls: 'btn' })
    await app.waitFor(() => app.wx.state.canvasDraws.filter((s) => s === '#ev-qr').length > drawsBefore, { label: 'a new code drawn' })

    await app.back()
    await app.waitFor(() => app.wx.state.brightness === 0.4 && !app.wx.state.keepScreenOn, { label: 'brightness restored' })
    assert.deepEqual(app.errors, [])
  })

  it('saves 李建国’s 参保证明 to the album, and explains when the album permission was refused', async () => {
    await app.navigateTo(`/${CERTIFICATE}?personId=P003`)
    await app.waitFor('李建国的参保证明')
    await app.tap('生成参保证明')
    await app.waitFor('核验此证明')
    await app.waitFor(() => app.wx.state.canvases.get('#ev-cert')?.texts.includes('参 保 证 明'), { label: 'the certificate drawn' })
    const texts = app.wx.state.canvases.get('#ev-cert').texts
    assert.ok(texts.includes('演示 · 非官方证明 · 不能作为办事依据'), 'the demo band is drawn')
    assert.ok(texts.includes('李*国'), 'the masked name is drawn')
    assert.equal(texts.includes('李建国'), false)

    await app.tap('保存到相册')
    await app.waitFor(() => app.wx.state.saved.length === 1, { label: 'one image saved' })
    await app.waitFor(() => app.wx.ui.toasts.includes('已保存到相册'), { label: 'the saved toast' })

    // Refused before: the app explains and offers the settings; declining leaves nothing saved.
    app.wx.state.album = false
    await app.tap('保存到相册')
    const modal = await app.modal()
    assert.equal(modal.title, '需要相册权限')
    await modal.cancel()
    await app.waitFor(() => app.wx.ui.toasts.includes('未获得相册权限，图片没有保存'), { label: 'the refused toast' })
    assert.equal(app.wx.state.saved.length, 1)
    assert.deepEqual(app.errors, [])
  })
})
