import Taro from '@tarojs/taro'
import { isH5 } from '@/platform/env'

/** The drawing calls painters use: the standard 2D context, which weapp's `type="2d"` canvas implements too. */
export type Paint2D = CanvasRenderingContext2D

/** A painter draws in CSS pixels of a `width` × `height` box. */
export type Painter = (ctx: Paint2D, width: number, height: number) => void

export interface Drawn {
  /** h5: a PNG data URL to show in an Image (and to download). weapp: null, the page's canvas shows the drawing. */
  dataUrl: string | null
}

const pixelRatio = () => {
  try {
    return Math.min(3, Taro.getSystemInfoSync().pixelRatio || 2)
  } catch {
    return 2
  }
}

/** weapp: the `<Canvas type="2d" id=…>` node of the current page, waiting a little for it to be laid out. */
async function canvasNode(
  id: string,
): Promise<{ node: HTMLCanvasElement & { width: number; height: number }; width: number; height: number }> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const found = await new Promise<{ node?: unknown; width?: number; height?: number } | null>((resolve) => {
      Taro.createSelectorQuery()
        .select(`#${id}`)
        .fields({ node: true, size: true })
        .exec((result: unknown[]) => resolve((result?.[0] as { node?: unknown }) ?? null))
    })
    if (found?.node && found.width && found.height) {
      return { node: found.node as HTMLCanvasElement, width: found.width, height: found.height }
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error('canvas not found')
}

/**
 * Draws with `paint`. On h5, into an offscreen canvas of `width` × `height` CSS pixels, returned as a PNG data URL
 * (an image, so nothing on it can be copied as text). On weapp, into the page's 2d canvas `id`, at its laid-out size.
 * Throws when the platform cannot draw; callers show a message, never a blank.
 */
export async function draw(id: string, width: number, height: number, paint: Painter): Promise<Drawn> {
  const ratio = pixelRatio()
  if (isH5) {
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(width * ratio)
    canvas.height = Math.round(height * ratio)
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('no 2d context')
    ctx.scale(ratio, ratio)
    paint(ctx, width, height)
    return { dataUrl: canvas.toDataURL('image/png') }
  }
  const { node, width: w, height: h } = await canvasNode(id)
  node.width = Math.round(w * ratio)
  node.height = Math.round(h * ratio)
  const ctx = node.getContext('2d') as Paint2D | null
  if (!ctx) throw new Error('no 2d context')
  ctx.scale(ratio, ratio)
  // The painter works in its own width; the laid-out canvas may be a little different.
  ctx.scale(w / width, h / height)
  paint(ctx, width, height)
  return { dataUrl: null }
}

export type SaveResult = 'saved' | 'downloaded' | 'denied' | 'cancelled' | 'failed'

const isDenied = (error: unknown) => /auth|deny|denied|permission/i.test(String((error as { errMsg?: string })?.errMsg ?? error))
const isCancelled = (error: unknown) => /cancel/i.test(String((error as { errMsg?: string })?.errMsg ?? error))

/**
 * Saves a drawing as an image. h5: downloads the PNG (`dataUrl`) as `fileName`. weapp: exports the page's canvas
 * `id` and saves it to the photo album; WeChat asks for the album permission on first use. When it was refused
 * before, the caller is told (`denied`), so it can explain and offer `openPermissionSettings`.
 */
export async function saveDrawing(id: string, dataUrl: string | null, fileName: string): Promise<SaveResult> {
  if (isH5) {
    if (!dataUrl) return 'failed'
    const link = document.createElement('a')
    link.href = dataUrl
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    return 'downloaded'
  }
  try {
    const setting = await Taro.getSetting()
    if (setting.authSetting['scope.writePhotosAlbum'] === false) return 'denied'
    const { node } = await canvasNode(id)
    const { tempFilePath } = await Taro.canvasToTempFilePath({ canvas: node } as unknown as Taro.canvasToTempFilePath.Option)
    await Taro.saveImageToPhotosAlbum({ filePath: tempFilePath })
    return 'saved'
  } catch (error) {
    if (isDenied(error)) return 'denied'
    if (isCancelled(error)) return 'cancelled'
    return 'failed'
  }
}

/** Opens the mini-program's permission settings (after the user refused the album); resolves whether it is now allowed. */
export async function openPermissionSettings(scope: 'scope.writePhotosAlbum'): Promise<boolean> {
  try {
    const result = await Taro.openSetting()
    return result.authSetting[scope] === true
  } catch {
    return false
  }
}

/** A length in design pixels (750 wide) as this platform's CSS unit (rpx on weapp, rem on h5), for inline styles. */
export function designLength(px: number): string {
  return Taro.pxTransform(px)
}
