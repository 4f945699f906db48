// Runs first in the weapp app (see index.js): registers the extra attributes with Taro's runtime so the data keys it
// writes match the ones the generated templates read. Plain ES5: files outside src are bundled but not transpiled.
import { hooks, mergeInternalComponents } from '@tarojs/shared'
import attributes from './attributes.json'

var patch = {}
Object.keys(attributes).forEach(function (component) {
  patch[component] = {}
  attributes[component].forEach(function (name) {
    patch[component][name] = ''
  })
})
mergeInternalComponents(patch)

// A tappable view with no role of its own is announced as a button ("按钮"). Taro shows views that only have a tap
// handler through a slimmer template (click-view) that carries no attributes; such a view uses the full one instead.
hooks.tap('modifyHydrateData', function (data, node) {
  if (data.role || !node || typeof node.isAnyEventBinded !== 'function') return
  var handlers = node.__handlers || {}
  if (!handlers.tap || handlers.tap.length === 0) return
  if (data.nn !== 'view' && data.nn !== 'click-view' && data.nn !== 'text' && data.nn !== 'image') return
  data.role = 'button'
  if (data.nn === 'click-view') data.nn = 'view'
})
