// Every page of app.json on the production weapp build: real content with real fixtures, no errors, the WXML
// templates render exactly the text in Taro's data tree, and the page stays within WeChat's audit thresholds.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { before, describe, it } from 'node:test'
import { auditProblems } from './harness/audit.mjs'
import { launch } from './harness/host.mjs'
import { PAGE_CHECKS, PAGES_LAUNCH, visitPage } from './harness/pages.mjs'

const root = process.env.WEAPP_DIR ?? 'dist/weapp'
const appJson = JSON.parse(readFileSync(join(root, 'app.json'), 'utf8'))
const routes = [...appJson.pages, ...(appJson.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
// WEAPP_PAGES=route,route narrows the run (the harness's own tests use it on a damaged copy of the build).
const only = process.env.WEAPP_PAGES?.split(',').filter(Boolean)

describe('every page of the weapp build', () => {
  let app
  let launchError = null
  before(async () => {
    // A build that does not load (e.g. WXML that wcc rejects) fails every page's test, with the reason.
    app = await launch(PAGES_LAUNCH).catch((error) => {
      launchError = error
      return null
    })
  })

  it('has a check with real fixtures for every page in app.json', () => {
    assert.deepEqual(
      routes.filter((r) => !PAGE_CHECKS[r]),
      [],
      'add these pages to tests/weapp/harness/pages.mjs',
    )
  })

  for (const route of routes.filter((r) => !only || only.includes(r))) {
    it(`${route}: renders real content through the templates, with no error, within the audit`, async () => {
      if (launchError) throw launchError
      const result = await visitPage(app, route)
      assert.deepEqual(result.problems, [], `${route}${JSON.stringify(result.query)}:\n${result.problems.join('\n')}`)
      assert.deepEqual(auditProblems(result.figures), [], `${route}: ${JSON.stringify(result.figures)}`)
    })
  }
})
