import { classifyLocationError } from '@/platform/location'

describe('classifyLocationError', () => {
  it('tells a refusal from a switched-off phone, a timeout and anything else', () => {
    expect(classifyLocationError('getLocation:fail auth deny')).toEqual({ status: 'denied' })
    expect(classifyLocationError('getLocation:fail authorize no response')).toMatchObject({ status: 'unavailable' })
    expect(classifyLocationError('User denied Geolocation')).toEqual({ status: 'denied' })
    expect(classifyLocationError('getLocation:fail system permission denied')).toEqual({
      status: 'unavailable',
      reason: '手机的定位服务未开启，请在系统设置中允许微信使用定位',
    })
    expect(classifyLocationError('Timeout expired')).toEqual({ status: 'unavailable', reason: '定位超时，请到开阔处重试' })
    expect(classifyLocationError('Position unavailable')).toEqual({ status: 'unavailable', reason: '暂时无法获取位置' })
  })
})
