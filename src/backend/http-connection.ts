/** The HTTP adapter as the app runs it, over Taro.request. Loaded only when the app talks to a real server. */
import { postJson } from '@/platform/http'
import { BackendError } from '@/domain'
import type { Backend } from '@/backend/port'
import { createHttpBackend } from '@/backend/http/http-backend'
import type { TokenStore } from '@/backend/token-store'

export function connectHttp(baseUrl: string, tokens: TokenStore): Backend {
  return createHttpBackend({
    baseUrl,
    tokens,
    transport: (request) =>
      postJson(request).catch((error: Error) => {
        throw new BackendError(error.message === 'timeout' ? 'TIMEOUT' : 'NETWORK')
      }),
  })
}
