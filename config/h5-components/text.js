import { createElement, forwardRef } from 'react'
import './text.css'
import { styleObject } from './style.js'

/**
 * Taro's Text on h5 as a plain <span>, for the same reason as View (view.js). Like WeChat's text, it cannot be
 * selected unless `selectable`. Taro's `space` and `numberOfLines` are not implemented: the app uses neither.
 */
export const Text = forwardRef(function Text({ selectable, userSelect, className, style, ...props }, ref) {
  const modifier = selectable || userSelect ? 'taro-text taro-text--selectable' : 'taro-text'
  return createElement('span', { ...props, style: styleObject(style), ref, className: className ? `${modifier} ${className}` : modifier })
})
