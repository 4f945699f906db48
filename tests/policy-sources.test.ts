/**
 * Every policy statement the app makes points at the project's policy record (POLICY.md or a seed), and the
 * coverage rules quote POLICY.md word for word.
 */
import { createTestServer } from '@/backend/mock/test-server'
import { COVERAGE_RULES, pledgeCoverageClause } from '@/domain/coverage'
import { HENGYANG_FILING_PHONES } from '@/domain/hotlines'
import { parseCitation, SOURCES, type SourceKey } from '@/domain/sources'
import { CONTENT_VERSION, ENTRIES } from '@/features/policy-qa/content'
import { describeWithShared, policySection, policyText, seedText } from './support/shared-docs'

describeWithShared('policy sources', () => {
  it('every source in the registry resolves to a POLICY.md section or a seed that contains its evidence', () => {
    for (const [key, source] of Object.entries(SOURCES)) {
      const text = 'seed' in source.ref ? seedText(source.ref.seed) : policySection(source.ref.policySection)
      expect([key, text === null ? 'unresolved' : 'resolved']).toEqual([key, 'resolved'])
      expect([key, text!.includes(source.evidence)]).toEqual([key, true])
    }
  })

  it("every Q&A entry's source, bundled or delivered by the server, names only registered sources", async () => {
    const update = await createTestServer().client().policyQa.content(CONTENT_VERSION)
    const entries = [...ENTRIES, ...(update?.entries ?? [])]
    expect(update?.entries.length).toBeGreaterThan(0)
    for (const entry of entries) {
      const { keys, unknown } = parseCitation(entry.source)
      expect([entry.id, unknown]).toEqual([entry.id, []])
      expect(keys.length).toBeGreaterThan(0)
    }
  })

  it('an answer that gives the 12393 hotline cites the hotline fact', async () => {
    const update = await createTestServer().client().policyQa.content(CONTENT_VERSION)
    for (const entry of [...ENTRIES, ...(update?.entries ?? [])]) {
      if (!`${entry.short}${entry.full}`.includes('12393')) continue
      expect([entry.id, parseCitation(entry.source).keys.includes('hotline')]).toEqual([entry.id, true])
    }
  })

  it('the parser refuses a citation that is not in the registry', () => {
    expect(parseCitation(`${SOURCES.jm.label}第8项；某某日报（2020年）`).unknown).toEqual(['某某日报（2020年）'])
    expect(parseCitation(`${SOURCES.jm.label}附件`).unknown).toHaveLength(1)
  })

  it('each coverage rule quotes POLICY.md word for word, cites registered sources, and the 承诺书 carries the rules verbatim', () => {
    const covers = policySection('What direct settlement covers')!
    expect(covers).not.toBeNull()
    for (const rule of Object.values(COVERAGE_RULES)) {
      for (const quote of rule.quotes) {
        expect([rule.id, quote, covers.includes(quote) || policyText().includes(quote)]).toEqual([rule.id, quote, true])
        expect([rule.id, quote, rule.text.includes(quote)]).toEqual([rule.id, quote, true])
      }
      for (const key of rule.sources) expect(Object.keys(SOURCES)).toContain(key as SourceKey)
    }
    // The 2022 rule: three kinds settle directly, in POLICY.md's words.
    expect(covers).toMatch(/\*\*住院\*\*, \*\*普通门诊\*\* and \*\*门诊慢特病\*\*/)
    const clause = pledgeCoverageClause()
    for (const id of ['kinds', 'catalogue', 'injury-no-third-party', 'injury-third-party'] as const) {
      expect(clause).toContain(COVERAGE_RULES[id].text)
    }
  })

  it('the 衡阳 filing phones are the ones seed 004 lists', () => {
    const seed = seedText('004')!
    for (const office of HENGYANG_FILING_PHONES.offices) {
      for (const line of office.lines) expect([office.office, seed.includes(line.phone)]).toEqual([office.office, true])
    }
    // Every phone the seed lists under 备案电话 is there.
    const listed = seed.slice(seed.indexOf('异地就医备案电话'), seed.indexOf('人社周刊')).match(/0734-\d{7}/g) ?? []
    const ours = new Set(HENGYANG_FILING_PHONES.offices.flatMap((o) => o.lines.map((l) => l.phone)))
    expect(listed.length).toBeGreaterThan(15)
    for (const phone of listed) expect([phone, ours.has(phone)]).toEqual([phone, true])
  })
})
