// Says which Chromium the browser tests will use, and fails clearly when there is none.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { findChromium } = require('./chromium.cjs')

const found = findChromium()
if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.warn(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but no file is there.`)
}
if (found.path) {
  console.log(`Browser tests use ${found.label}: ${found.path}`)
} else {
  let bundled
  try {
    bundled = require('playwright-core').chromium.executablePath()
  } catch {
    bundled = undefined
  }
  if (bundled && existsSync(bundled)) {
    console.log(`Browser tests use Playwright's own Chromium: ${bundled}`)
  } else {
    console.error(
      "No Chromium found for the browser tests: set CHROMIUM_PATH, install Debian's (apt-get install -y chromium), " +
        'or run `npx playwright install chromium` where the internet is reachable.',
    )
    process.exit(1)
  }
}
