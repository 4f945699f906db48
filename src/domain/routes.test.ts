import appConfig from '@/app.config'
import { ROUTES, route } from '@/domain/routes'

describe('the route table', () => {
  it('names exactly the pages app.config lists', () => {
    const config = appConfig as unknown as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
    const configured = [...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))].map((p) => `/${p}`)
    expect(Object.values(ROUTES).sort()).toEqual(configured.sort())
  })

  it('builds URLs with encoded query values and leaves out empty ones', () => {
    expect(route('home')).toBe('/pages/home/index')
    expect(route('filingDetail', { id: 'FS0001' })).toBe('/subpackages/filing/pages/detail/index?id=FS0001')
    expect(route('qaEntry', { id: 'who-can-file', q: '我妈 退休' })).toBe(
      `/subpackages/qa/pages/entry/index?id=who-can-file&q=${encodeURIComponent('我妈 退休')}`,
    )
    expect(route('filingForm', { personId: undefined, category: 'referral' })).toBe(
      '/subpackages/filing/pages/form/index?category=referral',
    )
  })
})
