// Journey on the weapp build: 找网点 with location allowed, call and navigate through WeChat's APIs, and the
// native map page with its markers and the 15-minute walking circle.
import assert from 'node:assert/strict'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'
import { NEAR_NANHUA_FIRST } from './harness/pages.mjs'

const LIST = 'subpackages/points/pages/list/index'
const total = (app) => Number(/共 (\d+) 个网点/.exec(app.text())?.[1])

describe('service points on the weapp build', () => {
  let app
  before(async () => {
    app = await launch({ location: NEAR_NANHUA_FIRST })
  })

  it('lists the nearest point first; 电话 offers 12393 (no invented number) and 导航 opens its coordinates in WeChat', async () => {
    await app.waitFor('您好，李明')
    await app.tap('找网点')
    await app.waitForRoute(LIST)
    await app.waitFor('我的位置附近')
    const first = await app.waitFor({ cls: 'point-card' })
    assert.match(first.text, /南华大学附属第一医院/)
    assert.match(first.text, /\d+米/)
    // Seed 004 (2017) says only that 衡阳's designated hospitals settle 住院 across provinces: the card claims no more.
    assert.equal(app.find({ cls: 'point-card__tags' }, { within: first }).text.trim(), '跨省直接结算住院')
    const address = app.find({ cls: 'point-card__address' }, { within: first }).text
    // Asked WeChat for the position in the coordinates its map uses.
    assert.equal(app.callsTo('getLocation')[0].type, 'gcj02')

    // A real hospital without a sourced number: the app says so and offers the 12393 hotline instead.
    await app.tap(app.find({ cls: 'point-card__action', text: '电话' }, { within: first }))
    const modal = await app.modal()
    assert.match(modal.content, /不编造机构电话/)
    assert.ok(modal.confirmText.length <= 4, 'WeChat allows at most 4 characters on a modal button')
    await modal.confirm()
    const call = await app.waitFor(() => app.callsTo('makePhoneCall')[0])
    assert.equal(call.phoneNumber, '12393')

    await app.tap(app.find({ cls: 'point-card__action', text: '导航' }, { within: first }))
    const nav = await app.waitFor(() => app.callsTo('openLocation')[0])
    assert.deepEqual({ latitude: nav.latitude, longitude: nav.longitude }, { latitude: 26.9031, longitude: 112.6061 })
    assert.equal(nav.name, '南华大学附属第一医院')
    assert.equal(nav.address, address)

    // The detail page says the same, and its 咨询12393 button offers the hotline too.
    await app.tap(app.find({ cls: 'point-card__action', text: '详情' }, { within: first }))
    await app.waitForRoute('subpackages/points/pages/detail/index')
    await app.waitFor('营业时间')
    await app.waitFor('暂未收录该机构的电话')
    await app.tap('咨询12393')
    await (await app.modal()).confirm()
    await app.waitFor(() => app.callsTo('makePhoneCall').length === 2)
    assert.equal(app.callsTo('makePhoneCall')[1].phoneNumber, '12393')
    assert.deepEqual(app.errors, [])
  })

  it('reaching the bottom of the list loads the next page of points', async () => {
    await app.back()
    await app.waitForRoute(LIST)
    await app.waitFor('上滑加载更多')
    const list = app.find({ cls: 'points-list' })
    assert.equal(list.tag, 'scroll-view')
    const names = () => app.findAll({ cls: 'point-card__name' }).map((n) => n.text)
    // A fling to the end of what is loaded: the last loaded point is in view.
    await app.scroll(list, 100_000)
    const lastLoaded = names().at(-1)
    assert.notEqual(lastLoaded, '南华大学附属第一医院')
    // Reaching the bottom loads more: the end of the list is now a point that was not loaded before.
    await app.scrollToLower(list, 100_000)
    await app.waitFor(() => names().at(-1) !== lastLoaded)
    assert.ok(app.findAll({ cls: 'point-card' }).length < 20, 'the virtual list keeps a bounded number of cards')
    assert.ok(total(app) > 15)
    assert.deepEqual(app.errors, [])
  })

  it('地图模式 renders WeChat’s map with file markers and the 15-minute circle; a marker tap shows its card', async () => {
    await app.tap('地图模式')
    await app.waitForRoute('subpackages/points/pages/map/index')
    await app.waitFor('15分钟医保服务圈')
    const map = await app.waitFor({ tag: 'map' })
    const { markers, circles, latitude, longitude } = map.attrs
    assert.ok(markers.length >= 5, `${markers.length} markers`)
    for (const marker of markers) {
      // WeChat's map takes icons from the package, not data URIs.
      assert.match(marker.iconPath, /^\/subpackages\/points\/assets\/marker(-active)?\.png$/)
      assert.ok(existsSync(join(app.root, marker.iconPath)), `${marker.iconPath} is in the build`)
      assert.equal(typeof marker.latitude, 'number')
      assert.equal(typeof marker.id, 'number')
    }
    assert.equal(circles.length, 1)
    assert.equal(circles[0].radius, 1200)
    assert.deepEqual([circles[0].latitude, circles[0].longitude], [latitude, longitude])
    assert.deepEqual([latitude, longitude], [NEAR_NANHUA_FIRST.latitude, NEAR_NANHUA_FIRST.longitude])

    const last = markers[markers.length - 1]
    await app.fire(map, 'markertap', { markerId: last.id })
    const card = await app.waitFor(() => app.findAll({ cls: 'point-card' }).find((c) => c.text.includes(last.title)))
    assert.ok(card)
    assert.match(app.find({ tag: 'map' }).attrs.markers[last.id].iconPath, /marker-active\.png$/)
    assert.deepEqual(app.errors, [])
  })
})
