// Model v2 through the UI only: backfill moves the KPIs as project() says, outsourcing shows in its own layer and cost, undo restores both; screenshots in FR, EN and DE.
import { expect, test, type Page } from '@playwright/test'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ModelResult } from '../../shared/model/types'
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

async function openApp(page: Page): Promise<string[]> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
  return errors
}

/** The sample's base scenario (or one of its scenarios) as the store resolves it, with `change` applied. */
function sampleAsV2(change: (input: ModelInput) => void, scenario?: string): ModelInput {
  const overrides = atelierGeneve.scenarios.find((s) => s.name === scenario)?.overrides ?? []
  const checked = validateInput(applyOverrides(atelierGeneve.base, overrides).input)
  if (!checked.ok) throw new Error(`the sample does not validate: ${JSON.stringify(checked.problems)}`)
  const input = structuredClone({ ...checked.input, schemaVersion: 2 as const })
  change(input)
  const again = validateInput(input)
  if (!again.ok) throw new Error(`the changed sample does not validate: ${JSON.stringify(again.problems)}`)
  return again.input
}

const KPIS = ['first-shortage-year', 'peak-shortage', 'lost-hours', 'total-cost', 'total-margin'] as const

async function kpis(page: Page): Promise<string[]> {
  return Promise.all(KPIS.map(async (k) => (await page.getByTestId(`kpi-${k}-value`).textContent()) ?? ''))
}

/** The KPI texts the French strip shows for a projection. */
function expectedKpis(result: ModelResult): string[] {
  const { summary } = result
  return [
    summary.firstShortageYear === null ? '—' : String(summary.firstShortageYear),
    `${formatNumber(summary.peakShortageFte, 1)} ETP`,
    `${formatNumber(summary.totalLostHours, 0)} h`,
    formatChf(summary.totalCost),
    formatChf(summary.totalMargin),
  ]
}

async function newScenario(page: Page, name: string): Promise<void> {
  await page.getByTestId('scenario-new').click()
  await page.getByTestId('prompt-input').fill(name)
  await page.getByTestId('prompt-ok').click()
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText(name)
}

async function saved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText('Enregistré')
}

/** A chart's data table (its text alternative): the column headers and the rows' cell texts. */
async function chartTable(page: Page, id: string): Promise<{ columns: string[]; rows: string[][] }> {
  const figure = page.getByTestId(`chart-${id}`)
  await figure.scrollIntoViewIfNeeded()
  const toggle = page.getByTestId(`toggle-table-${id}`)
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click()
  const columns = (await figure.locator('table thead th').allInnerTexts()).slice(1)
  const rows: string[][] = []
  for (const row of await figure.locator('table tbody tr').all())
    rows.push(await row.locator('td').allInnerTexts())
  return { columns, rows }
}

const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

test('backfill for one grade changes the KPIs to project() of the edited input; undo restores them exactly', async ({
  page,
}) => {
  const errors = await openApp(page)
  const base = sampleAsV2(() => {})
  await expect.poll(() => kpis(page)).toEqual(expectedKpis(project(base)))
  const before = await kpis(page)
  await newScenario(page, 'Remplacement 80 %')

  await page.getByTestId('nav-workforce').click()
  await page.getByTestId('plan-view-policies').click()
  await page.getByTestId('plan-series-backfill-watchmaker').click()
  const constant = page.getByTestId('series-workforce/backfill/watchmaker-constant')
  await constant.fill('80')
  await constant.press('Enter')
  // The sample already backfills reception, polishing and control; the edit adds the watchmakers.
  const edited = project(
    sampleAsV2((i) => (i.workforce.backfill = { ...i.workforce.backfill, watchmaker: 0.8 })),
  )
  const want = expectedKpis(edited)
  expect(want).not.toEqual(before)
  await expect.poll(() => kpis(page)).toEqual(want)
  await expect(page.getByTestId('plan-backfill-watchmaker-3')).toHaveValue('80')
  await saved(page)

  // One undo takes the backfill back (the version step before it changes no figure).
  await page.getByTestId('undo').click()
  await expect.poll(() => kpis(page)).toEqual(before)
  await expect(page.getByTestId('plan-backfill-watchmaker-3')).toHaveValue('0')
  await saved(page)
  expect(errors).toEqual([])
})

