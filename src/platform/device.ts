import Taro from '@tarojs/taro'

export function makePhoneCall(phoneNumber: string): Promise<void> {
  return Taro.makePhoneCall({ phoneNumber }).then(() => undefined)
}

export function openLocation(place: { lat: number; lng: number; name: string; address: string }): Promise<void> {
  return Taro.openLocation({ latitude: place.lat, longitude: place.lng, name: place.name, address: place.address, scale: 16 }).then(
    () => undefined,
  )
}

/** Logs an unexpected render error where a developer (or WeChat's 实时日志) will see it. */
export function reportError(error: Error, where: string): void {
  console.error('[render error]', error, where)
}
