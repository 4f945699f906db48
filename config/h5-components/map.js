import { defineCustomElement } from '@tarojs/components/dist/components/taro-map-core.js'
import { component } from './component.js'

export const Map = /*@__PURE__*/ component('taro-map-core', defineCustomElement)
