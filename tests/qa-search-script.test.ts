/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process'
import { ENTRIES } from '@/features/policy-qa/content'
import { createSearch } from '@/features/policy-qa/search'

const run = (query: string) =>
  execFileSync('node', ['--import', 'tsx', 'scripts/qa-search.ts', query], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { rank: number; id: string; tags: string[]; question: string })

describe('npm run qa:search', () => {
  it('prints the app search top 5 as JSON lines {rank, id, tags, question}', () => {
    const query = '异地备案要带啥材料'
    const lines = run(query)
    const expected = createSearch(ENTRIES).search(query, 5)
    expect(lines.map((l) => l.id)).toEqual(expected.map((h) => h.id))
    expect(lines).toHaveLength(5)
    const first = ENTRIES.find((e) => e.id === lines[0].id)!
    expect(lines[0]).toEqual({ rank: 1, id: first.id, tags: first.tags, question: first.question })
    expect(lines.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5])
  })
})
