import Taro from '@tarojs/taro'

/** One JSON POST over Taro.request; failures to reach the server reject with `timeout` or `network`. */
export async function postJson(request: {
  url: string
  body: string
  headers: Record<string, string>
  timeoutMs: number
}): Promise<{ status: number; body: unknown }> {
  try {
    const response = await Taro.request({
      url: request.url,
      method: 'POST',
      data: request.body,
      header: request.headers,
      timeout: request.timeoutMs,
      dataType: 'json',
    })
    return { status: response.statusCode, body: response.data }
  } catch (error) {
    const text = String((error as { errMsg?: string })?.errMsg ?? error)
    throw new Error(/timeout/i.test(text) ? 'timeout' : 'network')
  }
}
