/**
 * What the app tells people, checked over every user-visible string in src/ (not only the Q&A): no misleading
 * campaign phrases, no 2017 exclusions stated as current, and coverage stated in one module only.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { createTestServer } from '@/backend/mock/test-server'
import { COVERAGE, COVERAGE_RULES, coverageForCategory, pledgeCoverageClause } from '@/domain/coverage'
import { FILING_CATEGORIES } from '@/domain'
import { CATEGORY_INFO } from '@/features/filing/category-guide'
import { emptyDraft } from '@/features/filing/draft'
import { pledgeText } from '@/features/filing/documents'
import { EMERGENCY_POINTS } from '@/features/filing/late-filing'
import { policyForRegion } from '@/domain/filings/rules'
import { ENTRIES } from '@/features/policy-qa/content'
import { FORBIDDEN_PHRASES } from '@/features/policy-qa/model'
import { SRC_DIR, visibleStrings } from './support/visible-strings'

const strings = visibleStrings()
const where = (s: { file: string; line: number }) => `${s.file}:${s.line}`

/**
 * A sentence that states a 2017 exclusion as current: ordinary outpatient/emergency visits or (accidental) injuries
 * said not to settle directly, or the 72-hour emergency rule; unless it says it is the 2017 rule, or is about a liable
 * third party or 工伤 (which POLICY.md does exclude).
 */
export function statesOldExclusion(text: string): boolean {
  return text.split(/[。；！？\n]/).some((sentence) => {
    if (/2017/.test(sentence)) return false
    if (/72小时/.test(sentence)) return true
    const mentions = /普通门诊|普通门（急）诊|门（急）诊|门急诊|急诊|意外伤害|外伤/.test(sentence)
    const excluded =
      /不纳入|不在直接结算|不能直接结算|不直接结算|不予直接结算|不能在外地直接结算|不属于直接结算|回参保地(按规定|按政策)?报销|回参保地核实/.test(
        sentence,
      )
    return mentions && excluded && !/第三方责任|工伤/.test(sentence)
  })
}

describe('user-visible text in src/', () => {
  it('finds the strings it checks (pages, Q&A, mock)', () => {
    const files = new Set(strings.map((s) => s.file))
    expect(strings.length).toBeGreaterThan(1000)
    for (const file of ['features/policy-qa/content.ts', 'subpackages/filing/pages/detail/index.tsx', 'backend/mock/filings.ts'])
      expect(files).toContain(file)
  })

  it('never uses the misleading phrases the campaign forbids', () => {
    // The list itself (FORBIDDEN_PHRASES) is the only place the bare phrases may appear.
    const bad = strings.filter((s) => !FORBIDDEN_PHRASES.includes(s.text) && FORBIDDEN_PHRASES.some((p) => s.text.includes(p)))
    expect(bad.map((s) => `${where(s)} ${s.text.slice(0, 60)}`)).toEqual([])
  })

  it('never states the 2017 exclusions (ordinary outpatient, emergency visits, accidental injuries) as current', () => {
    const bad = strings.filter((s) => statesOldExclusion(s.text))
    expect(bad.map((s) => `${where(s)} ${s.text.slice(0, 80)}`)).toEqual([])
    // Nor does any Q&A answer as assembled (answers interpolate the coverage module), the 承诺书, or the explainers.
    for (const e of ENTRIES) expect([e.id, statesOldExclusion(`${e.short}\n${e.full}`)]).toEqual([e.id, false])
    expect(statesOldExclusion(EMERGENCY_POINTS.join('\n'))).toBe(false)
  })

  it('the old-exclusion check catches the texts this app used to show', () => {
    for (const old of [
      '普通门诊、急诊费用（72小时内转住院的除外）：保留票据，回参保地报销',
      '意外伤害住院：需回参保地核实后报销',
      '本人已知晓：备案后在就医地跨省联网定点医院住院可直接结算；普通门诊、急诊及意外伤害住院费用不在直接结算范围内，需回参保地按规定报销。',
      '有的地方规定，普通门（急）诊费用和意外伤害住院费用不纳入直接结算，需要先垫付、回参保地报销。',
      '急诊后72小时内转为住院的，住院费用也可以直接结算。',
    ])
      expect([old, statesOldExclusion(old)]).toEqual([old, true])
    expect(statesOldExclusion(COVERAGE_RULES['injury-third-party'].text)).toBe(false)
    expect(statesOldExclusion('2017年衡阳规定普通门（急）诊不纳入直接结算，现在已不适用')).toBe(false)
  })
})

