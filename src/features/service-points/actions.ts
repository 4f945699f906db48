import { route } from '@/domain/routes'
import { MEDICAL_INSURANCE_HOTLINE, type ServicePoint } from '@/domain'
import { makePhoneCall } from '@/platform/device'
import { chooseAction, confirm, toast } from '@/platform/feedback'
import { navigateTo } from '@/platform/location'
import { openRoute } from '@/platform/navigation'
import { callPlan, type CallPoint } from '@/features/service-points/model'

export const ROUTES = {
  list: route('pointsList'),
  detail: (id: string) => route('pointDetail', { id: encodeURIComponent(id) }),
  map: route('pointsMap'),
}

/**
 * Calls the point (see callPlan): several numbers (e.g. 职工 and 城乡居民 lines) are picked from first, a number with a
 * note (its date) is confirmed with it, and a point without a number the app can stand by offers 12393 instead.
 */
export async function callPoint(point: CallPoint): Promise<void> {
  const plan = callPlan(point)
  if (plan.kind === 'hotline') {
    if (await confirm({ title: plan.title, content: plan.content, confirmText: '拨打热线' })) await dial(plan.number)
    return
  }
  let chosen = plan.phones[0]
  if (plan.phones.length > 1) {
    const index = await chooseAction(plan.phones.map((p) => `${p.label} ${p.number}`))
    if (index === null) return
    chosen = plan.phones[index]
  }
  if (plan.note && !(await confirm({ title: `拨打 ${chosen.number}`, content: plan.note, confirmText: '拨打' }))) return
  await dial(chosen.number)
}

/** Dials the 12393 hotline directly (the user tapped it). */
export function callHotline(): Promise<void> {
  return dial(MEDICAL_INSURANCE_HOTLINE)
}

async function dial(number: string): Promise<void> {
  // The user may cancel the system's call sheet: that is not an error.
  await makePhoneCall(number).catch(() => undefined)
}

export function navigateToPoint(point: Pick<ServicePoint, 'location' | 'name' | 'address'>): void {
  void navigateTo({ ...point.location, name: point.name, address: point.address }).catch(() => toast('无法打开地图导航'))
}

export function openDetail(id: string): void {
  openRoute(ROUTES.detail(id))
}
