// The real desktop app through Playwright's _electron, wherever an Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH).
import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { findElectronBinary } from '../../scripts/electronPath.cjs'

const executablePath = findElectronBinary()
const reason =
  'No Electron binary on this machine (it cannot be downloaded here): set ELECTRON_OVERRIDE_DIST_PATH to an Electron 45 dist folder to run this test.'
if (!executablePath) console.log(`electron.spec.ts skipped: ${reason}`)

test.describe('desktop app', () => {
  test.skip(!executablePath, reason)

  test('launches the built app with the secure bridge and reaches the ready marker', async ({}, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'etabli-electron-'))
    const app = await electron.launch({
      executablePath: executablePath!,
      args: [resolve(__dirname, '..', '..'), '--data-dir', dataDir, '--no-sandbox'],
    })
    try {
      const page = await app.firstWindow()
      await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
      await expect(page.getByTestId('app-name')).toHaveText('Établi')
      await expect(page.getByTestId('app-data-dir')).toHaveText(dataDir)
      // The page sees the contract's bridge, and no Node.
      expect(await page.evaluate(() => typeof (window as { etabli?: unknown }).etabli)).toBe('object')
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      )
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      )
      // Navigation away from the app is refused: once main has seen the request (will-navigate, after
      // main.ts's own listener refused it), the page still has its document and stays on app://etabli.
      type Watched = { navigationSeen?: Promise<string> }
      await app.evaluate(({ webContents }) => {
        ;(globalThis as Watched).navigationSeen = new Promise<string>((done) => {
          for (const contents of webContents.getAllWebContents())
            contents.once('will-navigate', (_event, url) => done(url))
        })
      })
      await page.evaluate(() => {
        ;(window as { stayed?: boolean }).stayed = true
        window.location.href = 'https://example.com/'
      })
      expect(await app.evaluate(() => (globalThis as Watched).navigationSeen)).toBe('https://example.com/')
      expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true)
      expect(page.url()).toMatch(/^app:\/\/etabli\//)
      await page.screenshot({ path: testInfo.outputPath('electron.png') })
    } finally {
      await app.close()
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
