// Journey on the weapp build: a colloquial question from the home page to the answer, and on to filing.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

describe('policy Q&A on the weapp build', () => {
  let app
  before(async () => {
    app = await launch()
  })

  it('asks in their own words from the home page, opens the right answer, and goes on to file', async () => {
    await app.waitFor('您好，李明')
    await app.tap('政策问答')
    await app.waitForRoute('subpackages/qa/pages/index/index')
    await app.waitFor('大家常问')
    await app.input('用自己的话问，如：退休去外地住能报销吗', '我妈退休去广州跟我住看病能报吗')
    const first = await app.waitFor({ cls: 'qa-hit-card' })
    assert.match(first.text, /父母退休后到外省跟子女一起住/)
    // The matched words are highlighted.
    const hits = app.findAll({ cls: 'qa-hit' }, { within: first }).map((h) => h.text)
    assert.ok(
      hits.some((h) => h.includes('退休')),
      `highlights: ${hits.join('|')}`,
    )

    await app.tap(first)
    await app.waitForRoute('subpackages/qa/pages/entry/index')
    await app.waitFor('简要回答')
    await app.waitFor('可以。老人退休后到外省和子女一起生活')
    await app.waitFor('依据：')
    await app.waitFor('相关问题')
    assert.ok(app.findAll({ cls: 'qa-hit' }).length > 0, 'the answer marks the searched words')

    await app.tap({ cls: 'qa-entry__action', text: '去备案' })
    await app.waitForRoute('subpackages/filing/pages/start/index')
    await app.waitFor('你为什么要去外地看病')
    assert.deepEqual(app.stack, [
      'pages/home/index',
      'subpackages/qa/pages/index/index',
      'subpackages/qa/pages/entry/index',
      'subpackages/filing/pages/start/index',
    ])
    assert.deepEqual(app.errors, [])
  })
})
