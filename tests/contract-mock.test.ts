import { backendContract } from '@/backend/contract'
import { createTestServer } from '@/backend/mock/test-server'
import { setInsuranceStatus } from '@/backend/mock/insurance-status'

describe('in-process mock adapter', () => {
  backendContract(async () => {
    const t = createTestServer()
    return {
      demo: await t.signedIn('demo'),
      other: await t.signedIn('other:1'),
      anonymous: t.client(),
      advance: t.advance,
      now: t.now,
      setInsuranceStatus: (personId, status) => void setInsuranceStatus(t.server, personId, status),
    }
  })
})
