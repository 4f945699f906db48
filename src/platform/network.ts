import Taro from '@tarojs/taro'
import { isH5 } from '@/platform/env'

/** Calls `listener(false)` when the device loses its connection and `listener(true)` when it is back; returns the unsubscribe. */
export function onConnectivityChange(listener: (online: boolean) => void): () => void {
  if (isH5) {
    if (typeof window === 'undefined') return () => undefined
    const up = () => listener(true)
    const down = () => listener(false)
    window.addEventListener('online', up)
    window.addEventListener('offline', down)
    return () => {
      window.removeEventListener('online', up)
      window.removeEventListener('offline', down)
    }
  }
  const handler = (result: { isConnected: boolean }) => listener(result.isConnected)
  try {
    Taro.onNetworkStatusChange(handler)
  } catch {
    return () => undefined
  }
  return () => {
    try {
      Taro.offNetworkStatusChange(handler)
    } catch {
      // Older base libraries have no off: the listener then stays, harmlessly.
    }
  }
}
