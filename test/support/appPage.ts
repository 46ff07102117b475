// Playwright helpers for specs in browser mode: open the app and collect its errors, wait until every edit is stored.
import { expect, type Page } from '@playwright/test'

/** Opens the app at `url`, waits for its ready marker and the KPI strip; returns the page errors seen from now on. */
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

/** Waits until the top bar says every edit is stored, in any UI language. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText(/Enregistré|Saved|Gespeichert/)
}
