import type { QaContent, QaFeedbackResult } from '@/domain'

export interface PolicyQaApi {
  /** Returns newer content than `version`, or null when the client is up to date. Needs no sign-in. */
  content(version?: string): Promise<QaContent | null>
  /**
   * "这条有帮助吗?": one vote per account and entry; voting again replaces the earlier vote,
   * so a retried call never counts twice.
   */
  feedback(entryId: string, helpful: boolean): Promise<QaFeedbackResult>
}
