import { provinces, regionLabel, regionOf } from '@/domain/regions'

describe('regions', () => {
  it('has all 34 provincial divisions with their cities', () => {
    expect(provinces()).toHaveLength(34)
    const hunan = provinces().find((p) => p.name === '湖南省')!
    expect(hunan.cities.map((c) => c.name)).toContain('衡阳市')
  })
  it('resolves city and province codes', () => {
    expect(regionOf('430400')).toEqual({ provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' })
    expect(regionOf('420000')?.cityCode).toBe('')
    expect(regionOf('999999')).toBeNull()
    expect(regionLabel(regionOf('420800')!)).toBe('湖北省荆门市')
    expect(regionLabel(regionOf('440000')!)).toBe('广东省（全省）')
    expect(regionLabel(regionOf('110100')!)).toBe('北京市')
  })
})
