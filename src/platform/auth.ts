import Taro from '@tarojs/taro'
import { isH5 } from '@/platform/env'

/** A WeChat login code; h5 has no WeChat, so it gets a local demo code the mock accepts. */
export async function wechatLoginCode(): Promise<string> {
  if (isH5) return `h5-demo-${Date.now().toString(36)}`
  const { code } = await Taro.login()
  return code
}
