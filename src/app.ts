import '@/app-state/migrate-storage'
import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useSession } from '@/app-state/session-store'
import { whenIdle } from '@/platform/idle'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().start()
    // A build-time branch, so weapp (no keyboard navigation) ships none of it; on h5 its own chunk, fetched once the
    // first screen is up instead of competing with it. It enhances what is already on the page when it starts.
    if (process.env.TARO_ENV === 'h5') whenIdle(() => void import('@/platform/keyboard').then((keyboard) => keyboard.startKeyboardAccess()))
  })
  return children
}

export default App
