import { render } from '@testing-library/react'
import { AnswerBody } from '@/features/policy-qa/components/answer-body'
import { Highlighted } from '@/features/policy-qa/components/highlighted'

const HOSTILE =
  '可以办理<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">\n\n- <a href="javascript:window.__pwned=3">链接</a>\n- <b onclick="x()">加粗</b>'

describe('rendering answer text', () => {
  afterEach(() => {
    delete (window as { __pwned?: number }).__pwned
  })

  it('renders paragraphs and list items as text, with no element or handler from the content', () => {
    const { container } = render(<AnswerBody text={HOSTILE} />)
    expect(container.querySelector('script, img, a, b, iframe')).toBeNull()
    expect(container.innerHTML).not.toMatch(/onerror|onclick|javascript:/i)
    expect(container.textContent).toContain('可以办理')
    expect(container.textContent).toContain('链接')
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('highlights matched words without ever parsing the text as markup', () => {
    const { container } = render(<Highlighted text='<img src=x onerror=alert(1)>备案材料' terms={['备案']} />)
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>备案材料')
    const hits = Array.from(container.querySelectorAll('.qa-hit')).map((el) => el.textContent)
    expect(hits).toEqual(['备案'])
  })
})
