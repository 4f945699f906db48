import { useEffect, useState } from 'react'
import { Canvas, Image, Text, View } from '@tarojs/components'
import { draw, type Painter } from '@/platform/canvas'
import { isWeapp } from '@/platform/env'

interface DrawingProps {
  /** The weapp canvas id (unique on the page). */
  id: string
  /** The painter's box in CSS pixels; the shown size comes from `className`. */
  width: number
  height: number
  paint: Painter
  /** Redraws when this changes (e.g. the token). */
  drawKey: string
  className: string
  /** What the picture shows, for screen readers. */
  label: string
  /** What to say when drawing fails. */
  failText: string
  /** Called once drawn, with the h5 PNG (null on weapp, where the canvas holds the picture). */
  onDrawn?: (dataUrl: string | null) => void
  /** The box's inline style (e.g. a height in rpx that keeps the drawing's aspect). */
  boxStyle?: string
}

/**
 * A picture drawn on a canvas: on h5 an Image of the PNG (so the picture is an image, not text), on weapp the 2d
 * canvas itself. A failure shows `failText`, never a blank box.
 */
export function Drawing({ id, width, height, paint, drawKey, className, label, failText, onDrawn, boxStyle }: DrawingProps) {
  const [dataUrl, setDataUrl] = useState<string | null>(null)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    let live = true
    setFailed(false)
    setDataUrl(null)
    draw(id, width, height, paint)
      .then((drawn) => {
        if (!live) return
        setDataUrl(drawn.dataUrl)
        onDrawn?.(drawn.dataUrl)
      })
      .catch(() => {
        if (!live) return
        setFailed(true)
      })
    return () => {
      live = false
    }
    // The painter is recreated every render; drawKey says when the picture changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [drawKey, id, width, height])

  if (failed) {
    return (
      <View className={`${className} drawing--failed`} style={boxStyle} role='alert'>
        <Text>{failText}</Text>
      </View>
    )
  }
  if (isWeapp) return <Canvas type='2d' id={id} className={className} style={boxStyle} aria-label={label} />
  return dataUrl ? (
    <Image
      className={className}
      style={boxStyle}
      src={dataUrl}
      mode='scaleToFill'
      aria-label={label}
      // Taro h5 puts attributes on its wrapper; the <img> itself needs the alternative text.
      nativeProps={{ alt: label }}
    />
  ) : (
    <View className={`${className} drawing--pending`} style={boxStyle} aria-busy>
      <Text>正在生成…</Text>
    </View>
  )
}
