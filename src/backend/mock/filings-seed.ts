import type { Filing } from '@/domain'
import { addMonthsIso, chinaDate } from '@/domain/dates'
import type { StayRecord } from '@/backend/mock/state'

const HUBEI_JINGMEN = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
const HUNAN_HENGYANG = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const GUANGDONG_GUANGZHOU = { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' }
const SHANGHAI = { provinceCode: '310000', provinceName: '上海市', cityCode: '310100', cityName: '上海市' }

const at = (iso: string) => Date.parse(iso)

const SEED_STAY_ID = 'ST000001'
const SEED_STAY_HOSPITAL = '上海市联网定点医院（演示）'

/** FS0003's open stay: admitted three days ago, discharged two days after the demo data is made (or from 开发者设置). */
export function seedStays(now: number): StayRecord[] {
  const day = 24 * 3600 * 1000
  return [
    {
      id: SEED_STAY_ID,
      personId: 'P002',
      filingId: 'FS0003',
      kind: 'inpatient',
      hospital: SEED_STAY_HOSPITAL,
      destination: SHANGHAI,
      admissionDate: chinaDate(now - 3 * day),
      admittedAt: now - 3 * day,
      dischargeDueAt: now + 2 * day,
      status: 'in-hospital',
    },
  ]
}

/** Demo filings. FS0001 and FS0002 are referenced by seeded settlement records: keep their ids and facts. */
export function seedFilings(now: number): Filing[] {
  const day = 24 * 3600 * 1000
  const recent = now - 40 * day
  return [
    {
      id: 'FS0001',
      personId: 'P002',
      personName: '王秀英',
      category: 'long-term-resident',
      group: 'long-term',
      destination: HUBEI_JINGMEN,
      insuredRegion: HUNAN_HENGYANG,
      startDate: '2025-03-01',
      phoneMasked: '139****1122',
      address: '荆门市东宝区象山大道18号',
      usePledge: true,
      materials: [],
      lateInHospital: false,
      status: 'approved',
      hasUnsettledStay: false,
      createdAt: at('2025-03-01T09:12:00+08:00'),
      changeableFrom: '2025-09-01',
      history: [
        { status: 'submitted', at: at('2025-03-01T09:12:00+08:00'), actorName: '李明' },
        { status: 'approved', at: at('2025-03-01T09:12:05+08:00'), note: '承诺制备案，系统自动审核办结' },
      ],
    },
    {
      id: 'FS0002',
      personId: 'P003',
      personName: '李建国',
      category: 'other-temporary',
      group: 'temporary',
      destination: GUANGDONG_GUANGZHOU,
      insuredRegion: HUNAN_HENGYANG,
      startDate: '2024-04-01',
      endDate: '2024-10-01',
      phoneMasked: '135****8866',
      address: '广州市天河区天河路385号',
      usePledge: false,
      materials: [],
      lateInHospital: false,
      status: 'expired',
      hasUnsettledStay: false,
      createdAt: at('2024-03-28T15:40:00+08:00'),
      history: [
        { status: 'submitted', at: at('2024-03-28T15:40:00+08:00'), actorName: '李明' },
        { status: 'reviewing', at: at('2024-03-28T15:40:02+08:00'), note: '已转参保地医保经办机构审核' },
        { status: 'approved', at: at('2024-03-29T10:05:00+08:00'), note: '审核通过' },
        { status: 'expired', at: at('2024-10-02T00:00:00+08:00'), note: '有效期届满，自动失效' },
      ],
    },
    {
      // An admission on this filing is still open: it cannot be cancelled until discharge settlement.
      id: 'FS0003',
      personId: 'P002',
      personName: '王秀英',
      category: 'referral',
      group: 'temporary',
      destination: SHANGHAI,
      insuredRegion: HUNAN_HENGYANG,
      startDate: chinaDate(recent),
      endDate: addMonthsIso(chinaDate(recent), 6),
      phoneMasked: '139****1122',
      address: '上海市徐汇区宛平南路88号',
      referringHospital: '衡阳市中心医院',
      usePledge: false,
      materials: [{ kind: 'referral-letter', files: [{ ref: 'seed/referral-FS0003.jpg', sizeBytes: 812_345, mime: 'image/jpeg' }] }],
      lateInHospital: false,
      status: 'approved',
      hasUnsettledStay: true,
      stays: [{ id: SEED_STAY_ID, hospital: SEED_STAY_HOSPITAL, admissionDate: chinaDate(now - 3 * day), status: 'in-hospital' }],
      createdAt: recent,
      history: [
        { status: 'submitted', at: recent, actorName: '李明' },
        { status: 'reviewing', at: recent + 2000, note: '已转参保地医保经办机构审核' },
        { status: 'approved', at: recent + 3 * 3600 * 1000, note: '审核通过' },
      ],
    },
  ]
}
