/**
 * The route table: every page and its query parameters. Pages, features and the mock's message links all build URLs
 * with `route()`, so a renamed page or parameter is a type error, not a dead link. app.config.ts lists the same pages
 * (a test checks both ways).
 */
export const ROUTES = {
  home: '/pages/home/index',
  services: '/pages/services/index',
  records: '/pages/records/index',
  me: '/pages/me/index',
  messages: '/subpackages/common/pages/messages/index',
  devSettings: '/subpackages/common/pages/dev-settings/index',
  cases: '/subpackages/common/pages/cases/index',
  pointsList: '/subpackages/points/pages/list/index',
  pointDetail: '/subpackages/points/pages/detail/index',
  pointsMap: '/subpackages/points/pages/map/index',
  filingStart: '/subpackages/filing/pages/start/index',
  filingList: '/subpackages/filing/pages/list/index',
  filingForm: '/subpackages/filing/pages/form/index',
  filingPreview: '/subpackages/filing/pages/preview/index',
  filingDetail: '/subpackages/filing/pages/detail/index',
  filingChange: '/subpackages/filing/pages/change/index',
  filingReimburse: '/subpackages/filing/pages/reimburse/index',
  filingEmergency: '/subpackages/filing/pages/emergency/index',
  recordsInsurance: '/subpackages/records/pages/insurance/index',
  recordsContributions: '/subpackages/records/pages/contributions/index',
  recordsAccount: '/subpackages/records/pages/account/index',
  recordsSettlements: '/subpackages/records/pages/settlements/index',
  recordsSettlement: '/subpackages/records/pages/settlement/index',
  recordsStatement: '/subpackages/records/pages/statement/index',
  recordsFamilyPay: '/subpackages/records/pages/family-pay/index',
  qaIndex: '/subpackages/qa/pages/index/index',
  qaEntry: '/subpackages/qa/pages/entry/index',
  familyList: '/subpackages/family/pages/list/index',
  familyAdd: '/subpackages/family/pages/add/index',
  familyConfirm: '/subpackages/family/pages/confirm/index',
  familyMember: '/subpackages/family/pages/member/index',
  chronicList: '/subpackages/chronic/pages/list/index',
  chronicApply: '/subpackages/chronic/pages/apply/index',
  chronicDetail: '/subpackages/chronic/pages/detail/index',
  transferStart: '/subpackages/transfer/pages/start/index',
  transferDetail: '/subpackages/transfer/pages/detail/index',
  evoucherCode: '/subpackages/evoucher/pages/code/index',
  evoucherCertificate: '/subpackages/evoucher/pages/certificate/index',
  evoucherVerify: '/subpackages/evoucher/pages/verify/index',
  claimsStart: '/subpackages/claims/pages/start/index',
  claimsForm: '/subpackages/claims/pages/form/index',
  claimsList: '/subpackages/claims/pages/list/index',
  claimsDetail: '/subpackages/claims/pages/detail/index',
} as const

export type RouteName = keyof typeof ROUTES

type Query = Record<string, string | number | undefined | null>

/** Query parameters per page; pages not listed take none. */
export interface RouteParams {
  pointsList: { cityCode?: string; crossProvince?: '1'; service?: string; settlement?: string; disease?: string }
  pointDetail: { id: string }
  filingStart: { personId?: string }
  filingList: { personId?: string }
  filingForm: { personId?: string; category?: string }
  filingPreview: { personId: string }
  filingDetail: { id: string }
  filingChange: { id: string }
  recordsInsurance: { personId?: string }
  recordsContributions: { personId?: string }
  recordsAccount: { personId?: string }
  recordsSettlements: { personId?: string }
  recordsSettlement: { id: string; personId?: string }
  recordsStatement: { personId?: string; year?: string | number }
  recordsFamilyPay: { personId?: string }
  qaIndex: { q?: string; tag?: string }
  qaEntry: { id: string; q?: string }
  familyConfirm: { bindingId: string }
  familyMember: { bindingId: string }
  chronicList: { personId?: string }
  chronicApply: { personId?: string; disease?: string }
  chronicDetail: { id: string }
  transferStart: { personId?: string }
  transferDetail: { id: string }
  evoucherCode: { personId?: string }
  evoucherCertificate: { personId?: string }
  evoucherVerify: { code?: string }
  claimsStart: { personId?: string; basis?: string }
  claimsForm: { personId?: string; basis?: string }
  claimsList: { personId?: string }
  claimsDetail: { id: string }
}

type ParamsOf<N extends RouteName> = N extends keyof RouteParams ? RouteParams[N] : Record<string, never>

export function route<N extends RouteName>(name: N, ...params: N extends keyof RouteParams ? [ParamsOf<N>?] : []): string {
  const query = Object.entries((params[0] ?? {}) as Query)
    .filter(([, value]) => value !== undefined && value !== null && value !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`)
    .join('&')
  return query ? `${ROUTES[name]}?${query}` : ROUTES[name]
}
