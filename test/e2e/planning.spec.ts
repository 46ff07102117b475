// The planning screens end to end on the embedded sample: KPIs, charts drawn, scenarios compared, both languages.
import { expect, test, type Page } from '@playwright/test'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import { atelierGeneve } from '../../shared/sample'
import { formatChf, formatNumber } from '../../renderer/src/format'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

async function openApp(page: Page): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
  expect(errors).toEqual([])
}

/** True when the canvas has pixels that are neither transparent nor the background. */
async function canvasIsDrawn(page: Page, testId: string): Promise<boolean> {
  return page
    .getByTestId(testId)
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => {
      const ctx = canvas.getContext('2d')!
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height)
      let inked = 0
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++
      return inked > (canvas.width * canvas.height) / 50
    })
}

/** A scenario of the sample as the store resolves it: the base with its overrides, checked by the schema. */
function sampleScenario(name: string): ModelInput {
  const scenario = atelierGeneve.scenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`the sample has no scenario ${name}`)
  const checked = validateInput(applyOverrides(atelierGeneve.base, scenario.overrides).input)
  if (!checked.ok) throw new Error(`the scenario does not validate: ${JSON.stringify(checked.problems)}`)
  return checked.input
}

// The sample's Base is tight but never short; this scenario is short, so every KPI has a figure to show.
const shortScenario = 'Concurrence pour les horlogers'

