import { act, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { View } from '@tarojs/components'

jest.mock('@/backend', () => {
  const actual = jest.requireActual('@/domain/errors')
  return {
    ...actual,
    backend: {
      session: {
        login: jest.fn(async () => ({ token: 't', accountId: 'A001', personId: 'P001', expiresAt: Date.now() + 1e6 })),
        getProfile: jest.fn(async () => ({ self: { id: 'P001', name: '李明', relation: 'self' }, actable: [] })),
      },
    },
  }
})
jest.mock('@/platform/auth', () => ({ wechatLoginCode: async () => 'code' }))

import { useSession } from '@/app-state/session-store'
import { PageShell } from '@/components/page-shell'

function Form() {
  const [text, setText] = useState('')
  return (
    <View>
      {/* Stands in for typing: what matters is that the page's state survives re-login. */}
      <View onClick={() => setText('广州市天河区体育西路1号')}>填写地址</View>
      <View>{`已填写：${text}`}</View>
    </View>
  )
}

describe('session gate', () => {
  it('covers the page when the session expires, and signing in again keeps what was typed', async () => {
    useSession.setState({ status: 'ready', profile: { self: { id: 'P001' }, actable: [] } as never })
    render(
      <PageShell>
        <Form />
      </PageShell>,
    )
    fireEvent.click(screen.getByText('填写地址'))
    expect(await screen.findByText('已填写：广州市天河区体育西路1号')).toBeTruthy()

    const { BackendError } = jest.requireActual('@/domain/errors')
    act(() => void useSession.getState().report(new BackendError('SESSION_EXPIRED')))
    expect(await screen.findByText('登录已过期')).toBeTruthy()
    expect(screen.getByText('已填写：广州市天河区体育西路1号')).toBeTruthy()

    await act(async () => {
      fireEvent.click(screen.getByText('微信一键登录'))
    })
    expect(screen.queryByText('登录已过期')).toBeNull()
    expect(screen.getByText('已填写：广州市天河区体育西路1号')).toBeTruthy()
    expect(useSession.getState().status).toBe('ready')
  })
})
