import Taro from '@tarojs/taro'
import { isWeapp } from '@/platform/env'

export type SubscribeOutcome = 'accepted' | 'refused' | 'unsupported'

/**
 * Asks to send one result notice per template (WeChat subscription messages). Must run inside a tap handler.
 * Never throws: refusing, an unknown template or h5 all let the caller carry on.
 */
export async function requestSubscribe(templateIds: string[]): Promise<SubscribeOutcome> {
  if (!isWeapp || templateIds.length === 0) return 'unsupported'
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] } as never)) as unknown as Record<
      string,
      string
    >
    return templateIds.some((id) => result[id] === 'accept') ? 'accepted' : 'refused'
  } catch {
    return 'refused'
  }
}
