import Taro from '@tarojs/taro'
import { isH5 } from '@/platform/env'

export type LocationResult =
  | { status: 'granted'; lat: number; lng: number }
  /** The user refused, now or earlier (WeChat will not ask again until changed in settings). */
  | { status: 'denied' }
  | { status: 'unavailable'; reason: string }

const TIMEOUT_MS = 10_000

function errText(error: unknown): string {
  return String((error as { errMsg?: string; message?: string })?.errMsg ?? (error as Error)?.message ?? error)
}

/** The device position, or why there is none. Never rejects. */
export async function locate(): Promise<LocationResult> {
  try {
    if (!isH5) {
      const setting = await Taro.getSetting()
      if (setting.authSetting['scope.userLocation'] === false) return { status: 'denied' }
    }
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS))
    // Mini-program maps use GCJ-02; the browser only offers WGS-84 (about 500 m apart in China).
    const position = await Promise.race([Taro.getLocation({ type: isH5 ? 'wgs84' : 'gcj02', highAccuracyExpireTime: TIMEOUT_MS }), timeout])
    return { status: 'granted', lat: position.latitude, lng: position.longitude }
  } catch (error) {
    return classifyLocationError(errText(error))
  }
}

/** WeChat's and the browser's failure texts → what the page should say. */
export function classifyLocationError(text: string): Exclude<LocationResult, { status: 'granted' }> {
  if (/system permission|locationswitchoff|location switch/i.test(text))
    return { status: 'unavailable', reason: '手机的定位服务未开启，请在系统设置中允许微信使用定位' }
  if (/auth deny|auth denied|denied|permission/i.test(text)) return { status: 'denied' }
  if (/timeout|expired/i.test(text)) return { status: 'unavailable', reason: '定位超时，请到开阔处重试' }
  return { status: 'unavailable', reason: '暂时无法获取位置' }
}

/** Only the mini-program can open its own permission settings; a browser's are set by the user. */
export const canOpenLocationSettings = !isH5

/** Opens the mini-program's settings; resolves whether location is now allowed. */
export async function openLocationSettings(): Promise<boolean> {
  if (isH5) return false
  try {
    const { authSetting } = await Taro.openSetting()
    return authSetting['scope.userLocation'] === true
  } catch {
    return false
  }
}

/** Navigation to a place: the WeChat map on weapp; on h5 (no openLocation there) the 高德 map page in a new window. */
export function navigateTo(place: { lat: number; lng: number; name: string; address: string }): Promise<void> {
  if (isH5) {
    const url = `https://uri.amap.com/marker?position=${place.lng},${place.lat}&name=${encodeURIComponent(place.name)}&src=suixing-yibao&coordinate=gaode&callnative=1`
    window.open(url, '_blank')
    return Promise.resolve()
  }
  return Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 16 }).then(
    () => undefined,
  )
}

/** Window width in px, to turn design px (750 wide) into px. */
export function windowWidth(): number {
  try {
    return Taro.getSystemInfoSync().windowWidth
  } catch {
    return 375
  }
}

/** Window height in px, for virtual lists that need a fixed height. */
export function windowHeight(): number {
  try {
    return Taro.getSystemInfoSync().windowHeight
  } catch {
    return 640
  }
}
