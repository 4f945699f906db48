import { fireEvent, render } from '@testing-library/react'
import { ErrorBoundary } from '@/components/error-boundary'

jest.mock('@/platform/device', () => ({ reportError: jest.fn() }))

let broken = true
function Fragile() {
  if (broken) throw new Error('boom')
  return <span>页面内容</span>
}

describe('ErrorBoundary', () => {
  it('shows a Chinese message with 重试 and 返回首页 instead of a blank page, and recovers on retry', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    const home = jest.fn()
    const { getByText, queryByText } = render(
      <ErrorBoundary onHome={home}>
        <Fragile />
      </ErrorBoundary>,
    )
    expect(getByText('页面出了点问题')).toBeTruthy()
    fireEvent.click(getByText('返回首页'))
    expect(home).toHaveBeenCalled()
    broken = false
    fireEvent.click(getByText('重试'))
    expect(queryByText('页面内容')).toBeTruthy()
    spy.mockRestore()
  })
})
