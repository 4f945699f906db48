import { defineCustomElement } from '@tarojs/components/dist/components/taro-picker-core.js'
import { component } from './component.js'

export const Picker = /*@__PURE__*/ component('taro-picker-core', defineCustomElement)
