import Taro from '@tarojs/taro'

export const TAB_ROUTES = ['/pages/home/index', '/pages/services/index', '/pages/records/index', '/pages/me/index'] as const

function isTab(url: string): boolean {
  return (TAB_ROUTES as readonly string[]).includes(url.split('?')[0])
}

/** Opens a route, switching tabs where the route is a tab page. */
export function openRoute(url: string): void {
  if (isTab(url)) void Taro.switchTab({ url: url.split('?')[0] })
  else void Taro.navigateTo({ url })
}

export function redirectRoute(url: string): void {
  if (isTab(url)) void Taro.switchTab({ url: url.split('?')[0] })
  else void Taro.redirectTo({ url })
}

export function goBack(): void {
  void Taro.navigateBack().catch(() => Taro.switchTab({ url: TAB_ROUTES[0] }))
}

/** The current page's query parameters. */
export function routeParams(): Record<string, string | undefined> {
  return (Taro.getCurrentInstance().router?.params ?? {}) as Record<string, string | undefined>
}

export function setPageTitle(title: string): void {
  void Taro.setNavigationBarTitle({ title })
}

export function stopPullDownRefresh(): void {
  void Taro.stopPullDownRefresh()
}
