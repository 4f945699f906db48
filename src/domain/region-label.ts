import type { Region } from '@/domain/common'

/**
 * `湖南省衡阳市`, `北京市` for a municipality, or `湖南省（全省）` for province level.
 * Kept apart from lib/regions so the main package can use it without the region data.
 */
export function regionLabel(region: Pick<Region, 'provinceName' | 'cityName'>): string {
  if (!region.cityName) return `${region.provinceName}（全省）`
  return region.cityName === region.provinceName ? region.cityName : `${region.provinceName}${region.cityName}`
}
