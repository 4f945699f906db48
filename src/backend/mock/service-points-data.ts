/**
 * Source data for the mock's service points: the real institutions the seed documents name, and opening hours.
 * It ships in the main package (the mock does); the national demo set is generated from it and from
 * city-table.generated.ts (real city coordinates and area codes) rather than stored.
 */
import type { OpeningSlot, ServicePoint, SettlementScope } from '@/domain'

const WEEKDAYS = [1, 2, 3, 4, 5]
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]
const hm = (h: number, m = 0) => h * 60 + m

export const HOURS = {
  agency: [
    { days: WEEKDAYS, open: hm(8, 30), close: hm(12) },
    { days: WEEKDAYS, open: hm(14, 30), close: hm(17, 30) },
  ],
  station: [{ days: EVERY_DAY, open: hm(8), close: hm(17, 30) }],
  bank: [
    { days: WEEKDAYS, open: hm(9), close: hm(17) },
    { days: [6, 7], open: hm(9, 30), close: hm(16) },
  ],
  allDay: [{ days: EVERY_DAY, open: 0, close: hm(24) }],
  pharmacy: [{ days: EVERY_DAY, open: hm(8), close: hm(22) }],
  /** 08:00 to 02:00 the next morning. */
  pharmacyLate: [{ days: EVERY_DAY, open: hm(8), close: hm(26) }],
} satisfies Record<string, OpeningSlot[]>

const ALL_SCOPES: SettlementScope[] = ['inpatient', 'outpatient', 'chronic']
const AGENCY_SERVICES: ServicePoint['services'] = [
  'filing',
  'enrolment',
  'payment',
  'chronic-disease',
  'evoucher',
  'reimbursement',
  'transfer',
]
const STATION_SERVICES: ServicePoint['services'] = ['filing', 'evoucher', 'chronic-disease', 'reimbursement']

type Seeded = Omit<ServicePoint, 'id' | 'provinceCode' | 'cityCode' | 'hours' | 'services' | 'crossProvince'> &
  Partial<Pick<ServicePoint, 'hours' | 'services' | 'crossProvince'>>

/** Seed 004 lists the 衡阳 filing lines as of 2017; they are shown with that date. */
const SEED_004_PHONES = '2017年衡阳市公布的异地就医备案电话（《人社周刊》第234期），号码可能已变更，拨打前请核实'
const UNSURVEYED = '名称来自政策文件；地址与地图位置为大致位置，未经实地核对，前往前请核实'

function agency(name: string, address: string, lat: number, lng: number, phone = '', extraPhones?: Seeded['extraPhones']): Seeded {
  return {
    name,
    type: 'agency',
    address,
    phone,
    extraPhones,
    phoneNote: phone ? SEED_004_PHONES : undefined,
    sourceNote: UNSURVEYED,
    location: { lat, lng },
  }
}

const resident = (number: string) => [{ label: '城乡居民医保', number }]

function hospital(
  name: string,
  address: string,
  lat: number,
  lng: number,
  grade: string,
  crossProvince: SettlementScope[],
  formerName?: string,
): Seeded {
  return { name, type: 'hospital', address, phone: '', location: { lat, lng }, grade, crossProvince, formerName, sourceNote: UNSURVEYED }
}

/**
 * Seed 004 (2017) lists these 15 衡阳 hospitals as connected to the national platform for 住院 settlement, the only
 * kind settled across provinces then. It says nothing of 普通门诊 or 门诊慢特病, so neither is claimed for them.
 */
const HY3: SettlementScope[] = ['inpatient']
const HY2: SettlementScope[] = ['inpatient']

/**
 * Real institutions the seed documents name, at approximate (not surveyed) positions, keyed by city code. None has an
 * invented phone number: only seed 004's 衡阳 filing lines are given, with their 2017 date; the rest show 12393.
 * 衡阳: the 15 hospitals on the cross-province settlement list and the district filing lines (seed 004).
 * 荆门: the city and county 医保 agencies addressed by seed 003. A few more in other seed provinces.
 */
