export interface QaEntry {
  id: string
  question: string
  /** ≤ 80 characters. */
  short: string
  full: string
  tags: string[]
  related: string[]
  source: string
  reviewedAt: string
}

export interface QaContent {
  version: string
  entries: QaEntry[]
}

export interface PolicyQaApi {
  /** Returns newer content than `version`, or null when the client is up to date. */
  content(version?: string): Promise<QaContent | null>
  feedback(entryId: string, helpful: boolean): Promise<void>
}
