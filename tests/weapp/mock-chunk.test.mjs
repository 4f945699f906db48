// The demo's mock capability services are not in the weapp main package: the first call that needs them downloads the
// common subpackage's mock chunk with require.async (分包异步化). Offline at that moment, the call fails as a network
// error and the next one downloads it again.
import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { launch } from './harness/host.mjs'

const CHUNK = 'subpackages/common/mock-services.js'

describe('the mock chunk on the weapp build', () => {
  let app
  before(async () => {
    app = await launch({ failAsyncRequires: 1 })
  })

  it('signs in from the main package alone, then loads the services from a subpackage after a failed download', async () => {
    await app.waitFor('您好，李明')
    await app.tapTab('查询')
    await app.waitForRoute('pages/records/index')
    await app.tap('缴费记录')
    await app.waitForRoute('subpackages/records/pages/contributions/index')
    await app.waitFor('每年缴费合计')

    // The first download failed; a later call fetched it again, and it is fetched no more once it has run.
    assert.ok(app.asyncRequires.length >= 2, `downloads: ${app.asyncRequires.join(', ')}`)
    assert.ok(app.asyncRequires.every((path) => path === CHUNK))
    const before = app.asyncRequires.length
    await app.back()
    await app.tap('缴费记录')
    await app.waitFor('每年缴费合计')
    assert.equal(app.asyncRequires.length, before)
    assert.deepEqual(app.errors, [])
  })
})
