// The argument schemas of every port method: the very valibot schemas the mock services parse with.
// Node-only (the reference server and the OpenAPI generator import it), so none of this reaches the app bundle.
import * as v from 'valibot'
import { ClaimIdSchema, ClaimInputSchema, ClaimListFilterSchema } from '@/domain/claims/schema'
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
  QualificationFilterSchema,
  QualificationIdSchema,
  QualificationInputSchema,
  QualificationPersonSchema,
} from '@/domain/chronic/schema'
import {
  AccountFlowQuerySchema,
  ContributionQuerySchema,
  PersonIdSchema,
  SettlementIdSchema,
  SettlementQuerySchema,
} from '@/domain/records/schema'
import { ServicePointIdSchema, ServicePointQuerySchema } from '@/domain/service-points/schema'
import { TransferCancelSchema, TransferIdSchema, TransferInputSchema, TransferListFilterSchema } from '@/domain/transfers/schema'
import { CertificateCodeSchema, CertificateRequestSchema, EVoucherPersonIdSchema, EVoucherTokenSchema } from '@/domain/evoucher/schema'
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
  chronic: {
    overview: [QualificationPersonSchema],
    list: [QualificationFilterSchema],
    get: [QualificationIdSchema],
    apply: [QualificationInputSchema],
  },
  transfers: {
    list: [TransferListFilterSchema],
    get: [TransferIdSchema],
    apply: [TransferInputSchema],
    cancel: [TransferIdSchema, TransferCancelSchema],
  },
  evoucher: {
    issue: [EVoucherPersonIdSchema],
    verify: [EVoucherTokenSchema],
    issueCertificate: [CertificateRequestSchema],
    verifyCertificate: [CertificateCodeSchema],
  },
  claims: { list: [ClaimListFilterSchema], get: [ClaimIdSchema], submit: [ClaimInputSchema] },
}

/** What each positional argument is, in the words an error message uses. */
export const METHOD_ARG_NAMES: { [C in keyof typeof PORT_METHODS]: { [M in (typeof PORT_METHODS)[C][number]]: string[] } } = {
  session: { login: ['登录凭证'], logout: [], getProfile: [] },
  messages: { list: [], unreadCount: [], markRead: ['消息编号列表'] },
  servicePoints: { search: ['查询条件'], get: ['网点编号'] },
  filings: {
    policyFor: ['参保人编号'],
    list: ['筛选条件'],
    get: ['备案编号'],
    submit: ['备案申请'],
    change: ['备案编号', '变更内容'],
    cancel: ['备案编号', '撤销申请'],
  },
  records: {
    insurance: ['参保人编号'],
    contributions: ['参保人编号', '查询条件'],
    account: ['参保人编号'],
    accountFlow: ['参保人编号', '查询条件'],
    settlements: ['参保人编号', '查询条件'],
    settlement: ['结算单号'],
  },
  family: {
    list: [],
    boundBy: [],
    startBinding: ['绑定申请'],
    resendCode: ['绑定编号'],
    confirm: ['绑定编号', '验证码'],
    unbind: ['绑定编号'],
    delegations: ['参保人编号'],
  },
  familyPay: { overview: [], start: ['共济关系申请'], end: ['共济关系编号', '解除申请'], payContribution: ['代缴信息'] },
  policyQa: { content: ['内容版本'], feedback: ['问答条目编号', '是否有帮助'] },
  chronic: { overview: ['参保人编号'], list: ['筛选条件'], get: ['认定申请编号'], apply: ['认定申请'] },
  transfers: { list: ['筛选条件'], get: ['转移申请编号'], apply: ['转移接续申请'], cancel: ['转移申请编号', '撤销申请'] },
  evoucher: { issue: ['参保人编号'], verify: ['医保码'], issueCertificate: ['证明申请'], verifyCertificate: ['验证码'] },
  claims: { list: ['筛选条件'], get: ['报销申请编号'], submit: ['手工报销申请'] },
}
