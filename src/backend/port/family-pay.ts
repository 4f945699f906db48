import type {
  FamilyPayContributionInput,
  FamilyPayEndInput,
  FamilyPayment,
  FamilyPayOverview,
  FamilyPayRelationship,
  FamilyPayStartInput,
} from '@/domain'

/**
 * 家庭共济: the signed-in account holder's 职工医保 personal account pays a bound close relative's 城乡居民
 * contribution and, at settlement, their medical costs. Only the holder's own account; only for relatives bound to
 * the holder's 亲情账户; only the relative's own bills and contributions. Refusals carry `details.reason`
 * (NOT_ELIGIBLE with `subReason`, INSUFFICIENT_BALANCE, ALREADY_PAID, AMOUNT_CHANGED).
 */
export interface FamilyPayApi {
  /** The holder's account, every actively bound relative (eligible or not, with why) and ended relationships. */
  overview(): Promise<FamilyPayOverview>
  /** 绑定共济关系 with a bound close relative. Starting one that is already active returns it. */
  start(input: FamilyPayStartInput): Promise<FamilyPayRelationship>
  /** Ends the relationship; the account stops paying for the relative. Payments made stay on record. */
  end(relationshipId: string, input: FamilyPayEndInput): Promise<FamilyPayRelationship>
  /** Pays the relative's 城乡居民 contribution for a year from the holder's account; once per request id and per year. */
  payContribution(input: FamilyPayContributionInput): Promise<FamilyPayment>
}
