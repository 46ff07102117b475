// Browser mode end to end: the built renderer and the real handlers, in Chromium.
import { expect, test } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

test('loads the shell, reaches the ready marker and shows app:info', async ({ page }, testInfo) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByTestId('app-name')).toHaveText('Établi')
  await expect(page.getByTestId('app-version')).toHaveText(/^\d+\.\d+\.\d+$/)
  await expect(page.getByTestId('app-data-dir')).toHaveText(server.dataDir)
  await expect(page.getByTestId('app-transport')).toContainText('127.0.0.1')
  // The token leaves the address bar once read.
  expect(page.url()).not.toContain('token=')
  await page.screenshot({ path: testInfo.outputPath('shell.png'), fullPage: true })
  await page.screenshot({ path: 'test-results/screens/shell.png', fullPage: true })
  expect(errors).toEqual([])
})

test('switches language to English and back, and remembers it after a reload', async ({ page }) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByTestId('language-en').click()
  await expect(page.getByTestId('nav-workforce')).toHaveText('Workforce')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  // A reload keeps the language and the open workspace, still writable.
  await page.reload()
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByTestId('nav-workforce')).toHaveText('Workforce')
  await expect(page.getByTestId('read-only-banner')).toHaveCount(0)
  await page.getByTestId('language-fr').click()
  await expect(page.getByTestId('nav-workforce')).toHaveText('Effectifs')
})

test('closing the workspace shows the welcome screen, which opens the other sample', async ({ page }) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await page.getByTestId('workspace-close').click()
  await expect(page.getByTestId('welcome')).toBeVisible()
  await expect(page.getByTestId('app-data-dir')).toHaveText(server.dataDir)
  await page.screenshot({ path: 'test-results/screens/welcome.png', fullPage: true })
  await page.getByTestId('open-sample-filiere-suisse').click()
  await expect(page.getByTestId('workspace-name')).toHaveText('Filière suisse (exemple)')
  await expect(page.getByTestId('kpi-strip')).toBeVisible()
})

test('without the token the page says how to open it, and the API refuses', async ({ page }) => {
  await page.goto(server.origin + '/')
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'error')
  await expect(page.getByRole('alert')).toContainText('npm start')
  const status = await page.evaluate(
    async () => (await fetch('/api/app:info', { method: 'POST', body: '{}' })).status,
  )
  expect(status).toBe(401)
})
