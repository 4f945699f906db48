import Taro from '@tarojs/taro'
import { isWeapp } from '@/platform/env'

/**
 * While a code is on screen (医保码 at a hospital desk's scanner): full brightness and no screen lock. Returns the
 * restore function, which puts the previous brightness back and lets the screen sleep again. Weapp only; on h5 the
 * browser owns the screen. Failures are ignored: a dim screen is no reason to withhold the code.
 */
export async function brightenForCode(): Promise<() => void> {
  if (!isWeapp) return () => undefined
  let previous: number | null = null
  try {
    previous = (await Taro.getScreenBrightness()).value
  } catch {
    previous = null
  }
  void Taro.setScreenBrightness({ value: 1 }).catch(() => undefined)
  void Taro.setKeepScreenOn({ keepScreenOn: true }).catch(() => undefined)
  let restored = false
  return () => {
    if (restored) return
    restored = true
    // -1 would mean "follow the system"; only some base libraries accept it, so put the measured value back.
    if (previous !== null) void Taro.setScreenBrightness({ value: previous }).catch(() => undefined)
    void Taro.setKeepScreenOn({ keepScreenOn: false }).catch(() => undefined)
  }
}
