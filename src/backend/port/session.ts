import type { Profile, Session } from '@/domain'

export interface SessionApi {
  /** Exchanges a `Taro.login` code for a session. The mock accepts any non-empty code as the demo account. */
  login(code: string): Promise<Session>
  logout(): Promise<void>
  getProfile(): Promise<Profile>
}
