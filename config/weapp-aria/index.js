// Taro plugin: lets WeChat's screen reader see the accessibility attributes the app sets on its components.
//
// Taro 4 renders weapp pages through generated templates (base.wxml) that copy only the attributes listed for each
// component; aria-* and role are not on the list, so they never reach WXML. This plugin uses the extension point Taro's
// own @tarojs/plugin-inject uses (`onSetupClose` → `platform.template.mergeComponents`) to add them, and registers the
// same list at run time (runtime.js), so the short data keys Taro derives from the list (p0, p1, …) agree on both sides.
//
// WeChat reads roles from `aria-role`, the web from `role`: the app writes the standard `role`, and on weapp the
// template names that attribute `aria-role` (WeChat: https://developers.weixin.qq.com/miniprogram/dev/component/aria-component.html).
const path = require('node:path')
const attributes = require('./attributes.json')

/** { View: { role: '', 'aria-label': '' }, … }: Taro's component patch format ('' = no default). */
function componentPatch() {
  const patch = {}
  for (const [component, names] of Object.entries(attributes)) {
    patch[component] = Object.fromEntries(names.map((name) => [name, '']))
  }
  return patch
}

/** Applies the patch to a mini-program platform's template; no-op for h5, which has no template. */
function extendTemplate(ctx, platform) {
  const template = platform && platform.template
  if (!template || typeof template.mergeComponents !== 'function') return false
  template.mergeComponents(ctx, componentPatch())
  const replacePropName = template.replacePropName.bind(template)
  template.replacePropName = (name, value, componentName, componentAlias) =>
    name === 'role' ? 'aria-role' : replacePropName(name, value, componentName, componentAlias)
  // runtime.js is listed in package.json "sideEffects", or webpack drops this bare import.
  const runtime = path.join(__dirname, 'runtime.js')
  platform.runtimePath = [...(Array.isArray(platform.runtimePath) ? platform.runtimePath : [platform.runtimePath]), runtime]
  return true
}

module.exports = (ctx) => {
  ctx.registerMethod({ name: 'onSetupClose', fn: (platform) => extendTemplate(ctx, platform) })
}
module.exports.componentPatch = componentPatch
module.exports.extendTemplate = extendTemplate
