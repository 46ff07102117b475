// Accessibility: axe-core finds no serious or critical violation on any screen, in French, English and German.
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { SCREENS, type Screen } from '../../renderer/src/state/workspaceState'

let server: WebServer

test.beforeAll(async () => {
  server = await startWebServer()
})

test.afterAll(async () => {
  await server.stop()
})

/**
 * Waits until a screen shows its content: its heading (Sources and History render nothing until their
 * rows are read), and the table of the screens that read their figures after they appear.
 */
async function screenShown(page: Page, screen: Screen): Promise<void> {
  const main = page.getByTestId(`screen-${screen}`)
  await expect(main).toBeVisible()
  await expect(main.locator('h2').first()).toBeVisible()
  if (screen === 'sources') await expect(page.getByTestId('sources-table')).toBeVisible()
  if (screen === 'compare') await expect(page.getByTestId('compare-kpis')).toBeVisible()
}

for (const language of ['fr', 'en', 'de'] as const) {
  test(`no serious or critical axe violation on any screen (${language})`, async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto(server.url)
    await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
    if (language !== 'fr') {
      await page.getByTestId(`language-${language}`).click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
    }
    const found: string[] = []
    for (const screen of SCREENS) {
      await page.getByTestId(`nav-${screen}`).click()
      await screenShown(page, screen)
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
        found.push(
          `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
        )
      }
    }
    // The explain panel, open over Résultats with its input lists unfolded.
    await page.getByTestId('nav-results').click()
    await page.getByTestId('kpi-peak-shortage-explain').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog).toBeVisible()
    await dialog.evaluate((d) => d.querySelectorAll('details').forEach((x) => (x.open = true)))
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze()
    for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
      found.push(`explain panel: ${v.id} (${v.impact}) ${v.help} — ${v.nodes[0]?.target.join(' ')}`)
    }
    expect(found, found.join('\n')).toEqual([])
  })
}

test('every screen is reachable by keyboard alone', async ({ page }) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
  // Tab until the Comparer navigation button has focus, then open it with Enter.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    if (await page.getByTestId('nav-compare').evaluate((el) => el === document.activeElement)) break
  }
  await expect(page.getByTestId('nav-compare')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('screen-compare')).toBeVisible()
})
