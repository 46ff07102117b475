// Finds a Chromium for Playwright: CHROMIUM_PATH, then Debian's /usr/bin/chromium; undefined lets Playwright use its own.
const { existsSync } = require('node:fs')

function findChromium() {
  const candidates = [
    ['CHROMIUM_PATH', process.env.CHROMIUM_PATH],
    ['Debian chromium', '/usr/bin/chromium'],
    ['Debian chromium-browser', '/usr/bin/chromium-browser'],
  ]
  for (const [label, path] of candidates) {
    if (path && existsSync(path)) return { path, label }
  }
  return { path: undefined, label: "Playwright's own Chromium" }
}

/** Flags for headless Chromium here: no sandbox as root, and no background traffic on a closed network. */
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

module.exports = { findChromium, chromiumArgs }
