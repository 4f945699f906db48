import { EVOUCHER_RULES, normalizeCertificateCode } from '@/domain'
import { DEMO, expectBackendError, type ContractFactory } from '@/backend/contract/harness'

let seq = 0
const rid = () => `evoucher-${Date.now().toString(36)}-${++seq}`

/** The same code with one character changed (still well-formed, so only the server can tell). */
function tamper(code: string): string {
  const i = code.indexOf('-') + 1
  const swapped = code[i] === 'A' ? 'B' : 'A'
  return code.slice(0, i) + swapped + code.slice(i + 1)
}

export function evoucherContract(make: ContractFactory): void {
  describe('医保码', () => {
    it('issues a short-lived code for oneself with masked identity, insurance type and 参保地', async () => {
      const { demo, now } = await make()
      const code = await demo.evoucher.issue(DEMO.self)
      expect(code).toMatchObject({ personId: DEMO.self, name: '李明', insuranceType: 'employee', insuranceStatus: 'active' })
      expect(code.insuredRegion.cityName).toBe('荆门市')
      expect(code.idNumberMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
      expect(code.token).toMatch(/^[0-9a-f]{64}$/)
      expect(code.expiresAt - code.issuedAt).toBe(EVOUCHER_RULES.ttlMs)
      expect(code.issuedAt).toBeLessThanOrEqual(now())
    })

    it('a hospital verifies a code once, without a session, and sees masked facts only', async () => {
      const { demo, anonymous } = await make()
      const code = await demo.evoucher.issue(DEMO.mother)
      const seen = await anonymous.evoucher.verify(code.token)
      expect(seen).toMatchObject({ nameMasked: '王*英', insuranceType: 'employee', insuranceStatus: 'active' })
      expect(seen.idNumberMasked).toBe(code.idNumberMasked)
      expect(JSON.stringify(seen)).not.toContain('王秀英')
      // A replay of the same token is refused.
      await expect(anonymous.evoucher.verify(code.token)).rejects.toMatchObject({
        code: 'RULE_VIOLATION',
        details: { reason: 'VOUCHER_USED' },
      })
    })

    it('refuses an expired code, and a refresh makes the previous code worthless', async () => {
      const { demo, other, advance } = await make()
      const first = await demo.evoucher.issue(DEMO.self)
      advance(EVOUCHER_RULES.ttlMs + 1000)
      await expect(other.evoucher.verify(first.token)).rejects.toMatchObject({ details: { reason: 'VOUCHER_EXPIRED' } })
      const second = await demo.evoucher.issue(DEMO.self)
      const third = await demo.evoucher.issue(DEMO.self)
      expect(new Set([first.token, second.token, third.token]).size).toBe(3)
      await expect(other.evoucher.verify(second.token)).rejects.toMatchObject({ details: { reason: 'VOUCHER_EXPIRED' } })
      await expect(other.evoucher.verify(third.token)).resolves.toMatchObject({ nameMasked: '李*' })
    })

    it('acts for a bound relative (亲情码) and refuses anyone else, unknown ids alike', async () => {
      const { demo, other, anonymous } = await make()
      await expect(demo.evoucher.issue(DEMO.mother)).resolves.toMatchObject({ personId: DEMO.mother, name: '王秀英' })
      await expectBackendError(demo.evoucher.issue(DEMO.unboundRegistered), 'FORBIDDEN')
      await expectBackendError(demo.evoucher.issue('P999'), 'FORBIDDEN')
      await expectBackendError(other.evoucher.issue(DEMO.mother), 'FORBIDDEN')
      await expectBackendError(anonymous.evoucher.issue(DEMO.self), 'UNAUTHENTICATED')
    })

    it('refuses an unknown or malformed token', async () => {
      const { anonymous } = await make()
      await expectBackendError(anonymous.evoucher.verify('0'.repeat(64)), 'NOT_FOUND')
      await expectBackendError(anonymous.evoucher.verify('not-a-token'), 'VALIDATION')
      await expectBackendError(anonymous.evoucher.issue(1 as unknown as string), 'VALIDATION')
    })
  })

  describe('参保证明', () => {
    it('issues a certificate for a bound parent with months, arrears and a verifiable code', async () => {
      const { demo, anonymous } = await make()
      const certificate = await demo.evoucher.issueCertificate({
        requestId: rid(),
        personId: DEMO.father,
        fromMonth: '2019-01',
        toMonth: '2021-12',
      })
      expect(certificate).toMatchObject({
        personId: DEMO.father,
        nameMasked: '李*国',
        insuranceType: 'resident',
        fromMonth: '2019-01',
        toMonth: '2021-12',
        demo: true,
      })
      expect(certificate.insuredRegion.cityName).toBe('衡阳市')
      expect(certificate.months).toHaveLength(36)
      // 李建国 (城乡居民, yearly) owes 2020: twelve arrears months, 2019 and 2021 paid.
      expect(certificate.months.filter((m) => m.status === 'arrears').map((m) => m.month)).toEqual(
        Array.from({ length: 12 }, (_, i) => `2020-${String(i + 1).padStart(2, '0')}`),
      )
      expect(certificate).toMatchObject({ paidMonths: 24, arrearsMonths: 12 })
      expect(normalizeCertificateCode(certificate.code)).toBe(certificate.code)
      // Anyone shown the certificate can check it; lower case and without dashes too.
      await expect(anonymous.evoucher.verifyCertificate(certificate.code)).resolves.toEqual(certificate)
      await expect(anonymous.evoucher.verifyCertificate(certificate.code.replace(/-/g, '').toLowerCase())).resolves.toEqual(certificate)
    })

    it('refuses a tampered or unknown code the same way', async () => {
      const { demo, anonymous } = await make()
      const certificate = await demo.evoucher.issueCertificate({
        requestId: rid(),
        personId: DEMO.self,
        fromMonth: '2026-01',
        toMonth: '2026-10',
      })
      const tampered = tamper(certificate.code)
      expect(tampered).not.toBe(certificate.code)
      await expectBackendError(anonymous.evoucher.verifyCertificate(tampered), 'NOT_FOUND')
      await expectBackendError(anonymous.evoucher.verifyCertificate('0000-0000-0000-0000'), 'NOT_FOUND')
      await expectBackendError(anonymous.evoucher.verifyCertificate('短'), 'VALIDATION')
    })

    it('issues once per request id, checks the range and refuses people the caller may not act for', async () => {
      const { demo, other } = await make()
      const request = { requestId: rid(), personId: DEMO.self, fromMonth: '2025-01', toMonth: '2025-12' }
      const first = await demo.evoucher.issueCertificate(request)
      await expect(demo.evoucher.issueCertificate(request)).resolves.toEqual(first)
      await expectBackendError(
        demo.evoucher.issueCertificate({ ...request, requestId: rid(), fromMonth: '2025-12', toMonth: '2025-01' }),
        'VALIDATION',
      )
      await expectBackendError(
        demo.evoucher.issueCertificate({ ...request, requestId: rid(), fromMonth: '2019-01', toMonth: '2025-12' }),
        'VALIDATION',
      )
      await expectBackendError(demo.evoucher.issueCertificate({ ...request, requestId: rid(), toMonth: '2099-12' }), 'VALIDATION')
      await expectBackendError(demo.evoucher.issueCertificate({ ...request, requestId: rid(), fromMonth: '2025-13' }), 'VALIDATION')
      await expectBackendError(
        demo.evoucher.issueCertificate({ ...request, requestId: rid(), personId: DEMO.unboundRegistered }),
        'FORBIDDEN',
      )
      await expectBackendError(demo.evoucher.issueCertificate({ ...request, requestId: rid(), personId: 'P999' }), 'FORBIDDEN')
      await expectBackendError(other.evoucher.issueCertificate({ ...request, requestId: rid(), personId: DEMO.mother }), 'FORBIDDEN')
    })
  })
}
