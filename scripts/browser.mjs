// Shared headless Chromium launcher for journeys, screenshots and benches.
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'

const CANDIDATES = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean)

export function chromiumPath() {
  const found = CANDIDATES.find((p) => existsSync(p))
  if (!found) {
    console.error('No Chromium found. Install it with:  sudo apt-get install -y chromium fonts-noto-cjk  (or set CHROME_PATH)')
    process.exit(2)
  }
  return found
}

export function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

export const PHONE = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
}
