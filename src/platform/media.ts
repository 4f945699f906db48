import Taro from '@tarojs/taro'

export interface ChosenImage {
  /** A temp path (weapp) or blob URL (h5); valid for this run of the app. */
  path: string
  size: number
  /** MIME type where known (h5); weapp gives none, so callers look at the path's extension. */
  type?: string
  name?: string
}

/** Picks up to `count` photos from the camera or album; resolves [] when the user cancels. Checks are the caller's. */
export async function chooseImages(count: number): Promise<ChosenImage[]> {
  try {
    const result = await Taro.chooseMedia({
      count: Math.max(1, count),
      mediaType: ['image'],
      sourceType: ['album', 'camera'],
      sizeType: ['original', 'compressed'],
    })
    return result.tempFiles.map((file) => {
      const original = (file as { originalFileObj?: { type?: string; name?: string } }).originalFileObj
      const fileType = (file as { fileType?: string }).fileType
      return {
        path: file.tempFilePath,
        size: file.size,
        type: original?.type ?? (fileType && fileType.includes('/') ? fileType : undefined),
        name: original?.name,
      }
    })
  } catch (error) {
    const message = String((error as { errMsg?: string })?.errMsg ?? error)
    if (/cancel|abort/i.test(message)) return []
    throw new Error('无法打开相册或相机，请检查权限设置')
  }
}

/** Shows photos full screen. */
export function previewImages(urls: string[], current: string): void {
  void Taro.previewImage({ urls, current }).catch(() => undefined)
}
