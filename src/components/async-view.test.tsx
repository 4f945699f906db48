import { fireEvent, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'

describe('AsyncView', () => {
  it('shows a clear error with a retry that calls back, instead of a blank page', () => {
    const retry = jest.fn()
    render(<AsyncView loading={false} error='网络连接失败，请检查网络后重试' onRetry={retry} empty />)
    expect(screen.getByText('加载失败')).toBeTruthy()
    expect(screen.getByText('网络连接失败，请检查网络后重试')).toBeTruthy()
    fireEvent.click(screen.getByText('重试'))
    expect(retry).toHaveBeenCalledTimes(1)
  })

  it('keeps showing older content with a banner when a refresh fails', () => {
    render(
      <AsyncView loading={false} error='网络连接失败' empty={false}>
        <Text>上次的内容</Text>
      </AsyncView>,
    )
    expect(screen.getByText('上次的内容')).toBeTruthy()
    expect(screen.getByText('网络连接失败，显示的是上次加载的内容')).toBeTruthy()
  })

  it('shows loading and empty states', () => {
    const { rerender } = render(<AsyncView loading error={null} empty />)
    expect(screen.getByText('加载中…')).toBeTruthy()
    rerender(<AsyncView loading={false} error={null} empty emptyText='暂无备案' />)
    expect(screen.getByText('暂无备案')).toBeTruthy()
  })
})