test('opens the sample, shows the engine’s KPIs for a scenario with a shortage and draws the charts', async ({
  page,
}) => {
  await openApp(page)
  await expect(page.getByTestId('workspace-name')).toHaveText('Atelier Genève (exemple)')
  await page.getByTestId('scenario-select').selectOption({ label: shortScenario })
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText(shortScenario)
  // The strip shows project() of the scenario, written as the French UI writes it (Swiss digits, ETP, sem.).
  const { summary, years } = project(sampleScenario(shortScenario))
  expect(summary.firstShortageYear).not.toBeNull()
  const last = years[years.length - 1]!
  await expect(page.getByTestId('kpi-first-shortage-year-value')).toHaveText(
    String(summary.firstShortageYear),
  )
  await expect(page.getByTestId('kpi-first-shortage-year')).toHaveAttribute('data-status', 'shortage')
  await expect(page.getByTestId('kpi-peak-shortage-value')).toHaveText(
    `${formatNumber(summary.peakShortageFte, 1)} ETP`,
  )
  await expect(page.getByTestId('kpi-turnaround-value')).toHaveText(
    `${formatNumber(last.turnaroundWeeks, 1)} sem.`,
  )
  await expect(page.getByTestId('kpi-lost-hours-value')).toHaveText(
    `${formatNumber(summary.totalLostHours, 0)} h`,
  )
  await expect(page.getByTestId('kpi-total-cost-value')).toHaveText(formatChf(summary.totalCost))
  await expect(page.getByTestId('kpi-total-cost-value')).toHaveText(/^CHF \d{1,3}('\d{3})+$/)
  // Below the levers and the global levers' preview at this window size: drawn once scrolled to, like the rest.
  await page.getByTestId('chart-demand-capacity').scrollIntoViewIfNeeded()
  await expect(page.getByTestId('chart-demand-capacity')).toHaveAttribute('data-revision', /^[1-9]\d*$/)
  expect(await canvasIsDrawn(page, 'chart-demand-capacity')).toBe(true)
  for (const id of ['shortage', 'headcount', 'age-pyramid', 'training', 'seats', 'backlog', 'cost']) {
    await page.getByTestId(`chart-${id}`).scrollIntoViewIfNeeded()
    // Charts are drawn when they come into view (they mark each drawing on the figure).
    await expect(page.getByTestId(`chart-${id}`)).toHaveAttribute('data-revision', /^[1-9]\d*$/)
    expect(await canvasIsDrawn(page, `chart-${id}`), id).toBe(true)
  }
  await page.screenshot({ path: 'test-results/screens/results.png', fullPage: true })
  // The data table is the chart's text alternative.
  await page.getByTestId('toggle-table-demand-capacity').click()
  await expect(page.getByTestId('chart-demand-capacity').locator('table tbody tr')).toHaveCount(15)
})

test('compares a new scenario with raised pre-owned growth to Base', async ({ page }) => {
  await openApp(page)
  const before = await page.getByTestId('kpi-total-cost-value').textContent()
  await page.getByTestId('scenario-new').click()
  await page.getByTestId('prompt-input').fill('Pré-owné +25 %')
  await page.getByTestId('prompt-ok').click()
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText('Pré-owné +25 %')
  // Raise pre-owned growth of every segment to 25 % in the Marché editor, field by field.
  await page.getByTestId('nav-market').click()
  for (const segment of atelierGeneve.base.segments.map((x) => x.id)) {
    const path = `segments/${segment}/preOwnedGrowth`
    await page.getByTestId(`edit-${path}`).click()
    // The sample writes pre-owned growth as a tapering formula: pick the constant mode first.
    await page.getByTestId(`series-${path}-mode-constant`).check()
    const constant = page.getByTestId(`series-${path}-constant`)
    await constant.fill('25')
    await constant.press('Enter')
    // Stored once the scenario shows it as its own value.
    await expect(page.getByTestId(`summary-${path}`).locator('.ed-override-mark')).toBeVisible()
  }
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré')
  await page.getByTestId('nav-compare').click()
  // Base and the new scenario.
  const base = page.getByTestId('compare-pick-1')
  if (!(await base.isChecked())) await base.check()
  const options = page.locator('[data-testid^="compare-pick-"]')
  const count = await options.count()
  for (let i = 0; i < count; i++) {
    const box = options.nth(i)
    const label = await box.locator('xpath=..').textContent()
    if (label?.includes('Pré-owné +25 %') && !(await box.isChecked())) await box.check()
    else if (!label?.includes('Pré-owné +25 %') && !label?.startsWith('Base') && (await box.isChecked()))
      await box.uncheck()
  }
  await expect(page.getByTestId('chart-compare')).toBeVisible()
  await expect(page.getByTestId('compare-kpis').locator('thead th')).toHaveCount(3)
  const lost = page.getByTestId('compare-row-totalLostHours').getByTestId('compare-delta')
  await expect(lost).toHaveText(/\(\+\d/)
  // The differing input is named by its label and segment, with its value in %/an (issue 12: no raw path).
  const differences = page.getByTestId('compare-differences')
  await expect(
    differences.locator('tr', { hasText: 'Croissance de la seconde main (Automatique)' }),
  ).toContainText('25 %/an')
  await expect(differences).not.toContainText('segments/')
  await expect(page.getByTestId('chart-compare')).toHaveAttribute('data-revision', /^[1-9]\d*$/)
  expect(await canvasIsDrawn(page, 'chart-compare')).toBe(true)
  await page.screenshot({ path: 'test-results/screens/compare.png', fullPage: true })
  expect(before).not.toBeNull()
})

test('switches to English: labels change, numbers keep their values', async ({ page }) => {
  await openApp(page)
  // On a scenario with a shortage, so that the first year and the peak are numbers.
  await page.getByTestId('scenario-select').selectOption({ label: shortScenario })
  await expect(page.getByTestId('kpi-first-shortage-year-value')).toHaveText(
    String(project(sampleScenario(shortScenario)).summary.firstShortageYear),
  )
  const year = await page.getByTestId('kpi-first-shortage-year-value').textContent()
  const peak = (await page.getByTestId('kpi-peak-shortage-value').textContent())!.replace('ETP', '').trim()
  await expect(page.getByTestId('nav-results')).toHaveText('Résultats')
  await page.getByTestId('language-en').click()
  await expect(page.getByTestId('nav-results')).toHaveText('Results')
  await expect(page.getByRole('heading', { name: 'Demand and capacity' })).toBeVisible()
  await expect(page.getByTestId('kpi-first-shortage-year-value')).toHaveText(year!)
  await expect(page.getByTestId('kpi-peak-shortage-value')).toHaveText(`${peak} FTE`)
  await page.screenshot({ path: 'test-results/screens/results-en.png', fullPage: false })
})

test('shows the sources table and the history', async ({ page }) => {
  await openApp(page)
  await page.getByTestId('nav-sources').click()
  await expect(page.getByTestId('sources-table').locator('tbody tr').first()).toBeVisible()
  expect(await page.getByTestId('sources-table').locator('tbody tr').count()).toBeGreaterThan(20)
  await page.screenshot({ path: 'test-results/screens/sources.png', fullPage: false })
  await page.getByTestId('nav-history').click()
  await expect(page.getByTestId('screen-history')).toBeVisible()
})
