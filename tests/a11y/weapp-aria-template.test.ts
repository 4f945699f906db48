/** @jest-environment node */
/**
 * The weapp-aria Taro plugin (config/weapp-aria) must make role and aria-* reach WeChat's WXML, and the build-time
 * templates and the run-time data keys must agree, or every attribute after the new ones would land in the wrong slot.
 * This builds the real weapp base template in-process, the way `taro build --type weapp` does.
 */
import { getComponentsAlias, internalComponents } from '@tarojs/shared'
import * as helper from '@tarojs/helper'
import { Weapp } from '@tarojs/plugin-platform-weapp'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { components: weappRuntimeComponents } = require('@tarojs/plugin-platform-weapp/dist/runtime-utils') as {
  components: Record<string, Record<string, string>>
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const weappAria = require('../../config/weapp-aria/index.js') as {
  componentPatch(): Record<string, Record<string, string>>
  extendTemplate(ctx: unknown, platform: unknown): boolean
}

// Taro's shared list as the run time starts with it (building a template merges patches into this very object).
const sharedComponents = JSON.parse(JSON.stringify(internalComponents)) as Record<string, Record<string, string>>

function buildWeappTemplate(withPlugin: boolean) {
  const ctx = {
    helper,
    paths: { appPath: process.cwd(), outputPath: 'dist/weapp' },
    initialConfig: {},
    modifyWebpackChain: () => undefined,
  }
  const platform = new Weapp(ctx as never, { compiler: 'webpack5' } as never, {})
  // What Taro runs when setting the platform up: the weapp plugin's own component list, then onSetupClose plugins.
  ;(platform as unknown as { modifyTemplate(o: object): void }).modifyTemplate({})
  if (withPlugin) expect(weappAria.extendTemplate(ctx, platform)).toBe(true)
  const template = (
    platform as unknown as { template: { buildTemplate(c: object): string; componentsAlias: Record<string, Record<string, string>> } }
  ).template
  const wxml = template.buildTemplate({ includes: new Set(), includeAll: true, thirdPartyComponents: new Map() })
  return { wxml, alias: template.componentsAlias, runtimePath: (platform as unknown as { runtimePath: string[] }).runtimePath }
}

/** The first <tag …> of a level-0 template for a node name alias. */
function firstTag(wxml: string, tag: string): string {
  const match = new RegExp(`<${tag} [^>]*>`).exec(wxml)
  if (!match) throw new Error(`no <${tag}> in the template`)
  return match[0]
}

describe('weapp-aria Taro plugin', () => {
  const without = buildWeappTemplate(false)
  const built = buildWeappTemplate(true)

  it('without it, Taro drops role and aria-label from the weapp templates (the problem it solves)', () => {
    expect(without.wxml).not.toMatch(/aria-/)
  })

  it('writes aria-role (from the standard role attribute) and aria-label onto view, text, image and button', () => {
    for (const tag of ['view', 'text', 'image', 'button']) {
      const element = firstTag(built.wxml, tag)
      expect(element).toMatch(/aria-label="\{\{i\.p\d+\}\}"/)
      if (tag !== 'button') expect(element).toMatch(/aria-role="\{\{i\.p\d+\}\}"/)
    }
    const view = firstTag(built.wxml, 'view')
    for (const name of ['aria-hidden', 'aria-checked', 'aria-selected', 'aria-disabled', 'aria-expanded', 'aria-live', 'aria-level']) {
      expect(view).toContain(`${name}="{{i.`)
    }
    // role itself is not a WXML attribute WeChat reads.
    expect(view).not.toMatch(/ role=/)
  })

  it('registers a run-time module that gives the data the same short keys the templates read', () => {
    expect(built.runtimePath.some((p) => p.endsWith('weapp-aria/runtime.js'))).toBe(true)
    // The run time: Taro's shared component list, plus weapp's own (its runtime.js), plus ours (weapp-aria/runtime.js).
    const runtime = JSON.parse(JSON.stringify(sharedComponents)) as Record<string, Record<string, string>>
    for (const patch of [weappRuntimeComponents, weappAria.componentPatch()]) {
      for (const [name, props] of Object.entries(patch)) runtime[name] = { ...(runtime[name] ?? {}), ...props }
    }
    const runtimeAlias = getComponentsAlias(runtime) as Record<string, Record<string, string>>
    for (const node of ['view', 'static-view', 'catch-view', 'text', 'static-text', 'image', 'button', 'switch', 'input']) {
      expect(runtimeAlias[node]).toEqual(built.alias[node])
    }
    // And the template reads aria-role from the key the run time writes `role` to.
    const view = firstTag(built.wxml, 'view')
    expect(view).toContain(`aria-role="{{i.${runtimeAlias.view.role}}}"`)
    expect(view).toContain(`aria-label="{{i.${runtimeAlias.view.ariaLabel}}}"`)
  })
})
