import type { Idempotent, Instant, InsuranceStatus, InsuranceType, IsoDate, PersonId, Region } from '@/domain/common'

/**
 * 医保电子凭证 (医保码) and 参保证明. The 医保码 is a short-lived, single-use token a hospital's system verifies; the
 * 参保证明 is a snapshot of a person's 参保 facts with a verification code anyone may check.
 */

/** A 医保码 as the holder's phone shows it: the token to draw as a QR, and whose it is (masked). */
export interface EVoucher {
  /** 256 random bits as hex: what the QR code carries. */
  token: string
  personId: PersonId
  /** The person's full name: the holder (or the relative acting for them) sees it on their own phone. */
  name: string
  idNumberMasked: string
  insuranceType: InsuranceType
  insuredRegion: Region
  insuranceStatus: InsuranceStatus
  issuedAt: Instant
  /** After this instant the server refuses the token; the page must hide the code. */
  expiresAt: Instant
}

/** What a hospital's system learns from a valid, unexpired 医保码 (once: the token is then used up). */
export interface EVoucherVerification {
  nameMasked: string
  idNumberMasked: string
  insuranceType: InsuranceType
  insuredRegion: Region
  insuranceStatus: InsuranceStatus
  verifiedAt: Instant
}

/** `YYYY-MM` */
export type Month = string

export type CertificateMonthStatus = 'paid' | 'back-paid' | 'arrears' | 'none'

export const CERTIFICATE_MONTH_LABELS: Record<CertificateMonthStatus, string> = {
  paid: '已缴',
  'back-paid': '补缴',
  arrears: '欠缴',
  none: '无记录',
}

export interface CertificateRequest extends Idempotent {
  personId: PersonId
  fromMonth: Month
  toMonth: Month
}

/** A 参保证明: the facts as the server had them when it was issued. Verification returns the same facts. */
export interface InsuranceCertificate {
  /** The verification code, `XXXX-XXXX-XXXX-XXXX` (Crockford base32, the last character a check character). */
  code: string
  personId: PersonId
  /** Masked as for a third party (李*国): the certificate is shown to others. */
  nameMasked: string
  idNumberMasked: string
  insuranceType: InsuranceType
  insuranceStatus: InsuranceStatus
  insuredRegion: Region
  /** The scheme start date. */
  insuredSince: IsoDate
  fromMonth: Month
  toMonth: Month
  /** Every month of the range, oldest first. */
  months: { month: Month; status: CertificateMonthStatus }[]
  /** Paid or back-paid months in the range. */
  paidMonths: number
  arrearsMonths: number
  issuedAt: Instant
  /** China date of issue. */
  issuedDate: IsoDate
  /** Always true here: this app is a demo, and the image says so. */
  demo: true
}
