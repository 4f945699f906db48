import { createElement, forwardRef, useEffect, useRef, useState } from 'react'
import { styleObject } from './style.js'

/**
 * Taro's View on h5 as a plain <div>. Taro's own is a Stencil custom element (taro-view-core) whose only h5 behaviour
 * is the hover class; every one of them is upgraded, queued and rendered by Stencil, which made the first screen
 * slower for nothing. The hover class keeps WeChat's timing: on 50 ms after the touch starts, off 400 ms after it ends.
 * `catchMove` only means something on weapp.
 */
export const View = forwardRef(function View(
  { hoverClass, hoverStartTime = 50, hoverStayTime = 400, catchMove, className, onTouchStart, onTouchEnd, onTouchCancel, style, ...props },
  ref,
) {
  void catchMove
  const [hover, setHover] = useState(false)
  const touching = useRef(false)
  const timer = useRef(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  if (!hoverClass)
    return createElement('div', { ...props, style: styleObject(style), ref, className, onTouchStart, onTouchEnd, onTouchCancel })

  const release = () => {
    touching.current = false
    clearTimeout(timer.current)
    timer.current = setTimeout(() => setHover(false), hoverStayTime)
  }
  return createElement('div', {
    ...props,
    style: styleObject(style),
    ref,
    className: hover ? `${className ?? ''} ${hoverClass}` : className,
    onTouchStart(event) {
      touching.current = true
      clearTimeout(timer.current)
      timer.current = setTimeout(() => touching.current && setHover(true), hoverStartTime)
      onTouchStart?.(event)
    },
    onTouchEnd(event) {
      release()
      onTouchEnd?.(event)
    },
    onTouchCancel(event) {
      release()
      onTouchCancel?.(event)
    },
  })
})
