import type { Page, ServicePoint, ServicePointHit, ServicePointQuery } from '@/domain'

export interface ServicePointsApi {
  search(query: ServicePointQuery): Promise<Page<ServicePointHit>>
  get(id: string): Promise<ServicePoint>
}
