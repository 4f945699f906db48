import { defineCustomElement } from '@tarojs/components/dist/components/taro-switch-core.js'
import { component } from './component.js'

export const Switch = /*@__PURE__*/ component('taro-switch-core', defineCustomElement)
