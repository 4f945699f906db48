import { useEffect } from 'react'
import { Button, Text, View } from '@tarojs/components'
import { AsyncView } from '@/components/async-view'
import { Chip } from '@/components/chip'
import { PageShell } from '@/components/page-shell'
import { MEDICAL_INSURANCE_HOTLINE, SERVICE_POINT_TYPE_LABELS, WALKING_RING_M } from '@/domain'
import { cite } from '@/domain/sources'
import { routeParams } from '@/platform/navigation'
import { callHotline as makeHotlineCall, callPoint, navigateToPoint } from '@/features/service-points/actions'
import {
  chronicDiseasesLine,
  crossProvinceLabel,
  settlementChips,
  formatDistance,
  hoursLines,
  openLabel,
  phonesOf,
  phoneSummary,
  servicesLabel,
  walkingMinutes,
} from '@/features/service-points/model'
import { useServicePoints } from '@/features/service-points/service-points-store'
import './index.scss'

export default function Page() {
  const detail = useServicePoints((s) => s.detail)
  const loading = useServicePoints((s) => s.detailLoading)
  const error = useServicePoints((s) => s.detailError)
  const loadDetail = useServicePoints((s) => s.loadDetail)
  // Distance is only known when the point came from a list centred on the user.
  const distanceM = useServicePoints((s) => s.items.find((p) => p.id === s.detail?.id)?.distanceM)
  const id = routeParams().id ?? ''

  useEffect(() => {
    void loadDetail(id)
  }, [id, loadDetail])

  const point = detail && detail.id === id ? detail : null
  const open = point ? openLabel(point.hours, Date.now()) : null
  const cross = point ? crossProvinceLabel(point) : ''
  const phones = point ? phoneSummary(point) : { note: '', dialable: false }
  return (
    <PageShell publicPage>
      <AsyncView loading={loading} error={error} onRetry={() => void loadDetail(id)} empty={!point}>
        {point && open && (
          <View>
            <View className='card point-detail__head'>
              <Text className='point-detail__name'>{point.name}</Text>
              {point.formerName && <Text className='muted'>原名：{point.formerName}</Text>}
              <View className='point-detail__tags'>
                {point.demo && (
                  <Text className='tag demo' data-testid='demo-mark'>
                    演示数据
                  </Text>
                )}
                <Text className='tag'>{SERVICE_POINT_TYPE_LABELS[point.type]}</Text>
                {point.grade && <Text className='tag gray'>{point.grade}</Text>}
                <Text className={`tag ${open.open ? 'ok' : 'gray'}`}>{open.text}</Text>
              </View>
              <Text className='point-detail__address'>{point.address}</Text>
              {point.demo && (
                <Text className='point-detail__demo'>演示数据：此网点为生成的示例，不是真实机构，名称、地址和电话均为虚构。</Text>
              )}
              {point.sourceNote && <Text className='muted'>{point.sourceNote}</Text>}
              {distanceM !== undefined && (
                <Text className='muted'>
                  距您 {formatDistance(distanceM)}
                  {distanceM <= WALKING_RING_M ? `，步行约 ${walkingMinutes(distanceM)} 分钟（15分钟服务圈内）` : ''}
                </Text>
              )}
              <View className='point-detail__actions'>
                <Button className='btn secondary' onClick={() => void callPoint(point)}>
                  {phones.dialable ? '拨打电话' : `咨询${MEDICAL_INSURANCE_HOTLINE}`}
                </Button>
                <Button className='btn' onClick={() => navigateToPoint(point)}>
                  导航前往
                </Button>
              </View>
            </View>

            <Text className='section-title'>营业时间</Text>
            <View className='card'>
              {hoursLines(point.hours).map((line) => (
                <Text key={line} className='point-detail__line'>
                  {line}
                </Text>
              ))}
              <Text className='muted'>法定节假日以网点公告为准</Text>
            </View>

            <Text className='section-title'>联系电话</Text>
            <View className='card'>
              {phones.note && <Text className='muted'>{phones.note}</Text>}
              {phonesOf(point).map((p) =>
                phones.dialable ? (
                  <View
                    key={p.number + p.label}
                    className='point-detail__phone'
                    onClick={() => void callPoint({ phone: p.number, phoneNote: point.phoneNote })}
                  >
                    <Text>{p.label}</Text>
                    <Text className='point-detail__phone-number'>{p.number}</Text>
                  </View>
                ) : (
                  <View key={p.number + p.label} className='point-detail__phone point-detail__phone--off'>
                    <Text>{p.label}</Text>
                    <Text>{p.number}</Text>
                  </View>
                ),
              )}
              {!phones.dialable && (
                <View className='point-detail__phone' onClick={() => void makeHotlineCall()}>
                  <Text>医保服务热线</Text>
                  <Text className='point-detail__phone-number'>{MEDICAL_INSURANCE_HOTLINE}</Text>
                </View>
              )}
            </View>

            <Text className='section-title'>可办业务</Text>
            <View className='card'>
              {point.services.length === 0 ? (
                <Text className='muted'>此网点仅提供医保结算，暂不办理经办业务</Text>
              ) : (
                <View className='point-detail__tags'>
                  {servicesLabel(point.services).map((s) => (
                    <Text key={s} className='tag'>
                      {s}
                    </Text>
                  ))}
                </View>
              )}
            </View>

            {point.type === 'hospital' && (
              <>
                <Text className='section-title'>跨省异地就医直接结算</Text>
                <View className='card'>
                  {cross ? (
                    <>
                      <View className='point-detail__kinds' aria-label={`已开通：${cross}`}>
                        <Text className='point-detail__line'>已开通：</Text>
                        {settlementChips(point).map((k) => (
                          <Chip key={k} on small>
                            {k}
                          </Chip>
                        ))}
                      </View>
                      {chronicDiseasesLine(point) && (
                        <Text className='point-detail__line'>门诊慢特病病种：{chronicDiseasesLine(point)}</Text>
                      )}
                    </>
                  ) : (
                    <>
                      <Text className='point-detail__line'>
                        暂未开通跨省直接结算：在这里就医需先自付费用，备案后可按参保地规定申请手工报销
                      </Text>
                      <Text className='muted'>依据：{cite(['jm', '第9、10项'])}</Text>
                    </>
                  )}
                  <Text className='muted'>跨省就医前请先办理异地就医备案</Text>
                </View>
              </>
            )}
          </View>
        )}
      </AsyncView>
    </PageShell>
  )
}
