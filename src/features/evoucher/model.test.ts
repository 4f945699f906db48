import { BackendError, type EVoucher, type InsuranceCertificate } from '@/domain'
import {
  NO_VOUCHER,
  OFFLINE_MESSAGE,
  certificateLines,
  codeError,
  defaultRange,
  localDeadline,
  voucherFailure,
  voucherView,
  type VoucherState,
} from '@/features/evoucher/model'

const REGION = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }

const voucher = (over: Partial<EVoucher> = {}): EVoucher => ({
  token: 'a'.repeat(64),
  personId: 'P002',
  name: '王秀英',
  idNumberMasked: '4304**********2429',
  insuranceType: 'employee',
  insuredRegion: REGION,
  insuranceStatus: 'active',
  issuedAt: 5_000_000,
  expiresAt: 5_060_000,
  ...over,
})

const live = (receivedAt: number): VoucherState => ({ personId: 'P002', voucher: voucher(), receivedAt, loading: false, failure: null })

describe('医保码 page state', () => {
  it('counts down on this device’s clock, whatever the server’s clock says', () => {
    // The server's clock is far ahead of the phone's: the code still lives 60 s from when it arrived.
    expect(localDeadline(voucher(), 1000)).toBe(61_000)
    expect(voucherView(live(1000), 'P002', 1000)).toMatchObject({ kind: 'live', secondsLeft: 60 })
    expect(voucherView(live(1000), 'P002', 31_000)).toMatchObject({ kind: 'live', secondsLeft: 30 })
  })

  it('never shows an expired code as valid, even while a new one loads', () => {
    expect(voucherView(live(1000), 'P002', 61_000)).toEqual({ kind: 'expired', refreshing: false })
    expect(voucherView({ ...live(1000), loading: true }, 'P002', 61_000)).toEqual({ kind: 'expired', refreshing: true })
  })

  it('never shows one person’s code on another person’s page', () => {
    expect(voucherView(live(1000), 'P001', 2000)).toEqual({ kind: 'loading' })
  })

  it('says plainly that a code needs a connection, and shows other failures as they are', () => {
    const offline: VoucherState = { ...NO_VOUCHER, personId: 'P002', failure: voucherFailure(new BackendError('NETWORK'), () => 'x') }
    expect(voucherView(offline, 'P002', 0)).toEqual({ kind: 'offline', message: OFFLINE_MESSAGE })
    expect(voucherFailure(new BackendError('TIMEOUT'), () => 'x').offline).toBe(true)
    const refused = voucherFailure(new BackendError('FORBIDDEN', '您无权查看该参保人的信息'), (e) => (e as Error).message)
    expect(refused).toEqual({ offline: false, message: '您无权查看该参保人的信息' })
  })
})

describe('参保证明 form', () => {
  it('starts with the last twelve months', () => {
    expect(defaultRange('2026-11')).toEqual({ fromMonth: '2025-12', toMonth: '2026-11' })
    expect(defaultRange('2026-01')).toEqual({ fromMonth: '2025-02', toMonth: '2026-01' })
  })

  it('checks a typed code before asking the server', () => {
    expect(codeError('')).toMatch(/请输入/)
    expect(codeError('1234')).toMatch(/16位/)
    expect(codeError('0000-0000-0000-0001')).toMatch(/校验位不符/)
    expect(codeError('0000 0000 0000 0000')).toBeNull()
  })

  it('lists arrears runs in red and says when there are none', () => {
    const base: InsuranceCertificate = {
      code: '0000-0000-0000-0000',
      personId: 'P003',
      nameMasked: '李*国',
      idNumberMasked: '4304**********1234',
      insuranceType: 'resident',
      insuranceStatus: 'active',
      insuredRegion: REGION,
      insuredSince: '2008-01-01',
      fromMonth: '2020-11',
      toMonth: '2021-01',
      months: [
        { month: '2020-11', status: 'arrears' },
        { month: '2020-12', status: 'arrears' },
        { month: '2021-01', status: 'paid' },
      ],
      paidMonths: 1,
      arrearsMonths: 2,
      issuedAt: 0,
      issuedDate: '2026-11-23',
      demo: true,
    }
    const lines = certificateLines(base)
    expect(lines.find((l) => l.label === '缴费情况')?.value).toBe('已缴费 1 个月，欠缴 2 个月')
    expect(lines.find((l) => l.label === '欠缴月份')).toEqual({ label: '欠缴月份', value: '2020年11月–2020年12月', tone: 'danger' })
    expect(lines.find((l) => l.label === '证明期间')?.value).toBe('2020年11月至2021年1月（共3个月）')
    const clean = certificateLines({ ...base, months: [{ month: '2021-01', status: 'paid' }], paidMonths: 1, arrearsMonths: 0 })
    expect(clean.find((l) => l.label === '欠缴月份')).toBeUndefined()
    expect(clean.find((l) => l.label === '缴费情况')?.value).toBe('已缴费 1 个月，无欠缴')
  })
})
