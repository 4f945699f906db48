import '@/app-state/migrate-storage'
import { type PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { useSession } from '@/app-state/session-store'
import './app.scss'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    void useSession.getState().start()
  })
  return children
}

export default App
