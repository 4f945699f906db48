import type { FamilyApi } from '../port/family'
import { notYet } from './not-yet'
import type { MockServer } from './server'
import type { ServerSide } from './server-side'

export function createFamilyService(server: MockServer): ServerSide<FamilyApi> {
  return {
    list(caller) {
      const account = server.account(caller)
      return server.state.bindings
        .filter((b) => b.accountId === account.id)
        .map((b) => ({
          bindingId: b.id,
          relation: b.relation,
          status: b.status,
          person: server.summary(server.person(b.personId)),
          boundAt: b.boundAt,
        }))
    },
    startBinding: notYet,
    resendCode: notYet,
    confirm: notYet,
    unbind: notYet,
    delegations(caller, personId) {
      server.assertCanActFor(caller, personId)
      return server.state.delegations.filter((d) => d.personId === personId)
    },
  }
}
