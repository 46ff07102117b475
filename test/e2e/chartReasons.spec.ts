// The charts say why (issue 12): a shaded year's tooltip and data table name the grade short; a gap year not shaded says why not.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { fr } from '../../renderer/src/locales/fr'
import { de } from '../../renderer/src/locales/de'
import { startWebServer, type WebServer } from '../support/webServer'
import { openApp } from '../support/appPage'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

const SCREENS = 'test-results/screens'

async function showScenario(page: Page, label: string): Promise<void> {
  await page.getByTestId('scenario-select').selectOption({ label })
  await page.getByTestId('nav-results').click()
  await expect(page.getByTestId('screen-results')).toBeVisible()
}

/** The tooltip's text as the chart mirrors it (Chart.js draws the tooltip itself on the canvas). */
function tooltipOf(page: Page, chartId: string): Locator {
  return page.getByTestId(`chart-tooltip-${chartId}`)
}

/** The category (year) the shown tooltip is of, and the pixel it points at; null while none is shown. */
async function shownTip(tip: Locator): Promise<{ year: number; x: number } | null> {
  const text = (await tip.textContent()) ?? ''
  if (text === '') return null
  return { year: Number(text.split('\n')[0]), x: Number(await tip.getAttribute('data-x')) }
}

/**
 * Hovers `year` on a year chart and returns its tooltip text. Two probes give two years' pixels; the category
 * axis is linear in the year, so they place any year; the hover then waits for that year's tooltip.
 */
async function hoverYear(page: Page, chartId: string, year: number): Promise<string> {
  const canvas = page.getByTestId(`chart-${chartId}`).locator('canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  const tip = tooltipOf(page, chartId)
  const y = box.y + box.height * 0.5
  await page.mouse.move(box.x + box.width * 0.35, y)
  await expect.poll(() => shownTip(tip)).not.toBeNull()
  const a = (await shownTip(tip))!
  await page.mouse.move(box.x + box.width * 0.75, y)
  await expect.poll(async () => (await shownTip(tip))?.year).not.toBe(a.year)
  const b = (await shownTip(tip))!
  const x = a.x + ((year - a.year) * (b.x - a.x)) / (b.year - a.year)
  await page.mouse.move(box.x + x, y)
  await expect.poll(async () => (await shownTip(tip))?.year).toBe(year)
  return (await tip.textContent()) ?? ''
}

/** The data table's why cell of a year (the table replaces the canvas until toggled back). */
async function whyCell(page: Page, chartId: string, year: number): Promise<string> {
  await page.getByTestId(`toggle-table-${chartId}`).click()
  const cell = page.getByTestId(`why-${chartId}-${year}`)
  await expect(cell).toBeVisible()
  const text = (await cell.textContent()) ?? ''
  await cell.scrollIntoViewIfNeeded()
  await page
    .getByTestId(`chart-${chartId}`)
    .screenshot({ path: `${SCREENS}/reasons-table-${chartId}-${year}.png` })
  await page.getByTestId(`toggle-table-${chartId}`).click()
  return text
}

test('a shaded shortage year names the grade short in its tooltip and its table row, in French and German', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 })
  const errors = await openApp(page, server.url)
  // The Geneva sample's competition scenario is short from 2029, senior watchmakers first (the case).
  await showScenario(page, 'Concurrence pour les horlogers')
  const tip = await hoverYear(page, 'shortage', 2029)
  await mkdir(SCREENS, { recursive: true })
  await page.screenshot({ path: `${SCREENS}/reasons-shortage-2029-fr.png` })
  expect(tip).toContain(fr.charts.shortage)
  expect(tip).toContain(`${fr.names.senior} : manque`)
  expect(tip).toContain('> tolérance 2 %')
  // Capacity is left idle in other grades while the senior grade is short: the cascade mismatch is said.
  expect(tip).toContain('Inadéquation des grades')
  // No raw id reaches the reader.
  expect(tip).not.toMatch(/\bsenior\b|\bwatchmaker\b/)
  const why = await whyCell(page, 'shortage', 2029)
  expect(why).toContain(`${fr.names.senior} : manque`)
  // The same words in the tooltip and the table.
  const flat = tip.replace(/\n/g, ' ')
  for (const line of why.split('\n')) expect(flat).toContain(line)

  // The demand chart's tooltip of the same year says it too.
  expect(await hoverYear(page, 'demand-capacity', 2029)).toContain(`${fr.names.senior} : manque`)

  await page.getByTestId('language-de').click()
  await expect(page.getByTestId('language-de')).toHaveAttribute('aria-pressed', 'true')
  const tipDe = await hoverYear(page, 'shortage', 2029)
  await page.screenshot({ path: `${SCREENS}/reasons-shortage-2029-de.png` })
  expect(tipDe).toContain(de.charts.shortage)
  expect(tipDe).toContain(`${de.names.senior}: fehlen`)
  expect(tipDe).toContain('> Toleranz 2 %')
  expect(errors).toEqual([])
})

test('a gap year that is not shaded says why it is not a shortage', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const errors = await openApp(page, server.url)
  // With the doubled academy, 2028 has a gap (senior watchmakers) but the workshop stays within the 2 % tolerance.
  await showScenario(page, 'Concurrence + académie doublée')
  const tip = await hoverYear(page, 'demand-capacity', 2028)
  await mkdir(SCREENS, { recursive: true })
  await page.screenshot({ path: `${SCREENS}/reasons-gap-2028-fr.png` })
  expect(tip).toMatch(/Pas une pénurie : écart \d+\.\d ETP, non servi \d+\.\d %/)
  expect(tip).toContain('≤ tolérance 2 %')
  expect(tip).toContain('≤ promesse 8 sem.')
  expect(tip).toContain(`${fr.names.senior} : manque`)
  const why = await whyCell(page, 'demand-capacity', 2028)
  expect(why).toContain('Pas une pénurie')
  expect(errors).toEqual([])
})
