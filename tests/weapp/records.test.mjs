// Journey on the weapp build: acting for 王秀英, her contribution history in 查询, through the weapp VirtualList.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const CONTRIBUTIONS = 'subpackages/records/pages/contributions/index'

describe('records on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })

  it('switches to 王秀英, and 查询 → 缴费记录 shows her 30 years of contributions under the acting-for banner', async () => {
    await app.waitFor('您好，李明')
    await app.tap({ cls: 'acting-for' })
    await app.waitFor('选择为谁办理')
    await app.tap({ cls: 'acting-sheet__person', text: '王秀英' })
    await app.waitFor('正在代母亲办理')

    await app.tapTab('查询')
    await app.waitForRoute('pages/records/index')
    await app.waitFor('王秀英的医保记录')
    await app.waitFor('正在代母亲办理')
    await app.tap('缴费记录')
    await app.waitForRoute(CONTRIBUTIONS)
    await app.waitFor('每年缴费合计')
    await app.waitFor('共 360 期')
    assert.match(app.find({ cls: 'acting-for' }).text, /正在代母亲办理/)
    assert.match(app.find({ cls: 'acting-for' }).text, /王秀英/)
    assert.equal(app.text().includes('李明的'), false)

    assert.deepEqual(app.errors, [])
  })

  it('taps the 2023 bar and sees only 2023, then exports it as a statement', async () => {
    assert.equal(app.page.route, CONTRIBUTIONS)
    // The bars run oldest to newest; every few carry the year's last two digits.
    const columns = app.findAll({ cls: 'year-chart__col' })
    const labelled = columns.findIndex((c) => /^\d\d$/.test(c.text))
    assert.ok(labelled >= 0, 'some bars are labelled with a year')
    const yy = Number(columns[labelled].text)
    const yearAt = (i) => (yy >= 50 ? 1900 : 2000) + yy + (i - labelled)
    const i2023 = columns.findIndex((_, i) => yearAt(i) === 2023)
    assert.ok(i2023 >= 0, `a 2023 bar among ${columns.length} bars`)
    await app.tap(columns[i2023])
    await app.waitFor('2023年 · 共 12 期 · 已缴合计')
    await app.waitFor('2023年12月')
    const periods = app.findAll({ cls: 'rec-entry__title' }).map((e) => e.text)
    assert.ok(periods.length > 0)
    assert.ok(
      periods.every((p) => p.startsWith('2023年')),
      periods.join(','),
    )

    await app.tap('导出2023年缴费明细')
    await app.waitForRoute('subpackages/records/pages/statement/index')
    await app.waitFor('2023年度医保缴费明细')
    assert.equal(app.findAll({ cls: 'statement__row' }).length, 12)
    await app.waitFor('4304**********2429')
    assert.deepEqual(app.errors, [])
  })

  it('back on all years, scrolls to her first month in 1994 and pulls down to refresh', async () => {
    await app.back()
    await app.waitForRoute(CONTRIBUTIONS)
    await app.tap('全部年份')
    await app.waitFor('共 360 期')
    // The weapp VirtualList: scrolling down to her first month in 1994 keeps only a screenful of rows rendered.
    const list = app.find({ cls: 'rec-list' })
    assert.equal(list.tag, 'scroll-view')
    // One long fling to the end of the list (in steps, as WeChat reports a fling).
    for (let top = 40_000; top <= 400_000 && !app.has('1994年1月'); top += 40_000) await app.scroll(list, top)
    await app.waitFor('1994年1月')
    const rows = app.findAll({ cls: 'rec-row' }).length
    assert.ok(rows > 0 && rows < 60, `${rows} rows rendered for 390 list rows`)

    // Pull down to refresh: the page reloads and stops WeChat's refresh animation.
    const stopsBefore = app.callsTo('stopPullDownRefresh').length
    app.pullDownRefresh()
    await app.waitFor(() => app.callsTo('stopPullDownRefresh').length > stopsBefore)
    await app.waitFor('共 360 期')
    assert.deepEqual(app.errors, [])
  })
})
