import { backendContract } from '@/backend/contract'
import { createTestServer } from '@/backend/mock/test-server'
import { setInsuranceStatus } from '@/backend/mock/insurance-status'

const mockContract = (lazy: boolean) =>
  backendContract(async () => {
    const t = createTestServer({ lazy })
    return {
      demo: await t.signedIn('demo'),
      other: await t.signedIn('other:1'),
      anonymous: t.client(),
      advance: t.advance,
      now: t.now,
      setInsuranceStatus: (personId, status) => void setInsuranceStatus(t.server, personId, status),
    }
  })

describe('in-process mock adapter', () => mockContract(false))

// The h5 app loads everything but the session on first use: the same contract must hold through that path.
describe('in-process mock adapter, capability code loaded on first use', () => mockContract(true))
