import { ENTRIES } from '@/features/policy-qa/content'
import { QUALITY_SET } from '@/features/policy-qa/quality-set'
import { createSearch } from '@/features/policy-qa/search'

const search = createSearch(ENTRIES)
const byId = new Map(ENTRIES.map((e) => [e.id, e]))
const ids = (query: string, n = 3) => search.search(query, n).map((h) => h.id)
const tagsOf = (query: string, n = 3) => ids(query, n).flatMap((id) => byId.get(id)!.tags)

describe('policy Q&A search', () => {
  it('finds the long-term filing entries for a colloquial question', () => {
    const top = ids('我妈退休去广州跟我住看病能报吗')
    expect(top[0]).toBe('parent-with-child')
    expect(tagsOf('我妈退休去广州跟我住看病能报吗')).toContain('filing.who')
  })

  it('ranks the entry whose question matches above ones that only mention the words', () => {
    expect(ids('门诊慢特病资格怎么认定')[0]).toBe('chronic-recognition')
    expect(ids('12333和12393有什么区别')[0]).toBe('hotline-12333')
  })

  it('treats 社保卡 as 医保卡', () => {
    expect(ids('社保卡没带能看病吗')).toContain('no-card')
  })

  it('treats 登记 as 备案 and 报账 as 报销', () => {
    expect(ids('住院了才去登记')).toContain('late-before-discharge')
    expect(tagsOf('回去报账')).toContain('filing.late')
  })

  it('tolerates a one-character typo', () => {
    expect(tagsOf('报消比例')).toContain('settlement.ratio')
    expect(tagsOf('异地就医备按材料')).toContain('filing.materials')
  })

  it('understands traditional characters', () => {
    expect(ids('醫保電子憑證是什麼')[0]).toBe('evoucher-what')
  })

  it('returns nothing rather than noise for an unrelated query', () => {
    expect(search.search('今天天气怎么样适合钓鱼吗')).toEqual([])
    expect(search.search('')).toEqual([])
  })

  it('reports which corpus terms matched, for highlighting', () => {
    const [hit] = search.search('异地备案材料')
    expect(hit.terms).toEqual(expect.arrayContaining(['材料']))
  })

  it('meets the quality target on the quality set: the expected topic in the top 3 for ≥ 90%', () => {
    expect(QUALITY_SET.length).toBeGreaterThanOrEqual(40)
    const hits = QUALITY_SET.filter(({ query, tag }) => tagsOf(query).includes(tag)).length
    expect(hits / QUALITY_SET.length).toBeGreaterThanOrEqual(0.9)
  })

  it('finds a 转移接续 answer (which links to the start page) for colloquial job-change questions', () => {
    for (const query of [
      '换工作了医保怎么转',
      '跳槽去广州了老家的医保咋办',
      '医保转到新城市以前交的年限还算不',
      '转医保的时候卡里的钱会不会没了',
    ])
      expect([query, tagsOf(query, 1)]).toEqual([query, expect.arrayContaining(['transfer'])])
  })
})
