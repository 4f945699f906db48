import { route } from '@/domain/routes'
import type { QaContent, QaEntry } from '@/domain'
import { actionsFor, applyUpdate, stripMarkup, toBlocks } from '@/features/policy-qa/model'

const entry = (id: string, over: Partial<QaEntry> = {}): QaEntry => ({
  id,
  question: `问题${id}`,
  short: '简答',
  full: '全文',
  tags: ['hotline'],
  related: [],
  source: '来源',
  reviewedAt: '2026-11-20',
  ...over,
})

describe('toBlocks', () => {
  it('turns blank-line paragraphs and "- " lines into paragraphs and lists', () => {
    expect(toBlocks('第一段\n\n材料：\n- 身份证\n- 备案表\n结尾')).toEqual([
      { kind: 'p', text: '第一段' },
      { kind: 'p', text: '材料：' },
      { kind: 'list', items: ['身份证', '备案表'] },
      { kind: 'p', text: '结尾' },
    ])
  })

  it('drops markup so content can never inject tags, scripts or handlers', () => {
    const blocks = toBlocks('可以<script>alert(1)</script>办理<img src=x onerror="alert(2)">\n- <a href="javascript:alert(3)">点我</a>')
    const text = JSON.stringify(blocks)
    expect(text).not.toMatch(/<|script|onerror|javascript:/i)
    expect(blocks).toEqual([
      { kind: 'p', text: '可以办理' },
      { kind: 'list', items: ['点我'] },
    ])
    expect(stripMarkup('a < b 且 c > d')).toBe('a < b 且 c > d')
  })
})

describe('applyUpdate', () => {
  const bundled = { version: 'v1', entries: [entry('a', { related: ['b'] }), entry('b'), entry('c')] }
  const update = (over: Partial<QaContent>): QaContent => ({ version: 'v2', baseVersion: 'v1', entries: [], removed: [], ...over })

  it('replaces changed entries, adds new ones and withdraws removed ones', () => {
    const merged = applyUpdate(bundled, update({ entries: [entry('a', { short: '新简答', related: ['b'] }), entry('d')], removed: ['b'] }))
    expect(merged.version).toBe('v2')
    expect(merged.entries.map((e) => e.id)).toEqual(['a', 'c', 'd'])
    expect(merged.entries[0].short).toBe('新简答')
    // Related links to a withdrawn entry go too.
    expect(merged.entries[0].related).toEqual([])
  })

  it('ignores an update made for another bundled version, or none at all', () => {
    expect(applyUpdate(bundled, update({ baseVersion: 'v0', entries: [entry('z')] }))).toBe(bundled)
    expect(applyUpdate(bundled, null)).toBe(bundled)
  })

  it('skips entries that fail the content checks instead of breaking the app', () => {
    const merged = applyUpdate(
      bundled,
      update({ entries: [entry('x', { tags: ['nonsense'] }), entry('y', { full: '<b>粗体</b>' }), entry('z')] }),
    )
    expect(merged.entries.map((e) => e.id)).toEqual(['a', 'b', 'c', 'z'])
  })
})

describe('actionsFor', () => {
  it('offers 去备案 for filing questions and 找附近网点 where a counter helps', () => {
    expect(actionsFor({ tags: ['filing.who', 'filing.how'] })).toEqual([
      { label: '去备案', to: route('filingStart') },
      { label: '找附近网点', to: route('pointsList') },
    ])
  })

  it('links transfer answers to the 转移接续 start page first', () => {
    expect(actionsFor({ tags: ['transfer', 'account'] })[0]).toEqual({ label: '申请转移接续', to: route('transferStart') })
    expect(actionsFor({ tags: ['transfer'] })).toEqual([
      { label: '申请转移接续', to: route('transferStart') },
      { label: '找附近网点', to: route('pointsList') },
    ])
  })

  it('offers the hotline for hotline and fraud questions, and at most three actions', () => {
    expect(actionsFor({ tags: ['fraud'] })).toEqual([{ label: '拨打12393', call: '12393' }])
    expect(actionsFor({ tags: ['filing.how', 'filing.cancel', 'account', 'family', 'hotline'] })).toHaveLength(3)
    expect(actionsFor({ tags: ['settlement.rule'] })).toEqual([])
    // Answers about the 医保电子凭证 lead to the app's 医保码 page.
    expect(actionsFor({ tags: ['evoucher'] })).toEqual([{ label: '出示医保码', to: '/subpackages/evoucher/pages/code/index' }])
  })
})
