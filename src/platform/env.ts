/** Build-time environment. */
export const isH5 = process.env.TARO_ENV === 'h5'
export const isWeapp = process.env.TARO_ENV === 'weapp'
export const backendUrl: string = process.env.BACKEND_URL ?? ''

/** Values of `?name=a,b` in the h5 page URL (before the hash); empty on weapp. */
export function launchQueryList(name: string): string[] {
  if (!isH5 || typeof window === 'undefined') return []
  const value = new URLSearchParams(window.location.search).get(name)
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : []
}
