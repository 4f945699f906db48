export interface QaEntry {
  /** Stable, kebab-case; used in routes and feedback. */
  id: string
  question: string
  /** ≤ 80 characters, shown first. */
  short: string
  /** Plain text: blank-line paragraphs, "- " list items. Never markup; clients render it as text. */
  full: string
  /** From the closed vocabulary in features/policy-qa/tags.ts. */
  tags: string[]
  related: string[]
  /** Which policy or document says so. */
  source: string
  /** `YYYY-MM-DD` */
  reviewedAt: string
  /** Editor keywords: colloquial words people search with (not shown). */
  keywords?: string
}

/**
 * Newer content than the client's bundled copy: entries that changed or were added, and ids withdrawn.
 * Applies on top of the bundled content of `baseVersion` only.
 */
export interface QaContent {
  version: string
  baseVersion: string
  entries: QaEntry[]
  removed: string[]
}

export interface QaFeedbackResult {
  entryId: string
  helpful: boolean
  /** Totals for the entry after this vote. */
  helpfulCount: number
  notHelpfulCount: number
}

export const QA_ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/
