/** Where a client keeps its session token (persisted storage in the app, a variable in tests). */
export interface TokenStore {
  get(): string | null
  set(token: string | null): void
}

export function memoryTokens(initial: string | null = null): TokenStore {
  let token = initial
  return { get: () => token, set: (t) => void (token = t) }
}
