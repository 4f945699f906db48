import { areaList } from '@vant/area-data'
import type { Region } from '@/domain/common'

/** China's provinces and cities (@vant/area-data, GB/T 2260 codes). Import only from subpackages: it is ~150 KB. */
export interface City {
  code: string
  name: string
}

export interface Province {
  code: string
  name: string
  cities: City[]
}

let cache: Province[] | null = null

export function provinces(): Province[] {
  if (cache) return cache
  const cities = Object.entries(areaList.city_list)
  cache = Object.entries(areaList.province_list).map(([code, name]) => ({
    code,
    name,
    cities: cities.filter(([c]) => c.slice(0, 2) === code.slice(0, 2)).map(([c, n]) => ({ code: c, name: n })),
  }))
  return cache
}

/** The full region for a city code, or a province-level region for a province code. */
export function regionOf(code: string): Region | null {
  const province = provinces().find((p) => p.code.slice(0, 2) === code.slice(0, 2))
  if (!province) return null
  if (code === province.code) return { provinceCode: province.code, provinceName: province.name, cityCode: '', cityName: '' }
  const city = province.cities.find((c) => c.code === code)
  return city ? { provinceCode: province.code, provinceName: province.name, cityCode: city.code, cityName: city.name } : null
}

export { regionLabel } from '@/domain/region-label'
