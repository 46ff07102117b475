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

test('switches language to English and back', async ({ page }) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  await page.getByTestId('language-en').click()
  await expect(page.getByRole('heading', { name: 'Recent files' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByTestId('language-fr').click()
  await expect(page.getByRole('heading', { name: 'Fichiers récents' })).toBeVisible()
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
