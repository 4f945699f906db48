import '@/app-state/migrate-storage'
import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useSession } from '@/app-state/session-store'
import { startKeyboardAccess } from '@/platform/keyboard'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().start()
    // A build-time branch, so weapp (no keyboard navigation) ships none of it.
    if (process.env.TARO_ENV === 'h5') startKeyboardAccess()
  })
  return children
}

export default App
