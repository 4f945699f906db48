import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { signedIn, tapTab, useApp, visible } from './harness.mjs'

const cards = (page) => page.locator('.case-card').locator('visible=true')
const chip = (page, text) => page.locator('.chip', { hasText: text }).locator('visible=true').first()

describe('我的办件', () => {
  const app = useApp()

  it('gathers every kind of application, filters by person and stage, and opens each one', async () => {
    const page = await app.open()
    await signedIn(page)
    await tapTab(page, '我的')
    // Home lists 我的办件 too: wait until 我的 is the page on screen before tapping its entry.
    await visible(page, '关怀模式').waitFor()
    await visible(page, '我的办件').click()
    await cards(page).first().waitFor({ timeout: 15000 })

    // The seed: 李明's and his parents' filings, and 王秀英's 高血压 qualification.
    const all = await cards(page).count()
    assert.ok(all >= 3, `expected the seeded applications, saw ${all}`)
    assert.ok((await cards(page).filter({ hasText: '异地就医备案' }).count()) > 0)
    assert.ok((await cards(page).filter({ hasText: '门诊慢特病认定' }).count()) > 0)

    await chip(page, '王秀英').click()
    await page.waitForTimeout(300)
    const hers = await cards(page).allTextContents()
    assert.ok(hers.length > 0 && hers.length < all, 'filtering by person narrows the list')
    for (const text of hers) assert.match(text, /王秀英/)

    await chip(page, '已办结').click()
    await page.waitForTimeout(300)
    const done = cards(page).filter({ hasText: '门诊慢特病认定' }).first()
    await done.waitFor()
    assert.match(await done.textContent(), /已认定/)
    await done.click()
    await visible(page, '高血压').waitFor({ timeout: 10000 })
    assert.deepEqual(page.errors, [])
  })
})
