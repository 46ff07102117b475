// For Playwright specs: opens the app in browser mode, waits until the workspace is shown, and collects page errors.
import { expect, type Page } from '@playwright/test'

/** Goes to `url`, waits for `data-app-state="ready"` and the KPI strip; the list fills with page and console errors. */
export async function openApp(page: Page, url: string): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  await page.goto(url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.getByTestId('kpi-strip')).toBeVisible()
  return errors
}
