// The argument schemas of every port method: the very valibot schemas the mock services parse with.
// Node-only (the reference server and the OpenAPI generator import it), so none of this reaches the app bundle.
import * as v from 'valibot'
import { BindingIdSchema, BindingRequestSchema, CodeSchema } from '@/domain/family/schema'
import {
  FamilyPayContributionSchema,
  FamilyPayEndSchema,
  FamilyPayRelationshipIdSchema,
  FamilyPayStartSchema,
} from '@/domain/family-pay/schema'
import { CancelSchema, FilingChangeSchema, FilingIdSchema, FilingInputSchema, ListFilterSchema } from '@/domain/filings/schema'
import { FeedbackSchema, VersionSchema } from '@/domain/policy-qa/schema'
import {
  AccountFlowQuerySchema,
  ContributionQuerySchema,
  PersonIdSchema,
  SettlementIdSchema,
  SettlementQuerySchema,
} from '@/domain/records/schema'
import { ServicePointIdSchema, ServicePointQuerySchema } from '@/domain/service-points/schema'
import type { PORT_METHODS } from '@/backend/http/wire'

type MethodArgs = { [C in keyof typeof PORT_METHODS]: { [M in (typeof PORT_METHODS)[C][number]]: v.GenericSchema[] } }

const NONE: v.GenericSchema[] = []

export const METHOD_ARGS: MethodArgs = {
  session: { login: [v.string()], logout: NONE, getProfile: NONE },
  messages: { list: NONE, unreadCount: NONE, markRead: [v.array(v.string())] },
  servicePoints: { search: [ServicePointQuerySchema], get: [ServicePointIdSchema] },
  filings: {
    policyFor: [PersonIdSchema],
    list: [ListFilterSchema],
    get: [FilingIdSchema],
    submit: [FilingInputSchema],
    change: [FilingIdSchema, FilingChangeSchema],
    cancel: [FilingIdSchema, CancelSchema],
  },
  records: {
    insurance: [PersonIdSchema],
    contributions: [PersonIdSchema, ContributionQuerySchema],
    account: [PersonIdSchema],
    accountFlow: [PersonIdSchema, AccountFlowQuerySchema],
    settlements: [PersonIdSchema, SettlementQuerySchema],
    settlement: [SettlementIdSchema],
  },
  family: {
    list: NONE,
    boundBy: NONE,
    startBinding: [BindingRequestSchema],
    resendCode: [BindingIdSchema],
    confirm: [BindingIdSchema, CodeSchema],
    unbind: [BindingIdSchema],
    delegations: [PersonIdSchema],
  },
  familyPay: {
    overview: NONE,
    start: [FamilyPayStartSchema],
    end: [FamilyPayRelationshipIdSchema, FamilyPayEndSchema],
    payContribution: [FamilyPayContributionSchema],
  },
  policyQa: { content: [VersionSchema], feedback: (FeedbackSchema as unknown as { items: v.GenericSchema[] }).items },
}
