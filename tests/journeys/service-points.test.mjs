import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { useApp, visible } from './harness.mjs'
import { confirmModal } from './steps.mjs'

const LIST = 'subpackages/points/pages/list/index'
// A few steps from 南华大学附属第一医院, 衡阳.
const NEAR_NANHUA_FIRST = { latitude: 26.9025, longitude: 112.6055 }

/** Records navigations the page asks for, including tel: links Chromium hands to the OS. */
async function watchNavigations(context, page) {
  const urls = []
  const cdp = await context.newCDPSession(page)
  await cdp.send('Page.enable')
  cdp.on('Page.frameRequestedNavigation', (e) => urls.push(e.url))
  return { urls, cdp }
}

async function located(app) {
  const context = await app.newContext()
  await context.grantPermissions(['geolocation'])
  await context.setGeolocation(NEAR_NANHUA_FIRST)
  // Navigation opens the 高德 map page; answer it locally so no test depends on the internet.
  await context.route('https://uri.amap.com/**', (route) => route.fulfill({ body: 'map', contentType: 'text/plain' }))
  const page = await app.open(LIST, { context })
  return { context, page }
}

const cards = (page) => page.locator('[data-testid=point-card]').locator('visible=true')

async function totalShown(page) {
  const text = await visible(page, '个网点').textContent()
  return Number(/共 (\d+) 个网点/.exec(text)?.[1])
}

/** Drags a column of Taro's h5 picker by whole rows, as a finger would. */
async function dragPicker(page, cdp, column, rows) {
  const box = await page.locator('.weui-picker__group').nth(column).boundingBox()
  const rowHeight = await page
    .locator('.weui-picker__item')
    .first()
    .evaluate((el) => el.getBoundingClientRect().height)
  const x = box.x + box.width / 2
  const y0 = box.y + box.height / 2
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y: y0 }] })
  for (let i = 1; i <= 10; i++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y0 - (rows * rowHeight * i) / 10 }] })
    await page.waitForTimeout(30)
  }
  await page.waitForTimeout(300)
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  // Let the column settle on its row before the next gesture.
  await page.waitForTimeout(1000)
}

