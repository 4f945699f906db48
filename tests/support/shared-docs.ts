/**
 * The project's policy record beside the repository: `../shared/POLICY.md` and `../shared/seeds/`. CI clones the repo
 * with `../shared` next to it; tests that read it skip (saying why) only when it is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

export const SHARED_DIR = path.resolve(__dirname, '../../../shared')
const POLICY_PATH = path.join(SHARED_DIR, 'POLICY.md')

export const sharedAvailable = existsSync(POLICY_PATH)

/** `describe`, or `describe.skip` with a message when ../shared is not beside the repository. */
export function describeWithShared(name: string, body: () => void): void {
  if (sharedAvailable) {
    describe(name, body)
  } else {
    describe.skip(`${name} (skipped: ${POLICY_PATH} not found; these tests need ../shared beside the repository)`, body)
  }
}

export function policyText(): string {
  return readFileSync(POLICY_PATH, 'utf8')
}

/** POLICY.md's `#`/`##` sections: heading text → body (up to the next heading of any level ≤ 2). */
export function policySections(): Map<string, string> {
  const sections = new Map<string, string>()
  let heading: string | null = null
  let body: string[] = []
  for (const line of policyText().split('\n')) {
    const match = /^#{1,2}\s+(.+)$/.exec(line)
    if (match) {
      if (heading) sections.set(heading, body.join('\n'))
      heading = match[1].trim()
      body = []
    } else body.push(line)
  }
  if (heading) sections.set(heading, body.join('\n'))
  return sections
}

/** The section whose heading starts with `name` (headings carry glosses, e.g. `家庭共济 (personal account …)`). */
export function policySection(name: string): string | null {
  for (const [heading, body] of policySections()) if (heading === name || heading.startsWith(`${name} `)) return body
  return null
}

/** The text of the seed whose file name starts with `prefix` (e.g. `004`), or null. */
export function seedText(prefix: string): string | null {
  const dir = path.join(SHARED_DIR, 'seeds')
  const file = readdirSync(dir).find((f) => f.startsWith(`${prefix}_`))
  return file ? readFileSync(path.join(dir, file), 'utf8') : null
}
