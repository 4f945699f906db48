/**
 * Unpredictable bytes for session tokens and binding codes. The seeded PRNG (rng.ts) is for demo data only: two
 * servers with the same seed must not hand out the same codes.
 */
export type RandomBytes = (length: number) => Uint8Array

/**
 * The platform's secure random where it exists (Web Crypto: browsers, h5, Node 20). WeChat's JS engine has no
 * synchronous one (wx.getRandomValues is asynchronous), so the in-app demo falls back to Math.random there; the
 * reference server injects node:crypto instead.
 */
export const platformRandomBytes: RandomBytes = (length) => {
  const bytes = new Uint8Array(length)
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto
  if (webCrypto?.getRandomValues) return webCrypto.getRandomValues(bytes)
  for (let i = 0; i < length; i++) bytes[i] = Math.floor(Math.random() * 256)
  return bytes
}

/** A token of `bytes` random bytes as hex (32 bytes: 256 bits). */
export function randomToken(random: RandomBytes, bytes = 32): string {
  return Array.from(random(bytes), (b) => b.toString(16).padStart(2, '0')).join('')
}

/** A uniformly random 6-digit code without a leading zero (100000–999999), by rejection sampling. */
export function randomCode(random: RandomBytes): string {
  const span = 900_000
  const limit = Math.floor(2 ** 32 / span) * span
  for (;;) {
    const b = random(4)
    const n = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0
    if (n < limit) return String(100_000 + (n % span))
  }
}
