// Renders the tab bar icons (81×81 PNG, WeChat's recommended size) from inline SVG. Run once; the PNGs are committed.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { toPalettePng } from './png-palette.mjs'
import { launchBrowser } from './browser.mjs'

const ICONS = {
  home: '<path d="M12 40 L40 16 L68 40 M20 34 V66 H60 V34" /><path d="M34 66 V48 H46 V66" />',
  services: '<rect x="14" y="24" width="52" height="40" rx="6" /><path d="M30 24 V16 H50 V24 M14 40 H66" />',
  records: '<rect x="18" y="12" width="44" height="56" rx="6" /><path d="M28 28 H52 M28 40 H52 M28 52 H42" />',
  me: '<circle cx="40" cy="28" r="13" /><path d="M14 68 C16 50 64 50 66 68" />',
}
const COLORS = { '': '#5f6b7a', '-active': '#1a5fd0' }

mkdirSync('src/assets/tab', { recursive: true })
const browser = await launchBrowser()
const page = await browser.newPage({ viewport: { width: 81, height: 81 } })
for (const [name, shape] of Object.entries(ICONS)) {
  for (const [suffix, color] of Object.entries(COLORS)) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="81" height="81" viewBox="0 0 80 80" fill="none" stroke="${color}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round">${shape}</svg>`
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`)
    const path = `src/assets/tab/${name}${suffix}.png`
    await page.screenshot({ path, omitBackground: true })
    // One colour with antialiased edges: an indexed PNG is a quarter of the bytes, and the tab bar is in the main package.
    writeFileSync(path, toPalettePng(readFileSync(path)))
  }
}
await browser.close()
