// Not committed: screenshots for the lead to look at.
import { expect, test } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { openApp } from '../support/appPage'
let server: WebServer
test.beforeEach(async () => { server = await startWebServer() })
test.afterEach(async () => { await server.stop() })
for (const lang of ['fr', 'de']) for (const [w, h] of [[1400, 900], [1280, 720]]) {
  test(`look ${lang} ${w}`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.setViewportSize({ width: w, height: h })
    await openApp(page, server.url)
    if (lang === 'de') { await page.getByTestId('language-de').click(); await expect(page.locator('html')).toHaveAttribute('lang', 'de') }
    await page.getByTestId('scenario-select').selectOption({ index: 3 })
    await page.getByTestId('nav-results').click()
    const shot = (n: string, full = false) => page.screenshot({ path: `/work/look/${lang}-${w}-${n}.png`, fullPage: full })
    await page.waitForTimeout(800)
    await shot('results-top')
    await page.evaluate(() => window.scrollBy(0, 700)); await page.waitForTimeout(600)
    await shot('results-mid')
    await page.evaluate(() => window.scrollBy(0, 900)); await page.waitForTimeout(600)
    await shot('results-low')
    await page.evaluate(() => window.scrollBy(0, 2000)); await page.waitForTimeout(600)
    await shot('results-bottom')
    await page.getByTestId('kpi-peak-shortage-explain').click()
    await page.waitForTimeout(500)
    await shot('explain')
    await page.keyboard.press('Escape')
  })
}