describe('service points', () => {
  const app = useApp()

  it('with location allowed, shows the nearest point first and can call and navigate to it', async () => {
    const { context, page } = await located(app)
    await visible(page, '我的位置附近').waitFor()
    const first = cards(page).first()
    await first.waitFor()
    assert.match(await first.textContent(), /南华大学附属第一医院/)
    assert.match(await first.textContent(), /\d+米/)
    // Seed 004 lists it for 住院 settlement only; the kinds show as chips.
    assert.equal((await first.locator('.point-card__tags').textContent()).trim(), '跨省直接结算住院')

    const [map] = await Promise.all([context.waitForEvent('page'), first.locator('.point-card__action', { hasText: '导航' }).click()])
    await map.waitForLoadState()
    assert.match(map.url(), /uri\.amap\.com\/marker\?position=112\.6061,26\.9031&name=/)
    await map.close()

    await first.locator('.point-card__action', { hasText: '详情' }).click()
    await visible(page, '营业时间').waitFor()
    await page.locator('[aria-label="已开通：住院"]').locator('visible=true').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('shows no invented phone for a real hospital without a sourced number, and offers 12393 with a note', async () => {
    const { context, page } = await located(app)
    const { urls } = await watchNavigations(context, page)
    const first = cards(page).first()
    await first.waitFor()
    assert.match(await first.textContent(), /南华大学附属第一医院/)
    assert.doesNotMatch(await first.textContent(), /演示数据/)
    // The card's call action explains and offers the hotline instead of dialling a made-up number.
    await first.locator('.point-card__action', { hasText: '电话' }).click()
    await visible(page, '本应用不编造机构电话').waitFor()
    await confirmModal(page)
    await page.waitForTimeout(300)
    assert.deepEqual(urls, ['tel:12393'])

    await first.locator('.point-card__action', { hasText: '详情' }).click()
    await visible(page, '暂未收录该机构的电话').waitFor()
    assert.equal(
      await page
        .locator('.point-detail__phone-number')
        .locator('visible=true')
        .allTextContents()
        .then((t) => t.join()),
      '12393',
    )
    assert.doesNotMatch(await page.locator('.page').locator('visible=true').first().textContent(), /0\d{2,3}-\d{7,8}/)
    await visible(page, '咨询12393').click()
    await confirmModal(page)
    await page.waitForTimeout(300)
    assert.deepEqual(urls, ['tel:12393', 'tel:12393'])
  })

  it('marks generated points 演示数据 and never dials their made-up numbers', async () => {
    const { context, page } = await located(app)
    const { urls } = await watchNavigations(context, page)
    await cards(page).first().waitFor()
    const demo = cards(page)
      .filter({ has: page.locator('[data-testid=demo-mark]') })
      .first()
    await demo.waitFor()
    await demo.locator('.point-card__action', { hasText: '电话' }).click()
    await visible(page, '电话为虚构号码，无法拨打').waitFor()
    await page.locator('.taro-model__cancel').locator('visible=true').click()
    await page.waitForTimeout(300)
    assert.deepEqual(urls, [])
    await demo.locator('.point-card__action', { hasText: '详情' }).click()
    await visible(page, '此网点为生成的示例，不是真实机构').waitFor()
    await visible(page, '演示号码（虚构，无法接通）').waitFor()
    assert.equal(await page.locator('[data-testid=demo-mark]').locator('visible=true').count(), 1)
  })

  it('calls a district agency on the line the user picks (职工 or 城乡居民)', async () => {
    const { context, page } = await located(app)
    const { urls } = await watchNavigations(context, page)
    await cards(page).first().waitFor()
    await page.locator('.filter-bar__input input').locator('visible=true').fill('衡南县医保')
    const card = cards(page).filter({ hasText: '衡南县医保经办机构' }).first()
    await card.waitFor()
    await card.locator('.point-card__action', { hasText: '电话' }).click()
    await visible(page, '城乡居民医保 0734-8552048').click()
    // Seed 004's numbers are from 2017: the date is shown before dialling.
    await visible(page, '2017年衡阳市公布的异地就医备案电话').waitFor()
    await confirmModal(page)
    await page.waitForTimeout(300)
    assert.ok(urls.includes('tel:0734-8552048'), `called the 城乡居民 line (saw ${urls.join(', ')})`)
  })

  it('with location denied, explains why and lists a city chosen in the picker', async () => {
    const context = await app.newContext()
    const page = await app.open(LIST, { context })
    const { cdp } = await watchNavigations(context, page)
    await visible(page, '未获得定位权限').waitFor()
    await visible(page, '开启定位后，可按距离列出离您最近的医保经办机构').waitFor()
    await visible(page, '切换城市').click()
    await page.locator('.weui-picker__group').first().waitFor()
    await page.waitForTimeout(500)
    await dragPicker(page, cdp, 0, 17) // 湖南省
    await dragPicker(page, cdp, 1, 3) // 衡阳市
    await visible(page, '确定').click()
    await visible(page, '湖南省衡阳市').waitFor()
    await cards(page).first().waitFor()
    assert.match(await cards(page).first().textContent(), /衡阳市医保中心/)
    assert.ok((await totalShown(page)) > 15)
    assert.equal(await page.locator('.points-help').locator('visible=true').count(), 0)
  })

  it('opened from a filing for 衡阳, lists the hospitals there that settle across provinces', async () => {
    const page = await app.open(`${LIST}?cityCode=430400&crossProvince=1`)
    await visible(page, '湖南省衡阳市').waitFor()
    await cards(page).first().waitFor()
    for (const text of await cards(page).allTextContents()) assert.match(text, /跨省直接结算住院/)
    assert.match(await cards(page).first().textContent(), /南华大学附属第一医院/)
    assert.equal(await page.locator('.chip--on', { hasText: '跨省直接结算' }).locator('visible=true').count(), 1)
  })

  it('filters narrow the list, combine, and clearing them restores it', async () => {
    const { page } = await located(app)
    await cards(page).first().waitFor()
    const all = await totalShown(page)

    await visible(page, '定点医院').click()
    await page.waitForFunction(() => !document.body.innerText.includes('查询中'))
    const hospitals = await totalShown(page)
    assert.ok(hospitals > 0 && hospitals < all, `${hospitals} hospitals of ${all}`)
    for (const text of await cards(page).allTextContents()) assert.match(text, /定点医院/)

    await visible(page, '跨省直接结算').click()
    await page.waitForFunction((n) => /共 (\d+) 个网点/.exec(document.body.innerText)?.[1] !== String(n), hospitals)
    const crossHospitals = await totalShown(page)
    assert.ok(crossHospitals > 0 && crossHospitals < hospitals, `${crossHospitals} of ${hospitals}`)
    for (const text of await cards(page).allTextContents()) assert.match(text, /跨省直接结算(住院|普通门诊|门诊慢特病)/)

    await visible(page, '清除筛选').click()
    await page.waitForFunction((n) => document.body.innerText.includes(`共 ${n} 个网点`), all)
    assert.equal(await totalShown(page), all)
  })

  it('offline, shows the last result marked as not fresh', async () => {
    const { context, page } = await located(app)
    await cards(page).first().waitFor()
    const offline = await app.open(LIST, { context, mock: 'fast,offline' })
    await visible(offline, '网络不可用，显示的是').waitFor()
    assert.match(await cards(offline).first().textContent(), /南华大学附属第一医院/)
  })

  it('switches to the map, where tapping a marker shows the same card and the walking ring is drawn', async () => {
    const { page } = await located(app)
    await cards(page).first().waitFor()
    await visible(page, '地图模式').click()
    await visible(page, '15分钟医保服务圈').waitFor()
    assert.equal(await page.locator('.points-plot__ring').locator('visible=true').count(), 1)
    const markers = page.locator('[data-testid=map-marker]').locator('visible=true')
    assert.ok((await markers.count()) >= 5)
    // Tap the topmost marker a finger can reach: later markers are drawn on top (a hospital and its 医保服务站 share a
    // spot), and one may sit under the scale label.
    let name = null
    for (let i = (await markers.count()) - 1; i >= 0 && name === null; i--) {
      const marker = markers.nth(i)
      try {
        await marker.click({ timeout: 1500 })
        // The label reads "<name>，距离…" (a11y): the card shows the name.
        name = (await marker.getAttribute('aria-label')).split('，')[0]
      } catch {
        // covered: try the one below
      }
    }
    assert.ok(name, 'some marker could be tapped')
    const card = cards(page).first()
    await card.waitFor()
    assert.match(await card.textContent(), new RegExp(name.replace(/[()（）]/g, '.')))
  })
})
