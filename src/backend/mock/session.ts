import { BackendError } from '@/domain'
import type { ActablePerson } from '@/domain'
import type { SessionApi } from '@/backend/port/session'
import { DEMO_ACCOUNT_ID, OTHER_ACCOUNT_ID } from '@/backend/mock/seed-people'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'

/** Demo login codes: `Taro.login` codes map to the demo account; `other:*` to the unrelated one (tests). */
function accountForCode(code: string): string {
  return code.startsWith('other:') ? OTHER_ACCOUNT_ID : DEMO_ACCOUNT_ID
}

export function createSessionService(server: MockServer): ServerSide<SessionApi> {
  return {
    login(_caller, code) {
      if (typeof code !== 'string' || code.trim() === '') {
        throw new BackendError('VALIDATION', '登录凭证无效，请重新登录')
      }
      const accountId = accountForCode(code)
      const account = server.state.accounts.find((a) => a.id === accountId)!
      // 256 bits from the secure source: never the seeded demo-data PRNG, never a timestamp.
      const token = server.newToken()
      const now = server.now()
      const session = { token, accountId, expiresAt: now + server.sessionTtlMs }
      server.state.sessions.push(session)
      // Expired sessions go, and each account keeps only its newest few, so storage does not grow forever.
      server.pruneSessions()
      server.save()
      return { ...session, personId: account.personId }
    },

    logout(caller) {
      server.state.sessions = server.state.sessions.filter((s) => s.token !== caller.token)
      server.save()
    },

    getProfile(caller) {
      const account = server.account(caller)
      const relationOf = (personId: string): ActablePerson['relation'] =>
        server.state.bindings.find((b) => b.accountId === account.id && b.personId === personId && b.status === 'active')?.relation ??
        'self'
      const actable = server.actablePersonIds(account).map((id) => ({ ...server.summary(server.person(id)), relation: relationOf(id) }))
      return { self: actable[0], actable }
    },
  }
}
