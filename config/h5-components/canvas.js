import { defineCustomElement } from '@tarojs/components/dist/components/taro-canvas-core.js'
import { component } from './component.js'

export const Canvas = /*@__PURE__*/ component('taro-canvas-core', defineCustomElement)
