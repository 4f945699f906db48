// Checks the weapp build the way WeChat devtools would: every page present, WXML compiles, sizes within budget.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import compiler from 'miniprogram-compiler'
import { BUDGET, measurePackages } from './weapp-packages.mjs'

const root = process.env.WEAPP_DIR ?? 'dist/weapp'
const problems = []
const { app, sizes, total } = measurePackages(root)

const pages = [...app.pages, ...(app.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
for (const page of pages) {
  for (const ext of ['.js', '.wxml', '.json']) {
    if (!existsSync(join(root, page + ext))) problems.push(`missing ${page}${ext}`)
  }
}
for (const tab of app.tabBar?.list ?? []) {
  for (const icon of [tab.iconPath, tab.selectedIconPath].filter(Boolean)) {
    if (!existsSync(join(root, icon))) problems.push(`missing tab icon ${icon}`)
  }
}

// Screen-reader attributes reach WXML (config/weapp-aria): Taro's stock templates drop them.
const base = existsSync(join(root, 'base.wxml')) ? readFileSync(join(root, 'base.wxml'), 'utf8') : ''
for (const attr of ['aria-role', 'aria-label', 'aria-hidden', 'aria-checked']) {
  if (!new RegExp(`<view [^>]*${attr}="\\{\\{i\\.p\\d+\\}\\}"`).test(base)) problems.push(`base.wxml: <view> templates lack ${attr}`)
}
if (!/<text [^>]*aria-label="\{\{i\.p\d+\}\}"/.test(base)) problems.push('base.wxml: <text> templates lack aria-label')

try {
  compiler.wxmlToJs(root)
} catch (error) {
  problems.push(`WXML does not compile: ${error.message}`)
}

if (sizes.main > BUDGET.main) problems.push(`main package ${sizes.main} B is over the ${BUDGET.main} B budget`)
for (const [name, size] of Object.entries(sizes)) {
  if (name !== 'main' && size > BUDGET.subpackage) problems.push(`subpackage ${name} ${size} B is over the ${BUDGET.subpackage} B budget`)
}
if (total > BUDGET.total) problems.push(`total ${total} B is over the ${BUDGET.total} B budget`)

if (problems.length > 0) {
  console.error(`weapp check failed:\n- ${problems.join('\n- ')}`)
  process.exit(1)
}
console.log(
  `weapp check: ${pages.length} pages present, aria attributes in the templates, WXML compiles, main ${(sizes.main / 1024).toFixed(0)} KB, total ${(total / 1024).toFixed(0)} KB`,
)
