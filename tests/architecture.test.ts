/**
 * @jest-environment node
 */
// The layer rules are enforced by lint, not memory: a deliberate cross-layer import must fail.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

const ROOT = join(__dirname, '..')

// ESLint's flat config is ESM, which jest cannot load: lint the fixtures in one plain node process.
const LINT = `
const { ESLint } = require('eslint')
const cases = JSON.parse(process.argv[1])
const eslint = new ESLint({ cwd: process.cwd() })
Promise.all(cases.map(([file, code]) => eslint.lintText(code, { filePath: file }))).then((results) =>
  process.stdout.write(JSON.stringify(results.map(([r]) => r.messages.map((m) => m.ruleId ?? m.message)))))
`

function lintAll(cases: [string, string][]): string[][] {
  const run = spawnSync(process.execPath, ['-e', LINT, JSON.stringify(cases.map(([f, c]) => [join(ROOT, f), c]))], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (run.status !== 0) throw new Error(run.stderr)
  return JSON.parse(run.stdout) as string[][]
}

const FORBIDDEN: [string, string, string][] = [
  ['domain imports an adapter', 'src/domain/fixture.ts', "import { backend } from '@/backend'\nexport const b = backend\n"],
  ['lib imports the domain', 'src/lib/fixture.ts', "import { FILING_CATEGORIES } from '@/domain'\nexport const c = FILING_CATEGORIES\n"],
  [
    'a feature imports another feature',
    'src/features/filing/fixture.ts',
    "import { useRecords } from '@/features/records/records-store'\nexport const r = useRecords\n",
  ],
  [
    'the mock adapter imports the HTTP adapter',
    'src/backend/mock/fixture.ts',
    "import { createHttpBackend } from '@/backend/http/http-backend'\nexport const h = createHttpBackend\n",
  ],
  [
    'the HTTP adapter imports the mock',
    'src/backend/http/fixture.ts',
    "import { createMockServer } from '@/backend/mock/server'\nexport const m = createMockServer\n",
  ],
  [
    'a page imports the mock directly',
    'src/subpackages/filing/pages/fixture.tsx',
    "import { createMockServer } from '@/backend/mock/server'\nexport const m = createMockServer\n",
  ],
  [
    'a subpackage imports another subpackage',
    'src/subpackages/filing/pages/fixture.tsx',
    "import Page from '@/subpackages/records/pages/account/index'\nexport const p = Page\n",
  ],
  [
    'app state imports a feature',
    'src/app-state/fixture.ts',
    "import { useRecords } from '@/features/records/records-store'\nexport const r = useRecords\n",
  ],
  [
    'shared UI imports a feature',
    'src/components/fixture.tsx',
    "import { useRecords } from '@/features/records/records-store'\nexport const r = useRecords\n",
  ],
]
const ALLOWED: [string, string] = [
  'src/features/filing/fixture.ts',
  "import { backend } from '@/backend'\nimport { FILING_CATEGORIES } from '@/domain'\nexport const x = [backend, FILING_CATEGORIES]\n",
]
const CLIMBING: [string, string] = [
  'src/features/filing/fixture.ts',
  "import { FILING_CATEGORIES } from '../../domain'\nexport const c = FILING_CATEGORIES\n",
]

describe('lint holds the layers', () => {
  const results = lintAll([...FORBIDDEN.map(([, file, code]): [string, string] => [file, code]), ALLOWED, CLIMBING])

  it.each(FORBIDDEN.map(([name], i) => [name, i] as const))('fails when %s', (_name, i) => {
    expect(results[i]).toContain('import-x/no-restricted-paths')
  })

  it('accepts the allowed direction (a feature uses the domain and the backend)', () => {
    expect(results[FORBIDDEN.length]).toEqual([])
  })

  it('fails on a relative import that climbs out of its folder', () => {
    expect(results[FORBIDDEN.length + 1]).toContain('no-restricted-imports')
  })
})

describe('errors are data', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : []
    })

  it('no app code decides what happened by reading an error message', () => {
    const offenders = files(join(__dirname, '..', 'src')).filter((file) =>
      /message\s*\.\s*(includes|match|startsWith|endsWith|indexOf)\(|\/[^/\n]*\/\.(exec|test)\(\s*message\b/.test(
        readFileSync(file, 'utf8'),
      ),
    )
    expect(offenders).toEqual([])
  })
})
