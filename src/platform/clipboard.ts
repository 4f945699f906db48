import Taro from '@tarojs/taro'

/** Copies text to the clipboard; resolves false when the platform refuses. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await Taro.setClipboardData({ data: text })
    return true
  } catch {
    return false
  }
}
