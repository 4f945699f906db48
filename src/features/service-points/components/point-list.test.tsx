import { render } from '@testing-library/react'
import type { ServicePointHit } from '@/domain'
import { VirtualRows } from '@/components/virtual-rows'
import { OVERSCAN, PointRow } from '@/features/service-points/components/point-list'
import { windowHeight, windowWidth } from '@/platform/location'

function fakePoint(i: number): ServicePointHit {
  return {
    id: `SP430400-${i}`,
    name: `网点${i}`,
    type: 'pharmacy',
    address: `衡阳市人民路${i}号`,
    phone: '0734-1234567',
    location: { lat: 26.9, lng: 112.6 },
    provinceCode: '430000',
    cityCode: '430400',
    hours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: 480, close: 1320 }],
    services: ['evoucher'],
    crossProvince: [],
    distanceM: i * 10,
  }
}

describe('the point list (VirtualRows)', () => {
  it('keeps the rendered cards bounded for a 1,000-item list', () => {
    const items = Array.from({ length: 1000 }, (_, i) => fakePoint(i))
    const height = windowHeight()
    const rowPx = Math.round((376 * windowWidth()) / 750)
    const { container } = render(
      <VirtualRows className='points-list' item={PointRow} rows={items} rowHeights={{ normal: 376, care: 476 }} overscan={OVERSCAN} />,
    )
    const cards = container.querySelectorAll('[data-testid="point-card"]').length
    expect(cards).toBeGreaterThan(0)
    expect(cards).toBeLessThanOrEqual(Math.ceil(height / rowPx) + 2 * OVERSCAN + 1)
    expect(container.textContent).toContain('网点0')
    expect(container.textContent).not.toContain('网点999')
  })
})
