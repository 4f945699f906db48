/** The plain-DOM Taro components the h5 build uses (config/h5-components, aliased in config/index.ts). */
import { act, fireEvent, render, screen } from '@testing-library/react'
import { Button, Text, View } from '../config/h5-components/index.js'
import { styleObject } from '../config/h5-components/style.js'

describe('styleObject', () => {
  it('turns a WXML-style string into the object React DOM needs, keeping custom properties and colons in values', () => {
    expect(styleObject('height: 120px; --fs-scale: 1.2; background: url(data:x);')).toEqual({
      height: '120px',
      '--fs-scale': '1.2',
      background: 'url(data:x)',
    })
    expect(styleObject('margin-top:4px')).toEqual({ marginTop: '4px' })
  })

  it('passes objects and undefined through', () => {
    const style = { width: '50%' }
    expect(styleObject(style)).toBe(style)
    expect(styleObject(undefined)).toBeUndefined()
  })
})

describe('View', () => {
  beforeEach(() => jest.useFakeTimers())
  afterEach(() => jest.useRealTimers())

  it('is a div with its class, attributes, string style and click handler', () => {
    const onClick = jest.fn()
    render(
      <View className='card' role='button' aria-label='打开' style='height: 10px' onClick={onClick}>
        内容
      </View>,
    )
    const el = screen.getByRole('button', { name: '打开' })
    expect(el.tagName).toBe('DIV')
    expect(el.className).toBe('card')
    expect(el.style.height).toBe('10px')
    fireEvent.click(el)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('shows the hover class 50 ms into a touch and drops it 400 ms after, as WeChat does', () => {
    const onTouchEnd = jest.fn()
    render(
      <View className='entry' hoverClass='entry--pressed' onTouchEnd={onTouchEnd}>
        找网点
      </View>,
    )
    const el = screen.getByText('找网点')
    fireEvent.touchStart(el)
    act(() => void jest.advanceTimersByTime(49))
    expect(el.className).toBe('entry')
    act(() => void jest.advanceTimersByTime(1))
    expect(el.className).toBe('entry entry--pressed')
    fireEvent.touchEnd(el)
    expect(onTouchEnd).toHaveBeenCalledTimes(1)
    act(() => void jest.advanceTimersByTime(399))
    expect(el.className).toBe('entry entry--pressed')
    act(() => void jest.advanceTimersByTime(1))
    expect(el.className).toBe('entry')
  })

  it('a tap shorter than 50 ms never shows the hover class', () => {
    render(<View hoverClass='pressed'>轻点</View>)
    const el = screen.getByText('轻点')
    fireEvent.touchStart(el)
    fireEvent.touchEnd(el)
    act(() => void jest.advanceTimersByTime(1000))
    expect(el.className).not.toContain('pressed')
  })
})

describe('Text', () => {
  it('is a span that cannot be selected, unless selectable', () => {
    render(
      <>
        <Text className='label'>姓名</Text>
        <Text selectable>4201********1234</Text>
      </>,
    )
    expect(screen.getByText('姓名').tagName).toBe('SPAN')
    expect(screen.getByText('姓名').className).toBe('taro-text label')
    expect(screen.getByText('4201********1234').className).toBe('taro-text taro-text--selectable')
  })
})

describe('Button', () => {
  it('is a native button that does not submit forms and calls onClick', () => {
    const onClick = jest.fn()
    render(
      <Button className='btn' onClick={onClick}>
        提交
      </Button>,
    )
    const button = screen.getByRole('button', { name: '提交' })
    expect(button.getAttribute('type')).toBe('button')
    expect(button.className).toBe('taro-button btn')
    fireEvent.click(button)
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('when disabled, is natively disabled and a tap does nothing', () => {
    const onClick = jest.fn()
    render(
      <Button disabled onClick={onClick}>
        提交
      </Button>,
    )
    const button = screen.getByRole('button', { name: '提交' })
    expect(button).toHaveProperty('disabled', true)
    fireEvent.click(button)
    expect(onClick).not.toHaveBeenCalled()
  })

  it('while loading, says it is busy and shows a spinner hidden from screen readers', () => {
    render(
      <Button loading disabled>
        正在提交
      </Button>,
    )
    const button = screen.getByRole('button', { name: '正在提交' })
    expect(button.getAttribute('aria-busy')).toBe('true')
    expect(button.querySelector('.taro-button__loading')?.getAttribute('aria-hidden')).toBe('true')
  })

  it('size mini is the inline variant', () => {
    render(<Button size='mini'>出院</Button>)
    expect(screen.getByRole('button', { name: '出院' }).className).toBe('taro-button taro-button--mini')
  })
})
