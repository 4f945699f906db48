import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { tapTab, useApp, visible } from './harness.mjs'

const QA = 'subpackages/qa/pages/index/index'

async function ask(page, question) {
  const input = page.locator('.qa-search__input input').locator('visible=true')
  await input.waitFor()
  await input.fill(question)
}

/** The mock server's persisted state, as the app stored it (Taro h5 wraps values as {data}). */
async function serverState(page) {
  return page.evaluate(() => JSON.parse(JSON.parse(localStorage.getItem('mock-server-state')).data))
}

describe('policy Q&A', () => {
  const app = useApp()

  it('asks in their own words, opens the right answer, and goes on to file', async () => {
    const page = await app.open(QA)
    await visible(page, '大家常问').waitFor()
    await ask(page, '我妈退休去广州跟我住看病能报吗')
    const first = page.locator('.qa-hit-card').locator('visible=true').first()
    await first.waitFor()
    assert.match(await first.textContent(), /父母退休后到外省跟子女一起住/)
    // The matched words are highlighted.
    const hits = await first.locator('.qa-hit').allTextContents()
    assert.ok(
      hits.some((h) => h.includes('退休')),
      `highlights: ${hits.join('|')}`,
    )

    await first.click()
    await visible(page, '简要回答').waitFor()
    await visible(page, '可以。老人退休后到外省和子女一起生活').waitFor()
    await visible(page, '依据：').waitFor()
    await visible(page, '相关问题').waitFor()
    // The answer marks the words that were searched for.
    assert.ok((await page.locator('.qa-answer .qa-hit').locator('visible=true').count()) > 0)
    await page.locator('.qa-entry__action', { hasText: '去备案' }).locator('visible=true').click()
    await page.waitForURL(/#\/subpackages\/filing\/pages\/start\/index/)
    assert.deepEqual(page.errors, [])
  })

  it('reads the bundled answers offline from a cold start, without being stopped by sign-in', async () => {
    const page = await app.open(QA, { mock: 'fast,offline' })
    await ask(page, '异地急诊能报销吗')
    const first = page.locator('.qa-hit-card').locator('visible=true').first()
    await first.waitFor()
    await first.click()
    await visible(page, '简要回答').waitFor()
    assert.equal(await page.locator('.session-gate').locator('visible=true').count(), 0)
  })

  it('with no results, suggests topics and the 12393 hotline instead of a blank page', async () => {
    const page = await app.open(QA)
    await ask(page, '钓鱼竿哪个牌子好')
    await visible(page, '没有找到“钓鱼竿哪个牌子好”相关的问题').waitFor()
    await visible(page, '拨打 12393').waitFor()
    await page.locator('.qa-empty .qa-topics__chip', { hasText: '谁可以备案' }).locator('visible=true').click()
    await visible(page, '哪些人可以办理跨省异地就医备案？').waitFor()
    assert.deepEqual(page.errors, [])
  })

  it('says whether an answer helped, and the server keeps the vote', async () => {
    const page = await app.open('subpackages/qa/pages/entry/index?id=cat-long-term')
    await visible(page, '这条有帮助吗？').waitFor()
    await page.locator('.qa-feedback__btn', { hasText: '有帮助' }).locator('visible=true').click()
    await visible(page, '感谢您的反馈！').waitFor()
    const state = await serverState(page)
    assert.equal(state.qaFeedback.filter((f) => f.entryId === 'cat-long-term' && f.helpful).length, 1)
    // Reopened later, the page remembers the vote.
    await page.reload()
    await visible(page, '感谢您的反馈！').waitFor()
  })

  it('reads answers with the network gone', async () => {
    const page = await app.open('pages/me/index')
    await visible(page, '开发者设置').click()
    await page.locator('[aria-label="离线"]').locator('visible=true').first().click()
    await page.goBack()
    await tapTab(page, '办事')
    await visible(page, '政策问答').click()
    await ask(page, '社保卡没带能看病吗')
    await page.locator('.qa-hit-card', { hasText: '没带医保卡（社保卡），能看病报销吗？' }).locator('visible=true').click()
    await visible(page, '凭医保电子凭证二维码或刷脸').waitFor()
    await visible(page, '医保电子凭证').waitFor()
  })

  it('goes from an answer to the nearby service points', async () => {
    const page = await app.open('subpackages/qa/pages/entry/index?id=where-to-file')
    await page.locator('.qa-entry__action', { hasText: '找附近网点' }).locator('visible=true').click()
    await page.waitForURL(/#\/subpackages\/points\/pages\/list\/index/)
  })

  it('opening an unknown question explains and leads back', async () => {
    const page = await app.open('subpackages/qa/pages/entry/index?id=no-such-question')
    await visible(page, '没有找到这个问题').waitFor()
    await page.locator('.qa-entry__missing .btn').locator('visible=true').click()
    await visible(page, '大家常问').waitFor()
  })
})
