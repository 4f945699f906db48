import '@/app-state/migrate-storage'
import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useSession } from '@/app-state/session-store'
import { isH5 } from '@/platform/env'
import { startKeyboardAccess } from '@/platform/keyboard'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().start()
    if (isH5) startKeyboardAccess()
  })
  return children
}

export default App
