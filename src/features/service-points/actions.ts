import type { ServicePoint } from '@/domain'
import { makePhoneCall } from '@/platform/device'
import { chooseAction, toast } from '@/platform/feedback'
import { navigateTo } from '@/platform/location'
import { openRoute } from '@/platform/navigation'
import { phonesOf } from '@/features/service-points/model'

export const ROUTES = {
  list: '/subpackages/points/pages/list/index',
  detail: (id: string) => `/subpackages/points/pages/detail/index?id=${encodeURIComponent(id)}`,
  map: '/subpackages/points/pages/map/index',
}

/** Calls the point; with several numbers (e.g. 职工 and 城乡居民 lines) the user picks one first. */
export async function callPoint(point: Pick<ServicePoint, 'phone' | 'extraPhones'>): Promise<void> {
  const phones = phonesOf(point)
  if (phones.length === 0) {
    toast('该网点暂未公布电话')
    return
  }
  let chosen = phones[0]
  if (phones.length > 1) {
    const index = await chooseAction(phones.map((p) => `${p.label} ${p.number}`))
    if (index === null) return
    chosen = phones[index]
  }
  await makePhoneCall(chosen.number).catch(() => undefined)
}

export function navigateToPoint(point: Pick<ServicePoint, 'location' | 'name' | 'address'>): void {
  void navigateTo({ ...point.location, name: point.name, address: point.address }).catch(() => toast('无法打开地图导航'))
}

export function openDetail(id: string): void {
  openRoute(ROUTES.detail(id))
}
