import { Button, Text, View } from '@tarojs/components'
import { useSession } from '@/app-state/session-store'
import './session-gate.scss'

/**
 * Covers the page while signing in or after the session expired. The page stays mounted underneath,
 * so whatever the user was typing is still there after signing in again.
 */
export function SessionGate() {
  const status = useSession((s) => s.status)
  const hasProfile = useSession((s) => s.profile !== null)
  const error = useSession((s) => s.error)
  const signIn = useSession((s) => s.signIn)

  if (status === 'ready' || ((status === 'idle' || status === 'signing-in') && hasProfile)) return null
  if (status === 'idle' || status === 'signing-in') {
    return (
      <View className='session-gate'>
        <View className='session-gate__card'>
          <Text className='session-gate__title'>正在登录…</Text>
        </View>
      </View>
    )
  }
  return (
    <View className='session-gate' role='dialog'>
      <View className='session-gate__card'>
        <Text className='session-gate__title'>{status === 'expired' ? '登录已过期' : '登录失败'}</Text>
        <Text className='session-gate__body'>
          {status === 'expired' ? '为了保护您的信息，请重新登录。您填写的内容已保留。' : (error ?? '请稍后重试')}
        </Text>
        <Button className='btn' onClick={() => void signIn()}>
          {status === 'expired' ? '微信一键登录' : '重试'}
        </Button>
      </View>
    </View>
  )
}
