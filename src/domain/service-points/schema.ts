import * as v from 'valibot'
import {
  SERVICE_KIND_LABELS,
  SERVICE_POINT_LIMITS as LIMITS,
  SERVICE_POINT_TYPE_LABELS,
  type ServiceKind,
  type ServicePointType,
} from '@/domain/service-points/types'
import { CHRONIC_DISEASE_IDS, DIRECT_KINDS, type ChronicDiseaseId, type CoverageKind } from '@/domain/coverage'

const TYPES = Object.keys(SERVICE_POINT_TYPE_LABELS) as [ServicePointType, ...ServicePointType[]]
const SERVICES = Object.keys(SERVICE_KIND_LABELS) as [ServiceKind, ...ServiceKind[]]

const KINDS = [...DIRECT_KINDS] as [CoverageKind, ...CoverageKind[]]
const DISEASES = [...CHRONIC_DISEASE_IDS] as [ChronicDiseaseId, ...ChronicDiseaseId[]]

const LatLngSchema = v.object({
  lat: v.pipe(v.number('纬度不正确'), v.finite('纬度不正确'), v.minValue(-90, '纬度不正确'), v.maxValue(90, '纬度不正确')),
  lng: v.pipe(v.number('经度不正确'), v.finite('经度不正确'), v.minValue(-180, '经度不正确'), v.maxValue(180, '经度不正确')),
})

/** Input schema of `servicePoints.search`, exported so an HTTP server can reuse it. */
export const ServicePointQuerySchema = v.pipe(
  v.object({
    center: v.optional(LatLngSchema),
    cityCode: v.optional(v.pipe(v.string('城市编码不正确'), v.regex(/^\d{6}$/, '城市编码不正确'))),
    radiusKm: v.optional(
      v.pipe(
        v.number('搜索半径不正确'),
        v.finite('搜索半径不正确'),
        v.gtValue(0, '搜索半径必须大于 0'),
        v.maxValue(LIMITS.maxRadiusKm, `搜索半径不能超过 ${LIMITS.maxRadiusKm} 公里`),
      ),
    ),
    types: v.optional(v.array(v.picklist(TYPES, '网点类型不正确'), '网点类型不正确')),
    services: v.optional(v.array(v.picklist(SERVICES, '业务类型不正确'), '业务类型不正确')),
    crossProvinceOnly: v.optional(v.boolean('筛选条件不正确')),
    settlement: v.optional(v.picklist(KINDS, '结算类型不正确')),
    disease: v.optional(v.picklist(DISEASES, '病种不正确')),
    openNow: v.optional(v.boolean('筛选条件不正确')),
    keyword: v.optional(
      v.pipe(v.string('关键词不正确'), v.trim(), v.maxLength(LIMITS.maxKeywordLength, `关键词不能超过 ${LIMITS.maxKeywordLength} 个字`)),
    ),
    page: v.optional(v.pipe(v.number('页码不正确'), v.integer('页码不正确'), v.minValue(1, '页码不正确'), v.maxValue(1000, '页码不正确'))),
    pageSize: v.optional(
      v.pipe(
        v.number('每页条数不正确'),
        v.integer('每页条数不正确'),
        v.minValue(1, '每页条数不正确'),
        v.maxValue(LIMITS.maxPageSize, `每页最多 ${LIMITS.maxPageSize} 条`),
      ),
    ),
  }),
  v.check((q) => q.center !== undefined || q.cityCode !== undefined, '请提供位置或选择城市'),
)

export const ServicePointIdSchema = v.pipe(v.string('网点编号不正确'), v.regex(/^SP\d{6}-[0-9A-Z]{2,4}$/, '网点编号不正确'))
