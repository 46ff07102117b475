// Collects a page's uncaught errors and console errors, for e2e tests that end with `expect(errors).toEqual([])`.
import type { Page } from '@playwright/test'

/** The list fills as the page reports errors, from the moment this is called. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  return errors
}
