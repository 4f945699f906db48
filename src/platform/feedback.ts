import Taro from '@tarojs/taro'

export function toast(title: string, icon: 'success' | 'none' | 'error' = 'none'): void {
  void Taro.showToast({ title, icon, duration: 2000 })
}

/** A native confirm dialog; resolves true only on 确定. */
export async function confirm(options: { title: string; content: string; confirmText?: string; danger?: boolean }): Promise<boolean> {
  const result = await Taro.showModal({
    title: options.title,
    content: options.content,
    confirmText: options.confirmText ?? '确定',
    cancelText: '取消',
    confirmColor: options.danger ? '#d93026' : '#1a73e8',
  })
  return result.confirm
}

/** A native action sheet; resolves the chosen index or null when cancelled. */
export async function chooseAction(items: string[]): Promise<number | null> {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: items })
    return tapIndex
  } catch {
    return null
  }
}
