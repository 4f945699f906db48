import { BackendError } from '@/domain'

const mockGetProfile = jest.fn()
const mockLogin = jest.fn<Promise<object>, [string]>(async () => ({}))
let mockTokenSaved = true
jest.mock('@/backend', () => ({
  ...jest.requireActual('@/domain/errors'),
  backend: { session: { getProfile: () => mockGetProfile(), login: (code: string) => mockLogin(code) } },
  hasSessionToken: () => mockTokenSaved,
}))
jest.mock('@/platform/auth', () => ({ wechatLoginCode: async () => 'code' }))

import { useSession } from '@/app-state/session-store'

const PROFILE = { self: { id: 'P001', name: '李明', relation: 'self' }, actable: [{ id: 'P001', name: '李明', relation: 'self' }] }

describe('session start', () => {
  beforeEach(() => {
    useSession.setState({ status: 'idle', profile: null, error: null })
    mockGetProfile.mockReset()
    mockLogin.mockClear()
    mockTokenSaved = true
  })

  it('at a first launch (no saved session), signs in without first asking for a profile it would be refused', async () => {
    mockTokenSaved = false
    mockGetProfile.mockResolvedValueOnce(PROFILE)
    await useSession.getState().start()
    expect(mockLogin).toHaveBeenCalledWith('code')
    expect(mockGetProfile).toHaveBeenCalledTimes(1) // after signing in, not before
    expect(useSession.getState().status).toBe('ready')
    expect(useSession.getState().profile?.self.name).toBe('李明')
  })

  it('with a saved session, resumes it without signing in again', async () => {
    mockGetProfile.mockResolvedValueOnce(PROFILE)
    await useSession.getState().start()
    expect(mockLogin).not.toHaveBeenCalled()
    expect(useSession.getState().status).toBe('ready')
  })

  it('offline at a cold start with a remembered profile, carries on with it and says why', async () => {
    useSession.setState({ profile: PROFILE as never })
    mockGetProfile.mockRejectedValueOnce(new BackendError('NETWORK'))
    await useSession.getState().start()
    expect(useSession.getState().status).toBe('ready')
    expect(useSession.getState().error).toBe('网络连接失败，请检查网络后重试')
    expect(useSession.getState().profile?.self.name).toBe('李明')
  })

  it('offline at the very first start, reports the error (nothing to show yet)', async () => {
    mockGetProfile.mockRejectedValueOnce(new BackendError('NETWORK'))
    await useSession.getState().start()
    expect(useSession.getState().status).toBe('error')
  })
})