export const REAL_POINTS: Record<string, Seeded[]> = {
  '430400': [
    agency('衡阳市医保中心（异地就医备案）', '湖南省衡阳市蒸湘区解放西路', 26.8958, 112.5742, '0734-8867038'),
    agency('衡阳县医保经办机构', '湖南省衡阳市衡阳县西渡镇蒸阳北路', 26.9712, 112.3795, '0734-6653009', resident('0734-6653002')),
    // Seed 004 gives 祁东 one number for both lines.
    agency('祁东县医保经办机构', '湖南省衡阳市祁东县洪桥街道永昌路', 26.7996, 112.1105, '0734-6283999'),
    agency('衡南县医保经办机构', '湖南省衡阳市衡南县云集街道', 26.7389, 112.6779, '0734-8551013', resident('0734-8552048')),
    agency('衡东县医保经办机构', '湖南省衡阳市衡东县城关镇', 27.0817, 112.9531, '0734-5222146', resident('0734-5236151')),
    agency('耒阳市医保经办机构', '湖南省衡阳市耒阳市蔡子池街道', 26.4223, 112.8597, '0734-4322176', resident('0734-4269955')),
    agency('常宁市医保经办机构', '湖南省衡阳市常宁市宜阳街道', 26.4211, 112.3996, '0734-7237198', resident('0734-7668376')),
    agency('南岳区医保经办机构', '湖南省衡阳市南岳区祝融路', 27.2536, 112.7346, '0734-5678399', resident('0734-5665088')),
    agency('雁峰区医保中心', '湖南省衡阳市雁峰区先锋路', 26.8805, 112.6127, '0734-8468503'),
    agency('蒸湘区医保中心', '湖南省衡阳市蒸湘区蒸湘北路', 26.9016, 112.5706, '0734-8827349'),
    // Seed 004 lists a second 珠晖 number without saying which line it is.
    agency('珠晖区医保中心', '湖南省衡阳市珠晖区东风北路', 26.8985, 112.6352, '0734-2540500', [
      { label: '另一号码', number: '0734-8683284' },
    ]),
    agency('石鼓区医保中心', '湖南省衡阳市石鼓区中山北路', 26.9087, 112.6118, '0734-8177151'),
    agency('高新区医保中心', '湖南省衡阳市高新区华新大道', 26.8958, 112.5512, '0734-8839523'),
    hospital('南华大学附属第一医院', '湖南省衡阳市石鼓区船山路69号', 26.9031, 112.6061, '三级甲等', HY3),
    hospital('南华大学附属第二医院', '湖南省衡阳市蒸湘区解放大道35号', 26.8913, 112.6003, '三级甲等', HY3),
    hospital('南华大学附属南华医院', '湖南省衡阳市蒸湘区解放大道336号', 26.8858, 112.5842, '三级甲等', HY3),
    hospital('衡阳市中心医院', '湖南省衡阳市雁峰区先锋路12号', 26.8837, 112.6096, '三级甲等', HY3),
    hospital('衡阳市第一人民医院', '湖南省衡阳市雁峰区湘江南路', 26.8751, 112.6201, '三级', HY3),
    hospital('衡阳市中医医院', '湖南省衡阳市蒸湘区蒸湘南路', 26.8894, 112.5768, '三级甲等', HY3),
    // Seed 004 (2017) names it 解放军第一六九医院; renamed in the 2018 army reform.
    hospital('中国人民解放军联勤保障部队第九二一医院', '湖南省衡阳市蒸湘区衡祁路', 26.8802, 112.5601, '三级', HY3, '解放军第一六九医院'),
    hospital('南华大学附属第三医院', '湖南省衡阳市石鼓区人民路', 26.9102, 112.6163, '二级', HY2),
    hospital('衡阳县人民医院', '湖南省衡阳市衡阳县西渡镇', 26.9688, 112.3853, '二级甲等', HY2),
    hospital('衡南县人民医院', '湖南省衡阳市衡南县云集街道', 26.7412, 112.6821, '二级甲等', HY2),
    hospital('衡东县人民医院', '湖南省衡阳市衡东县城关镇', 27.0791, 112.9487, '二级甲等', HY2),
    hospital('祁东县人民医院', '湖南省衡阳市祁东县洪桥街道', 26.7952, 112.1172, '二级甲等', HY2),
    hospital('常宁市人民医院', '湖南省衡阳市常宁市宜阳街道', 26.4188, 112.3951, '二级甲等', HY2),
    hospital('衡山县人民医院', '湖南省衡阳市衡山县开云镇', 27.2351, 112.8687, '二级甲等', HY2),
    hospital('耒阳市人民医院', '湖南省衡阳市耒阳市蔡子池街道', 26.4177, 112.8538, '二级甲等', HY2),
  ],
  '420800': [
    agency('荆门市医疗保障局政务服务窗口', '湖北省荆门市东宝区象山大道', 31.0354, 112.1994),
    agency('东宝区医疗保障局', '湖北省荆门市东宝区', 31.0512, 112.2011),
    agency('掇刀区医疗保障局', '湖北省荆门市掇刀区', 30.9808, 112.2077),
    agency('钟祥市医疗保障局', '湖北省荆门市钟祥市郢中街道', 31.1678, 112.5886),
    agency('京山市医疗保障局', '湖北省荆门市京山市新市街道', 31.0182, 113.1191),
    agency('沙洋县医疗保障局', '湖北省荆门市沙洋县沙洋镇', 30.7092, 112.5886),
    agency('漳河新区卫生健康服务中心', '湖北省荆门市漳河新区', 31.0221, 112.1211),
    agency('屈家岭管理区社会保障局', '湖北省荆门市屈家岭管理区', 30.8391, 112.9021),
    hospital('荆门市第一人民医院', '湖北省荆门市东宝区象山大道', 31.0395, 112.2051, '三级甲等', ALL_SCOPES),
    hospital('荆门市第二人民医院', '湖北省荆门市东宝区', 31.0301, 112.1933, '三级甲等', ALL_SCOPES),
    hospital('荆门市中医医院', '湖北省荆门市东宝区', 31.0432, 112.1905, '三级甲等', ['inpatient', 'outpatient']),
  ],
  '320100': [
    agency('南京市医疗保障局政务服务大厅', '江苏省南京市建邺区', 32.0042, 118.7329),
    hospital('江苏省人民医院', '江苏省南京市鼓楼区广州路300号', 32.0553, 118.7703, '三级甲等', ALL_SCOPES),
    hospital('南京鼓楼医院', '江苏省南京市鼓楼区中山路321号', 32.0586, 118.7801, '三级甲等', ALL_SCOPES),
  ],
  '430100': [
    hospital('中南大学湘雅医院', '湖南省长沙市开福区湘雅路87号', 28.2137, 112.9843, '三级甲等', ALL_SCOPES),
    hospital('中南大学湘雅二医院', '湖南省长沙市芙蓉区人民中路139号', 28.1944, 112.993, '三级甲等', ALL_SCOPES),
  ],
  '420100': [
    hospital('华中科技大学同济医学院附属协和医院', '湖北省武汉市江汉区解放大道1277号', 30.5878, 114.2795, '三级甲等', ALL_SCOPES),
    hospital('华中科技大学同济医学院附属同济医院', '湖北省武汉市硚口区解放大道1095号', 30.5835, 114.2635, '三级甲等', ALL_SCOPES),
  ],
  '430600': [agency('屈原管理区医疗保障局', '湖南省岳阳市屈原管理区', 28.8316, 112.9011)],
}

/** Seed 003 item 17 (荆门): grade-2 and higher 定点医疗机构 host a 医保服务站. Elsewhere a station at a real hospital is a demo. */
export const STATIONS_FROM_SEED = new Set(['420800'])

export const DEFAULTS = { AGENCY_SERVICES, STATION_SERVICES, ALL_SCOPES }
