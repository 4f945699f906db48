import {
  canTransferMove,
  isTransferOpen,
  newSinceMonthOptions,
  nextStepDueAt,
  nextTransferStep,
  transferCancellable,
  transferIneligibility,
  transferInputErrors,
  TRANSFER_STEP_DAYS,
} from '@/domain/transfers/rules'
import { TRANSFER_STEPS, type TransferStatus } from '@/domain/transfers/types'

const JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const WUHAN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420100', cityName: '武汉市' }
const GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const MACAO = { provinceCode: '820000', provinceName: '澳门特别行政区', cityCode: '820100', cityName: '澳门' }
const LI_MING = { name: '李明', insuranceType: 'employee' as const, retired: false, insuredRegion: JINGMEN }
const ALL: TransferStatus[] = [...TRANSFER_STEPS, 'cancelled']

describe('转移接续 state machine', () => {
  it('moves only one step forward along 已申请 → 转出地审核 → 转出地已转出 → 转入地已接收 → 已完成', () => {
    for (const from of ALL)
      for (const to of ALL) {
        const i = TRANSFER_STEPS.indexOf(from)
        const forward = i >= 0 && TRANSFER_STEPS.indexOf(to) === i + 1
        const cancel = to === 'cancelled' && (from === 'applied' || from === 'out-review')
        expect([from, to, canTransferMove(from, to)]).toEqual([from, to, forward || cancel])
      }
  })

  it('can be cancelled only before the old place has transferred out; closed ones are not open', () => {
    expect(ALL.filter(transferCancellable)).toEqual(['applied', 'out-review'])
    expect(ALL.filter(isTransferOpen)).toEqual(['applied', 'out-review', 'transferred-out', 'received'])
    expect(nextTransferStep('completed')).toBeNull()
    expect(nextTransferStep('cancelled')).toBeNull()
  })

  it('times each step by its demo days, within the 15 working days of seed 003 item 2 in all', () => {
    const day = 1000
    expect(nextStepDueAt('applied', 0, day)).toBe(TRANSFER_STEP_DAYS['out-review'] * day)
    expect(nextStepDueAt('out-review', 5, day)).toBe(5 + TRANSFER_STEP_DAYS['transferred-out'] * day)
    expect(nextStepDueAt('completed', 0, day)).toBeNull()
    const total = Object.values(TRANSFER_STEP_DAYS).reduce((a, b) => a + b, 0)
    // 15 working days are three calendar weeks.
    expect(total).toBeLessThanOrEqual(21)
  })
})

describe('转移接续 eligibility', () => {
  it('is for 职工医保 only', () => {
    expect(transferIneligibility({ ...LI_MING, insuranceType: 'resident' }, GUANGZHOU)?.subReason).toBe('not-employee')
    expect(transferIneligibility(LI_MING, GUANGZHOU)).toBeNull()
  })

  it('needs a mainland city other than the 参保地 (another city of the same province is fine)', () => {
    expect(transferIneligibility(LI_MING, JINGMEN)).toMatchObject({ subReason: 'same-city', field: 'toRegion' })
    expect(transferIneligibility(LI_MING, MACAO)).toMatchObject({ subReason: 'not-mainland', field: 'toRegion' })
    expect(transferIneligibility(LI_MING, WUHAN)).toBeNull()
  })
})

describe('转移接续 form fields', () => {
  const ok = { toRegion: GUANGZHOU, employment: 'employer', employerName: '广州示例科技有限公司', newSinceMonth: '2026-11' }
  it('accepts a complete form', () => {
    expect(transferInputErrors(ok, '2026-11-23')).toEqual({})
    expect(transferInputErrors({ ...ok, employment: 'flexible', employerName: '' }, '2026-11-23')).toEqual({})
  })

  it('says in Chinese what is missing, at the field', () => {
    const errors = transferInputErrors({ toRegion: null, employment: 'employer', employerName: ' ', newSinceMonth: '' }, '2026-11-23')
    expect(errors).toEqual({
      toRegion: '请选择转入地（新参保地）的城市',
      employerName: '请填写新参保地的用人单位名称',
      newSinceMonth: '请选择在新参保地开始参保的年月',
    })
    expect(transferInputErrors({ ...ok, employerName: '某公司' }, '2026-11-23').employerName).toContain('至少4个字')
    expect(transferInputErrors({ ...ok, newSinceMonth: '2026-12' }, '2026-11-23').newSinceMonth).toBe('开始参保年月不能晚于本月')
    expect(transferInputErrors({ ...ok, newSinceMonth: '2025-10' }, '2026-11-23').newSinceMonth).toContain('12个月内')
  })

  it('offers this month and the twelve before it, newest first, across the year boundary', () => {
    const options = newSinceMonthOptions('2026-02-10')
    expect(options).toHaveLength(13)
    expect(options.slice(0, 3)).toEqual(['2026-02', '2026-01', '2025-12'])
    expect(options[12]).toBe('2025-02')
    for (const m of options) expect(transferInputErrors({ ...ok, newSinceMonth: m }, '2026-02-10')).toEqual({})
  })
})
