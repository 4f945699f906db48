import '@/app-state/migrate-storage'
import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useSession } from '@/app-state/session-store'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().start()
    // A build-time branch, so weapp (no keyboard navigation) ships none of it; on h5 its own chunk, fetched beside
    // the first screen instead of before it. It enhances what is already on the page when it starts.
    if (process.env.TARO_ENV === 'h5') void import('@/platform/keyboard').then((keyboard) => keyboard.startKeyboardAccess())
  })
  return children
}

export default App
