// Runs first in the weapp app (see index.js): registers the extra attributes with Taro's runtime so the data keys it
// writes match the ones the generated templates read. Plain ES5: files outside src are bundled but not transpiled.
import { mergeInternalComponents } from '@tarojs/shared'
import attributes from './attributes.json'

var patch = {}
Object.keys(attributes).forEach(function (component) {
  patch[component] = {}
  attributes[component].forEach(function (name) {
    patch[component][name] = ''
  })
})
mergeInternalComponents(patch)
