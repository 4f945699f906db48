import { manipulatePropsFunction } from '@tarojs/components/lib/react/helper.js'
import { createReactComponent } from '@tarojs/components/lib/react/react-component-lib/index.js'

/** One Taro h5 component as React renders it, made exactly as Taro's own components.js makes it. */
export const component = (tag, define) => createReactComponent(tag, undefined, manipulatePropsFunction, define)
