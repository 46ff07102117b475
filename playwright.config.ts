// Playwright: the renderer and the real handlers in Chromium through browser mode; the desktop app through _electron where a binary exists.
import { defineConfig } from '@playwright/test'
import { chromiumArgs, findChromium } from './scripts/chromium.cjs'

const chromium = findChromium()

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
  use: {
    viewport: { width: 1360, height: 880 },
    locale: 'fr-CH',
    launchOptions: {
      executablePath: chromium.path,
      args: chromiumArgs,
    },
  },
})