test('outsourcing the watchmakers adds their hours to the outsourced layer and the cost; undo restores both', async ({
  page,
}) => {
  const errors = await openApp(page)
  // Base is never short, so nothing goes out there: the new scenario is a child of one that is short.
  const competition = 'Concurrence pour les horlogers'
  await page.getByTestId('scenario-select').selectOption({ label: competition })
  await newScenario(page, 'Sous-traitance')
  await page.getByTestId('nav-results').click()
  // The sample may send polishing and quick service out: the layer shows those hours before the edit.
  const plainResult = project(sampleAsV2(() => {}, competition))
  const outsourcedHours = (r: ModelResult) =>
    r.years.map((y) => `${formatNumber(sum(y.outsourcedHours), 0)} h`)
  const plain = await chartTable(page, 'demand-capacity')
  const plainColumn = plain.columns.indexOf('Heures sous-traitées')
  expect(plainColumn).toBeGreaterThan(0)
  expect(plain.rows.map((r) => r[plainColumn])).toEqual(outsourcedHours(plainResult))
  const costBefore = await chartTable(page, 'cost')
  const kpisBefore = await kpis(page)

  await page.getByTestId('nav-service').click()
  await page.getByTestId('outsource-watchmaker').check()
  await saved(page)
  await page.getByTestId('edit-service/outsourcing/watchmaker/maxHours').click()
  const hours = page.getByTestId('series-service/outsourcing/watchmaker/maxHours-constant')
  await hours.fill('3000')
  await hours.press('Enter')
  await saved(page)
  const cost = page.getByTestId('field-service/outsourcing/watchmaker/costPerHour')
  // Priced at the grade's hourly salary until changed: 94'000 CHF / 1'370 h.
  await expect(cost).toHaveValue(String(Math.round(94000 / 1370)))
  await cost.fill('120')
  await cost.press('Enter')
  await saved(page)

  const outsourced = project(
    sampleAsV2(
      (i) =>
        (i.service.outsourcing = {
          ...i.service.outsourcing,
          watchmaker: { maxHours: 3000, costPerHour: 120 },
        }),
      competition,
    ),
  )
  // The watchmakers' outsourced hours are new: the layer grows by them.
  expect(outsourcedHours(outsourced)).not.toEqual(outsourcedHours(plainResult))
  await expect.poll(() => kpis(page)).toEqual(expectedKpis(outsourced))
  await page.getByTestId('nav-results').click()
  const layered = await chartTable(page, 'demand-capacity')
  const column = layered.columns.indexOf('Heures sous-traitées')
  expect(column).toBeGreaterThan(0)
  expect(layered.rows.map((r) => r[column])).toEqual(outsourcedHours(outsourced))
  const costs = await chartTable(page, 'cost')
  const outsourcing = costs.columns.indexOf('Sous-traitance')
  expect(outsourcing).toBeGreaterThan(0)
  expect(costs.rows.map((r) => r[outsourcing])).toEqual(
    outsourced.years.map((y) => `CHF ${formatNumber(y.cost.outsourcing, 0)}`),
  )

  // Three edits (on, hours, price): three undos give the figures, the layer and the cost back exactly.
  for (let i = 0; i < 3; i++) {
    await page.getByTestId('undo').click()
    await saved(page)
  }
  await expect.poll(() => kpis(page)).toEqual(kpisBefore)
  expect((await chartTable(page, 'demand-capacity')).columns).toEqual(plain.columns)
  expect(await chartTable(page, 'cost')).toEqual(costBefore)
  expect(errors).toEqual([])
})

const SCREENS = ['service', 'workforce', 'market', 'training', 'results', 'compare'] as const

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`v2 screens in French, English and German at ${viewport.width}×${viewport.height}: drawn, and the KPI cards fit`, async ({
    page,
  }) => {
    test.setTimeout(180_000)
    await page.setViewportSize(viewport)
    const errors = await openApp(page)
    // Give the base some v2 figures so that every new chart and field has something to show.
    await page.getByTestId('nav-service').click()
    await page.getByTestId('field-service/overtimeShare').fill('5')
    await page.getByTestId('field-service/overtimeShare').press('Enter')
    await saved(page)
    for (const grade of ['service', 'watchmaker', 'senior', 'master']) {
      await page.getByTestId(`field-grades/${grade}/revenuePerHour`).fill('180')
      await page.getByTestId(`field-grades/${grade}/revenuePerHour`).press('Enter')
      await saved(page)
    }
    await page.getByTestId('outsource-senior').check()
    await saved(page)

    for (const language of ['fr', 'en', 'de'] as const) {
      await page.getByTestId(`language-${language}`).click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      for (const screen of SCREENS) {
        await page.getByTestId(`nav-${screen}`).click()
        await expect(page.getByTestId(`screen-${screen}`)).toBeVisible()
        if (screen === 'workforce') await page.getByTestId('plan-view-policies').click()
        if (screen === 'results' || screen === 'compare')
          for (const chart of await page.locator('figure[data-testid^="chart-"]').all()) {
            await chart.scrollIntoViewIfNeeded()
            await expect(chart).toHaveAttribute('data-revision', /^[1-9]\d*$/)
          }
        await page.screenshot({
          path: `test-results/screens/v2-${language}-${viewport.width}-${screen}.png`,
          fullPage: true,
        })
      }
      // No KPI card spills its label, value or detail.
      const spilling = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.kpi, .kpi-label, .kpi-value, .kpi-detail')]
          .filter((el) => el.clientWidth > 2 && el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${el.className}: "${el.innerText}" ${el.scrollWidth}>${el.clientWidth}`),
      )
      expect(spilling, language).toEqual([])
    }
    expect(errors).toEqual([])
  })
}
