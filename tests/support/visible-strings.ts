/**
 * Every string in src/ a user could read: string and template literals and JSX text that contain Chinese, from
 * every non-test source file. Comments and identifiers are not strings, so they are never included.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

export const SRC_DIR = path.resolve(__dirname, '../../src')

export interface VisibleString {
  /** Path relative to src/. */
  file: string
  line: number
  /** The text; a template's expressions read as `…`. */
  text: string
}

const HAN = /[\u4e00-\u9fff]/

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : []
  })
}

export function stringsOf(file: string): VisibleString[] {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  const found: VisibleString[] = []
  const add = (node: ts.Node, value: string) => {
    if (!HAN.test(value)) return
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1
    found.push({ file: path.relative(SRC_DIR, file), line, text: value })
  }
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) add(node, node.text)
    else if (ts.isTemplateExpression(node)) add(node, node.head.text + node.templateSpans.map((span) => `…${span.literal.text}`).join(''))
    else if (ts.isJsxText(node)) add(node, node.text.trim())
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

export function visibleStrings(): VisibleString[] {
  return sourceFiles(SRC_DIR).flatMap(stringsOf)
}
