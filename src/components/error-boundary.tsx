import { Component, type ErrorInfo, type ReactNode } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { reportError } from '@/platform/device'

interface Props {
  children: ReactNode
  /** Where 返回首页 goes; the page shell passes a navigation function. */
  onHome(): void
}

/** A render error shows a plain Chinese message with a way on, instead of a blank page. */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false }

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    reportError(error, info.componentStack ?? '')
  }

  render(): ReactNode {
    if (!this.state.failed) return this.props.children
    return (
      <View className='card error-boundary' role='alert'>
        <Text className='error-boundary__title'>页面出了点问题</Text>
        <Text className='error-boundary__body'>您填写的内容已自动保存。可以重试，或先回到首页。</Text>
        <View className='error-boundary__actions'>
          <Button className='btn' onClick={() => this.setState({ failed: false })}>
            重试
          </Button>
          <Button className='btn secondary' onClick={this.props.onHome}>
            返回首页
          </Button>
        </View>
      </View>
    )
  }
}
