import { fireEvent, render } from '@testing-library/react'
import { Alert } from '@/components/alert'
import { Chip } from '@/components/chip'
import { Field } from '@/components/field'
import { KeyValue } from '@/components/key-value'
import { StatusTimeline } from '@/components/status-timeline'

describe('shared UI primitives', () => {
  it('Alert: a refusal is announced, a note is not', () => {
    const { container } = render(
      <>
        <Alert tone='danger' title='撤销未成功'>
          该备案下还有未出院结算的住院
        </Alert>
        <Alert tone='info'>可以放心重试</Alert>
      </>,
    )
    const [danger, info] = Array.from(container.querySelectorAll('.alert'))
    expect(danger.getAttribute('role')).toBe('alert')
    expect(danger.textContent).toContain('撤销未成功')
    expect(info.getAttribute('role')).toBe('note')
  })

  it('Chip: says whether it is on, not only by colour, and taps', () => {
    const onTap = jest.fn()
    const { container } = render(
      <Chip on kind='radio' onTap={onTap}>
        营业中
      </Chip>,
    )
    const chip = container.querySelector('.chip')!
    expect(chip.getAttribute('role')).toBe('radio')
    expect(chip.getAttribute('aria-checked')).toBe('true')
    fireEvent.click(chip)
    expect(onTap).toHaveBeenCalled()
  })

  it('Field: the error replaces the hint, sits next to the field and is announced', () => {
    const { container, rerender } = render(
      <Field label='联系电话' hint='用于接收审核结果'>
        <input />
      </Field>,
    )
    expect(container.textContent).toContain('用于接收审核结果')
    rerender(
      <Field label='联系电话' hint='用于接收审核结果' error='请输入11位手机号'>
        <input />
      </Field>,
    )
    const error = container.querySelector('.field-error')!
    expect(error.textContent).toBe('请输入11位手机号')
    expect(error.getAttribute('role')).toBe('alert')
    expect(container.textContent).not.toContain('用于接收审核结果')
  })

  it('Chip: an action chip is a button with no on/off state to announce', () => {
    const onTap = jest.fn()
    const { container } = render(
      <Chip on={false} kind='button' onTap={onTap}>
        全部年份
      </Chip>,
    )
    const chip = container.querySelector('.chip')!
    expect(chip.getAttribute('role')).toBe('button')
    expect(chip.hasAttribute('aria-checked')).toBe(false)
    fireEvent.click(chip)
    expect(onTap).toHaveBeenCalled()
  })

  it('Field: a hidden label still names the field, and its error is announced', () => {
    const { container } = render(
      <Field label='验证码' labelHidden error='验证码不正确'>
        <input />
      </Field>,
    )
    expect(container.querySelector('.field')!.getAttribute('aria-label')).toBe('验证码')
    expect(container.querySelector('.field__label')).toBeNull()
    expect(container.querySelector('.sr-only')!.textContent).toBe('验证码')
    expect(container.querySelector('.field-error[role="alert"]')!.textContent).toBe('验证码不正确')
  })

  it('Field: a control beside the label (a switch) keeps the field named and its notes below', () => {
    const { container } = render(
      <Field label='补办备案' aside={<input type='checkbox' aria-label='补办' />}>
        <span>开始日期可以选入院当天</span>
      </Field>,
    )
    const head = container.querySelector('.field__head')!
    expect(head.textContent).toBe('补办备案')
    expect(head.querySelector('input[type="checkbox"]')).not.toBeNull()
    expect(container.querySelector('.field')!.getAttribute('aria-label')).toBe('补办备案')
  })

  it('KeyValue: a status value shows as a tag in its tone', () => {
    const { container } = render(
      <KeyValue label='参保状态' tone='danger'>
        暂停参保
      </KeyValue>,
    )
    expect(container.querySelector('.kv__v')!.className).toBe('kv__v tag danger')
  })

  it('KeyValue: label and value', () => {
    const { container } = render(<KeyValue label='参保地'>荆门市</KeyValue>)
    expect(container.querySelector('.kv__k')!.textContent).toBe('参保地')
    expect(container.querySelector('.kv__v')!.textContent).toBe('荆门市')
  })

  it('StatusTimeline: a list of steps, each with its state, time, note and who acted', () => {
    const { container } = render(
      <StatusTimeline
        label='办理进度'
        steps={[
          { key: 'a', label: '已申请', time: '2026年11月1日', by: '由 李明 代办', state: 'done' },
          { key: 'b', label: '转出地审核', time: '待办理', note: '转出地医保经办机构审核', state: 'todo' },
        ]}
      />,
    )
    const list = container.querySelector('[role="list"]')!
    expect(list.getAttribute('aria-label')).toBe('办理进度')
    const items = Array.from(list.querySelectorAll('[role="listitem"]'))
    expect(items.map((i) => i.className)).toEqual(['timeline__step timeline__step--done', 'timeline__step timeline__step--todo'])
    expect(items[0].textContent).toBe('已申请2026年11月1日由 李明 代办')
    expect(items[1].textContent).toBe('转出地审核待办理转出地医保经办机构审核')
  })
})
