import { route } from '@/domain/routes'
import { Text } from '@tarojs/components'
import { openRoute } from '@/platform/navigation'
import { Alert } from '@/components/alert'

export interface SubmitFailureInfo {
  message: string
  retryable?: boolean
  /** The existing filing a conflict points to. */
  relatedId?: string
}

/** Why a submit or change failed, with reassurance that a retry is safe and a link to the filing it conflicts with. */
export function SubmitFailure({ failure }: { failure: SubmitFailureInfo }) {
  return (
    <Alert tone='danger'>
      <Text>{failure.message}</Text>
      {failure.retryable && <Text>{'\n'}您的申请不会被重复提交，可以放心重试。</Text>}
      {failure.relatedId && (
        <Text className='link' onClick={() => openRoute(route('filingDetail', { id: failure.relatedId! }))}>
          {'\n'}查看已有备案 ›
        </Text>
      )}
    </Alert>
  )
}
