import type { CertificateRequest, EVoucher, EVoucherVerification, InsuranceCertificate, PersonId } from '@/domain'

/**
 * 医保电子凭证 (医保码) and 参保证明. `issue` and `issueCertificate` need a session and act only for the caller or a
 * bound relative (FORBIDDEN otherwise, the same for unknown ids). `verify` and `verifyCertificate` are what a
 * hospital's system or anyone shown a certificate calls: no session is needed, and they reveal masked facts only.
 */
export interface EVoucherApi {
  /** A fresh 医保码 for the person, valid EVOUCHER_RULES.ttlMs; it replaces (revokes) the caller's earlier code for them. */
  issue(personId: PersonId): Promise<EVoucher>
  /**
   * Checks a scanned token and uses it up. Refused: VOUCHER_EXPIRED (past its time, or replaced by a newer code),
   * VOUCHER_USED (a replay); an unknown token is NOT_FOUND.
   */
  verify(token: string): Promise<EVoucherVerification>
  /** Issues a 参保证明 for a month range; once per request id. */
  issueCertificate(input: CertificateRequest): Promise<InsuranceCertificate>
  /** The facts of the certificate with this code; a tampered or unknown code is NOT_FOUND either way. */
  verifyCertificate(code: string): Promise<InsuranceCertificate>
}
