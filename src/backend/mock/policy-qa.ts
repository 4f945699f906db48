import { BackendError } from '@/domain'
import { type QaContent, type QaEntry } from '@/domain'
import { type PolicyQaApi } from '@/backend/port/policy-qa'
import type { MockServer } from '@/backend/mock/server'
import type { ServerSide } from '@/backend/mock/server-side'
import { parseInput } from '@/domain/validate'
import { FeedbackSchema, VersionSchema } from '@/domain/policy-qa/schema'
import { SOURCES } from '@/domain/sources'

/**
 * The server's content feed. The full corpus ships with the qa subpackage; this module lives in the main
 * package, so it only carries what changed since the bundled version (a small delta), never the corpus.
 */
export const QA_BUNDLED_VERSION = '2026.11.1'
export const QA_LATEST_VERSION = '2026.11.2'

const UPDATED: QaEntry[] = [
  {
    id: 'hotline-12393',
    question: '医保有问题，打什么电话咨询？',
    short: '拨打12393医保服务热线，也可以打参保地医保经办机构的电话；部分地区还开通了在线客服。',
    full: [
      '12393是医保服务热线，可以咨询参保缴费、异地就医、报销待遇等问题，也可以投诉举报。',
      '跨省异地就医备案的具体问题，也可以直接拨打参保地医保经办机构公布的电话。',
      '部分地区的医保公众号、小程序还开通了在线客服，可以文字咨询。',
    ].join('\n\n'),
    tags: ['hotline'],
    related: ['hotline-12333', 'filing-not-found', 'fraud-report'],
    source: SOURCES.hotline.label,
    reviewedAt: '2026-11-23',
    keywords: '电话 热线 咨询 客服 人工 打谁 在线客服',
  },
  {
    id: 'elder-green-channel',
    question: '老人去医保大厅办事，有没有照顾？',
    short: '有。医保大厅为老年人开辟“绿色通道”，行动不便的老人不用排队叫号，由工作人员引导优先办理。',
    full: [
      '老年人到医保大厅办理业务，可以走“绿色通道”：行动不便的老人不用排队、叫号，导服台工作人员会主动上前搀扶到窗口优先办理。',
      '不方便出门的，也可以由子女通过亲情账户在手机上代办，或到乡镇（街道）、村（社区）的医保服务站点就近办理。',
    ].join('\n\n'),
    tags: ['family', 'filing.how'],
    related: ['family-what', 'evoucher-elder', 'where-to-file'],
    source: `${SOURCES.jm.label}第20项`,
    reviewedAt: '2026-11-23',
    keywords: '老人 老年人 绿色通道 排队 优先 行动不便 适老',
  },
]

/** More distinct entries than any corpus will have. */
const MAX_VOTES_PER_ACCOUNT = 500

const DELTA: QaContent = { version: QA_LATEST_VERSION, baseVersion: QA_BUNDLED_VERSION, entries: UPDATED, removed: [] }

export function createPolicyQaService(server: MockServer): ServerSide<PolicyQaApi> {
  return {
    content(_caller, rawVersion) {
      const version = parseInput(VersionSchema, rawVersion ?? undefined)
      if (version === QA_LATEST_VERSION) return null
      // Deep copy: the client must never hold the server's objects.
      return JSON.parse(JSON.stringify(DELTA)) as QaContent
    },

    feedback(caller, rawId, rawHelpful) {
      const account = server.account(caller)
      const [entryId, helpful] = parseInput(FeedbackSchema, [rawId, rawHelpful])
      const all = server.state.qaFeedback
      const mine = all.find((f) => f.entryId === entryId && f.accountId === account.id)
      if (mine) {
        mine.helpful = helpful
        mine.at = server.now()
      } else {
        // Ids are only format-checked here, so bound what one account can make the server store.
        if (all.filter((f) => f.accountId === account.id).length >= MAX_VOTES_PER_ACCOUNT) throw new BackendError('RATE_LIMITED')
        all.push({ entryId, helpful, accountId: account.id, at: server.now() })
      }
      server.save()
      const votes = all.filter((f) => f.entryId === entryId)
      return {
        entryId,
        helpful,
        helpfulCount: votes.filter((f) => f.helpful).length,
        notHelpfulCount: votes.filter((f) => !f.helpful).length,
      }
    },
  }
}
