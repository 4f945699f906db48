import type {
  AccountFlow,
  AccountFlowType,
  AccountSummary,
  Contribution,
  InsuranceInfo,
  Page,
  PageQuery,
  PersonId,
  Settlement,
} from '@/domain'

export interface RecordsApi {
  insurance(personId: PersonId): Promise<InsuranceInfo>
  /** Newest first. A bad year range is VALIDATION; pageSize ≤ RECORDS_LIMITS.maxPageSize. */
  contributions(personId: PersonId, query: PageQuery & { fromYear?: number; toYear?: number }): Promise<Page<Contribution>>
  account(personId: PersonId): Promise<AccountSummary>
  /** Newest first. */
  accountFlow(personId: PersonId, query: PageQuery & { month?: string; type?: AccountFlowType }): Promise<Page<AccountFlow>>
  settlements(personId: PersonId, query: PageQuery): Promise<Page<Settlement>>
  settlement(id: string): Promise<Settlement>
}
