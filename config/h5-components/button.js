import { createElement, forwardRef } from 'react'
import './button.css'
import { styleObject } from './style.js'

/**
 * Taro's Button on h5 as a native <button>, for the same reason as View (view.js), and because a native button is
 * focusable, activates with Enter and Space, and says it is disabled without help. The app styles its buttons itself
 * (`.btn`); this keeps Taro's base look for anything else, its `loading` spinner and `size='mini'`.
 * WeChat-only props (`openType`, hover timings) mean nothing here.
 */
export const Button = forwardRef(function Button(
  {
    className,
    loading,
    disabled,
    size,
    type,
    plain,
    hoverClass,
    hoverStartTime,
    hoverStayTime,
    formType,
    openType,
    children,
    style,
    ...props
  },
  ref,
) {
  ;(void type, plain, hoverClass, hoverStartTime, hoverStayTime, openType)
  const classes = ['taro-button', size === 'mini' ? 'taro-button--mini' : '', className ?? ''].filter(Boolean).join(' ')
  return createElement(
    'button',
    {
      ...props,
      style: styleObject(style),
      ref,
      type: formType === 'submit' || formType === 'reset' ? formType : 'button',
      className: classes,
      disabled: Boolean(disabled),
      'aria-busy': loading ? true : undefined,
    },
    loading ? createElement('span', { className: 'taro-button__loading', 'aria-hidden': true }) : null,
    children,
  )
})
