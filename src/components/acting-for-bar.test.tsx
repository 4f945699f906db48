import { route } from '@/domain/routes'
import { fireEvent, render, screen } from '@testing-library/react'
import type { ActablePerson } from '@/domain'

jest.mock('@/backend', () => ({
  ...jest.requireActual('@/domain/errors'),
  ...jest.requireActual('@/backend/port/family'),
  ...jest.requireActual('@/domain/common'),
  backend: {},
}))
jest.mock('@/platform/auth', () => ({ wechatLoginCode: async () => 'code' }))
const mockOpenRoute = jest.fn()
jest.mock('@/platform/navigation', () => ({ openRoute: (url: string) => mockOpenRoute(url) }))

import { useSession } from '@/app-state/session-store'
import { ActingForBar } from '@/components/acting-for-bar'

const region = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
const person = (id: string, name: string, relation: ActablePerson['relation'], gender: 'male' | 'female'): ActablePerson => ({
  id,
  name,
  relation,
  gender,
  idNumberMasked: '4304**********2429',
  phoneMasked: '139****1122',
  birthDate: '1958-03-08',
  insuranceType: 'employee',
  insuredRegion: region,
  retired: true,
  insuranceStatus: 'active',
})
const SELF = person('P001', '李明', 'self', 'male')
const MUM = person('P002', '王秀英', 'parent', 'female')
const DAD = person('P003', '李建国', 'parent', 'male')

beforeEach(() => mockOpenRoute.mockReset())

describe('person switcher', () => {
  it('says plainly whose business is on screen, and switches to Mum from the sheet', () => {
    useSession.setState({ status: 'ready', actingForId: null, profile: { self: SELF, actable: [SELF, MUM, DAD] } })
    render(<ActingForBar />)
    expect(screen.getByText('当前办理人')).toBeTruthy()
    fireEvent.click(screen.getByText('切换'))
    expect(screen.getByText('选择为谁办理')).toBeTruthy()
    fireEvent.click(screen.getByText('王秀英'))
    expect(useSession.getState().actingForId).toBe('P002')
    expect(screen.queryByText('选择为谁办理')).toBeNull()
    expect(screen.getByText('正在代母亲办理')).toBeTruthy()
  })

  it('falls back to the user when the chosen relative is no longer bound', () => {
    useSession.setState({ status: 'ready', actingForId: 'P002', profile: { self: SELF, actable: [SELF, DAD] } })
    render(<ActingForBar />)
    expect(screen.getByText('当前办理人')).toBeTruthy()
    expect(screen.queryByText('王秀英')).toBeNull()
  })

  it('with no relatives bound, offers to add one instead of an empty switcher', () => {
    useSession.setState({ status: 'ready', actingForId: null, profile: { self: SELF, actable: [SELF] } })
    render(<ActingForBar />)
    fireEvent.click(screen.getByText('添加家人'))
    expect(mockOpenRoute).toHaveBeenCalledWith(route('familyList'))
    expect(screen.queryByText('选择为谁办理')).toBeNull()
  })

  it('links to adding and managing family members from the sheet', () => {
    useSession.setState({ status: 'ready', actingForId: null, profile: { self: SELF, actable: [SELF, MUM] } })
    render(<ActingForBar />)
    fireEvent.click(screen.getByText('切换'))
    fireEvent.click(screen.getByText('＋ 添加家庭成员'))
    expect(mockOpenRoute).toHaveBeenCalledWith(route('familyAdd'))
  })
})
