import { createTestServer } from '@/backend/mock/test-server'
import { CONTENT_VERSION, ENTRIES, TOP_IDS } from '@/features/policy-qa/content'
import { entryProblems, FORBIDDEN_PHRASES } from '@/features/policy-qa/model'
import { TAGS } from '@/features/policy-qa/tags'

const ids = new Set(ENTRIES.map((e) => e.id))

describe('bundled Q&A content', () => {
  it('has at least 60 entries with unique ids', () => {
    expect(ENTRIES.length).toBeGreaterThanOrEqual(60)
    expect(ids.size).toBe(ENTRIES.length)
  })

  it('every entry passes the content checks: tags from the vocabulary, known related ids, short ≤ 80, source, date', () => {
    const problems = ENTRIES.flatMap((e) => entryProblems(e, ids).map((p) => `${e.id}: ${p}`))
    expect(problems).toEqual([])
  })

  it('never uses the misleading phrases the campaign forbids', () => {
    for (const e of ENTRIES) {
      const text = [e.question, e.short, e.full, e.keywords, e.source].join('\n')
      for (const phrase of FORBIDDEN_PHRASES) expect(text).not.toContain(phrase)
    }
  })

  it('every tag in the vocabulary has at least two entries', () => {
    for (const tag of TAGS) expect([tag, ENTRIES.filter((e) => e.tags.includes(tag)).length >= 2]).toEqual([tag, true])
  })

  it('has the ten most-asked questions, all real entries', () => {
    expect(TOP_IDS).toHaveLength(10)
    expect(new Set(TOP_IDS).size).toBe(10)
    for (const id of TOP_IDS) expect(ids.has(id)).toBe(true)
  })

  it('the check itself catches bad entries', () => {
    const bad = {
      ...ENTRIES[0],
      tags: ['filing.whom'],
      related: ['nope'],
      short: '长'.repeat(81),
      full: '可以<img src=x onerror=alert(1)>全国漫游',
    }
    const problems = entryProblems(bad, ids)
    expect(problems).toEqual(
      expect.arrayContaining([
        'unknown tag "filing.whom"',
        'unknown related id "nope"',
        'short answer must be 1–80 characters',
        'uses the misleading phrase "全国漫游"',
        'contains markup',
      ]),
    )
  })

  it("the mock server's update applies to this bundled version and passes the same checks", async () => {
    const t = createTestServer()
    const update = await t.client().policyQa.content(CONTENT_VERSION)
    expect(update?.baseVersion).toBe(CONTENT_VERSION)
    const all = new Set([...ids, ...update!.entries.map((e) => e.id)])
    for (const e of update!.entries) expect([e.id, entryProblems(e, all)]).toEqual([e.id, []])
  })
})