describe('coverage comes from one module', () => {
  const COVERAGE_FILE = 'domain/coverage.ts'
  const canonical = [...Object.values(COVERAGE_RULES).map((r) => r.text), COVERAGE.summary]

  it('no other module restates a coverage rule', () => {
    const restated = strings.filter(
      (s) =>
        s.file !== COVERAGE_FILE &&
        (s.text.includes('住院、普通门诊和门诊慢特病') || canonical.some((rule) => s.text.includes(rule.slice(0, 24)))),
    )
    expect(restated.map((s) => `${where(s)} ${s.text.slice(0, 60)}`)).toEqual([])
  })

  it('the pages, the 承诺书 and category info, the Q&A and the mock import it', () => {
    const readers = [
      'subpackages/filing/pages/detail/index.tsx',
      'subpackages/filing/pages/emergency/index.tsx',
      'features/filing/category-guide.ts',
      'features/filing/documents.ts',
      'features/filing/late-filing.ts',
      'features/policy-qa/content.ts',
      'backend/mock/filings.ts',
    ]
    for (const file of readers) {
      const full = path.join(SRC_DIR, file)
      const source = ts.createSourceFile(full, readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true)
      const imports = source.statements.filter(ts.isImportDeclaration).map((d) => (d.moduleSpecifier as ts.StringLiteral).text)
      expect([file, imports.includes('@/domain/coverage')]).toEqual([file, true])
    }
  })

  it('what they show is the module’s text', async () => {
    const hengyang = { provinceCode: '430000', provinceName: '湖南省', cityCode: '430400', cityName: '衡阳市' }
    const policy = policyForRegion(hengyang)
    const facts = { name: '王秀英', idNumberMasked: '4304**********2421', insuredRegion: hengyang, insuranceTypeLabel: '职工医保' }
    expect(pledgeText(emptyDraft('long-term-resident', '2026-11-23', policy), facts)).toContain(pledgeCoverageClause())
    for (const category of FILING_CATEGORIES) expect(CATEGORY_INFO[category].coverage).toEqual(coverageForCategory(category))
    expect(EMERGENCY_POINTS).toEqual(expect.arrayContaining([COVERAGE_RULES.emergency.text, COVERAGE_RULES['emergency-papers'].text]))

    const byId = Object.fromEntries(ENTRIES.map((e) => [e.id, e]))
    expect(byId['what-covered'].short).toBe(COVERAGE.summary)
    for (const id of ['kinds', 'chronic', 'injury-no-third-party', 'emergency', 'catalogue'] as const)
      expect(byId['what-covered'].full).toContain(COVERAGE_RULES[id].text)
    expect(byId['not-covered'].full).toContain(COVERAGE_RULES['injury-third-party'].text)
    expect(byId['accident-injury'].full).toContain(COVERAGE_RULES['injury-no-third-party'].text)
    expect(byId['emergency-outpatient'].full).toContain(COVERAGE_RULES.emergency.text)
    expect(byId['emergency-materials'].full).toContain(COVERAGE_RULES['emergency-papers'].text)

    // The mock's approval message.
    const t = createTestServer()
    const demo = await t.signedIn('demo')
    const start = new Date(t.now() + 8 * 3600e3 + 24 * 3600e3).toISOString().slice(0, 10)
    const filing = await demo.filings.submit({
      requestId: 'visible-text-1',
      personId: 'P001',
      category: 'long-term-resident',
      destination: { provinceCode: '440000', provinceName: '广东省', cityCode: '440100', cityName: '广州市' },
      startDate: start,
      phone: '13872451234',
      address: '广州市天河区体育西路1号',
      usePledge: true,
      materials: [],
    })
    const message = (await demo.messages.list()).find((m) => m.link?.endsWith(`id=${filing.id}`))
    expect(message?.body).toContain(COVERAGE.summary)
  })
})
