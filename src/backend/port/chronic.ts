import type { Idempotent, PersonId, Qualification, QualificationFilter, QualificationInput, QualificationOverview } from '@/domain'

/** 门诊慢特病 qualification (认定): a person's five diseases, and applications with diagnosis proof. */
export interface ChronicApi {
  /** The five national diseases with the person's status for each. */
  overview(personId: PersonId): Promise<QualificationOverview>
  /** Applications of every person the user may act for, newest change first; optionally narrowed. */
  list(filter?: QualificationFilter): Promise<Qualification[]>
  get(id: string): Promise<Qualification>
  /** Applies (or, after a rejection, applies again) for one disease. Idempotent by requestId. */
  apply(input: QualificationInput & Idempotent): Promise<Qualification>
}
