import { route } from '@/domain/routes'
import { makeIdCard } from '@/lib/id-card'
import type { Region, Message } from '@/domain'
import type { AccountRecord, BindingRecord, MockState, PersonRecord } from '@/backend/mock/state'
import { STATE_VERSION } from '@/backend/mock/state'
import { seedFilings, seedStays } from '@/backend/mock/filings-seed'

export const JINGMEN: Region = { provinceCode: '420000', provinceName: '湖北省', cityCode: '420800', cityName: '荆门市' }
export const HENGYANG: Region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
export const NANJING: Region = { provinceCode: '320000', provinceName: '江苏省', cityCode: '320100', cityName: '南京市' }

/** The demo account: 李明, a 荆门 employee who acts for his parents in 衡阳. */
export const DEMO_ACCOUNT_ID = 'A001'
/** A second, unrelated account, for authorisation tests. */
export const OTHER_ACCOUNT_ID = 'A002'

export const SEED_PERSONS: PersonRecord[] = [
  {
    id: 'P001',
    name: '李明',
    idNumber: makeIdCard('420802', '19880512', 173),
    phone: '13872451234',
    insuranceType: 'employee',
    insuredRegion: JINGMEN,
    retired: false,
    insuredSince: '2010-07-01',
    // 户籍: 李小雨 (P005) is registered as his daughter.
    children: ['P005'],
  },
  {
    id: 'P002',
    name: '王秀英',
    idNumber: makeIdCard('430406', '19580308', 242),
    phone: '13907341122',
    insuranceType: 'employee',
    insuredRegion: HENGYANG,
    retired: true,
    insuredSince: '1994-01-01',
  },
  {
    id: 'P003',
    name: '李建国',
    idNumber: makeIdCard('430421', '19551021', 315),
    phone: '13507348866',
    insuranceType: 'resident',
    insuredRegion: HENGYANG,
    retired: true,
    insuredSince: '2008-01-01',
  },
  // Registered but not bound to anyone: available to the binding flow.
  {
    id: 'P004',
    name: '张桂芳',
    idNumber: makeIdCard('320102', '19620715', 128),
    phone: '13951886677',
    insuranceType: 'resident',
    insuredRegion: NANJING,
    retired: true,
    insuredSince: '2009-01-01',
  },
  {
    id: 'P005',
    name: '李小雨',
    idNumber: makeIdCard('420802', '20160901', 482),
    phone: '13872451234',
    insuranceType: 'resident',
    insuredRegion: JINGMEN,
    retired: false,
    insuredSince: '2016-10-01',
  },
  {
    id: 'P006',
    name: '陈志强',
    idNumber: makeIdCard('430405', '19790130', 213),
    phone: '13807345566',
    insuranceType: 'employee',
    insuredRegion: HENGYANG,
    retired: false,
    insuredSince: '2001-03-01',
  },
]

export const SEED_ACCOUNTS: AccountRecord[] = [
  { id: DEMO_ACCOUNT_ID, personId: 'P001' },
  { id: OTHER_ACCOUNT_ID, personId: 'P006' },
]

export function seedState(seed: number, now: number): MockState {
  const day = 24 * 3600 * 1000
  const bindings: BindingRecord[] = [
    {
      id: 'B001',
      accountId: DEMO_ACCOUNT_ID,
      personId: 'P002',
      relation: 'parent',
      status: 'active',
      createdAt: now - 200 * day,
      boundAt: now - 200 * day,
    },
    {
      id: 'B002',
      accountId: DEMO_ACCOUNT_ID,
      personId: 'P003',
      relation: 'parent',
      status: 'active',
      createdAt: now - 190 * day,
      boundAt: now - 190 * day,
    },
  ]
  const messages: Message[] = [
    {
      id: 'M001',
      kind: 'account-credited',
      personId: 'P001',
      title: '个人账户划入到账',
      body: '您的医保个人账户本月划入已到账，可在“查询 - 个人账户”查看明细。',
      createdAt: now - 2 * day,
      read: false,
      link: route('recordsAccount', { personId: 'P001' }),
    },
    {
      id: 'M002',
      kind: 'family',
      personId: 'P002',
      title: '亲情账户绑定成功',
      body: '您已成功绑定王秀英（母亲），可以代她查询记录和办理异地就医备案。',
      createdAt: now - 200 * day,
      read: true,
    },
    {
      id: 'M003',
      kind: 'system',
      personId: 'P001',
      title: '欢迎使用随行医保',
      body: '找网点、办备案、查记录、问政策，一个小程序就够了。遇到问题可拨打医保服务热线 12393。',
      createdAt: now - 210 * day,
      read: false,
    },
  ]
  return {
    version: STATE_VERSION,
    seed,
    persons: SEED_PERSONS.map((p) => ({ ...p })),
    accounts: SEED_ACCOUNTS.map((a) => ({ ...a })),
    sessions: [],
    bindings,
    messages,
    filings: seedFilings(now),
    stays: seedStays(now),
    delegations: [],
    idempotency: {},
    requests: {},
    bindingLocks: {},
    memberWrongTries: {},
    qaFeedback: [],
    // ST000001 is the seeded stay.
    counters: { ST: 1 },
  }
}
