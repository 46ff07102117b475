// The Réel screen end to end, through the UI only: two years pasted, the points on the demand chart and the variance table, calibrate, apply, undo.
import { expect, test } from '@playwright/test'
import { project } from '../../shared/engine'
import { validateInput } from '../../shared/model/schema'
import { atelierGeneve } from '../../shared/sample/atelierGeneve'
import { formatNumber } from '../../renderer/src/format'
import { startWebServer, type WebServer } from '../support/webServer'
import { pasteInto } from '../support/pasteCells'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

test('two years of actuals pasted: points on the demand chart, the variance, calibration applied and undone', async ({
  page,
}, testInfo) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await page.getByTestId('nav-actuals').click()
  await expect(page.getByTestId('screen-actuals')).toBeVisible()

  // The base's own plan for 2026, from the engine: demand hours of the workshop and automatic jobs.
  const checked = validateInput(atelierGeneve.base)
  if (!checked.ok) throw new Error('the sample does not validate')
  const plan2026 = project(checked.input).years[0]!
  const planDemand = Object.values(plan2026.demandHours).reduce((a, b) => a + b, 0)
  const planAutomatic = plan2026.jobs['automatic']!

  // Demand hours of the workshop in 2026 and 2027 (about a tenth above the plan), then automatic and
  // chronograph jobs for the same years.
  await pasteInto(page.getByTestId('actual-demandHours-total-2026'), '62000\t64000')
  await expect(page.getByTestId('actuals-status')).toHaveText('2 chiffres collés.')
  await pasteInto(page.getByTestId('actual-jobs-automatic-2026'), "8'000\t8'400\n2500\t2600")
  await expect(page.getByTestId('actuals-status')).toHaveText('4 chiffres collés.')
  await expect(page.getByTestId('actual-jobs-automatic-2027')).toHaveValue("8'400")
  await expect(page.getByTestId('actual-demandHours-total-2027')).toHaveValue("64'000")

  // Plan versus actual of the base: difference = actual − plan, and its share of the plan.
  const demand2026 = page.getByTestId('variance-2026-demandHours-total')
  await expect(demand2026.locator('td')).toHaveText([
    '2026',
    'Heures demandées',
    formatNumber(planDemand, 0),
    "62'000",
    formatNumber(62000 - planDemand, 0),
    `${formatNumber(((62000 - planDemand) / planDemand) * 100, 1)} %`,
  ])
  await expect(page.getByTestId('variance-2026-jobs-automatic').locator('td').nth(4)).toHaveText(
    formatNumber(8000 - planAutomatic, 0),
  )
  await expect(page.getByTestId('variance-table').locator('tbody tr')).toHaveCount(6)

  // The demand chart carries the actuals as points: its data table has their column.
  await page.getByTestId('toggle-table-demand-capacity').click()
  const table = page.getByTestId('chart-demand-capacity').locator('table')
  // The last figure column (the "why" column follows it).
  await expect(table.locator('thead th:not(.chart-why)').last()).toHaveText('Réel : Heures demandées')
  const figure = (year: string) =>
    table.locator('tbody tr', { hasText: year }).locator('td:not(.chart-why)').last()
  await expect(figure('2026')).toHaveText("62'000 h")
  await expect(figure('2028')).toHaveText('—')
  await page.screenshot({ path: testInfo.outputPath('actuals.png'), fullPage: true })

  // Calibrate service uptake: more automatic jobs than planned need a higher automatic uptake.
  await page.getByTestId('calibrate-run').click()
  const parameters = page.getByTestId('calibration-parameters')
  await expect(parameters).toBeVisible()
  const automatic = parameters.locator('tbody tr', { hasText: 'Taux de retour : ' }).nth(1)
  const [before, after] = (await automatic.locator('td.num').allInnerTexts()).map((s) =>
    Number(s.replace(/'/g, '')),
  )
  expect(after!).toBeGreaterThan(before!)
  await expect(page.getByTestId('calibration-fit')).toContainText('Travaux (par an)')

  const scenarios = page.getByTestId('scenario-select').locator('option')
  const count = await scenarios.count()
  await page.getByTestId('calibrate-name').fill('Base calée')
  await page.getByTestId('calibrate-apply').click()
  await expect(page.getByTestId('actuals-message')).toHaveText('Scénario « Base calée » créé (annulable).')
  await expect(scenarios).toHaveCount(count + 1)
  await expect(page.getByTestId('scenario-select')).toContainText('Base calée')

  // One undo removes the calibrated scenario and keeps the actuals.
  await page.getByTestId('undo').click()
  await expect(scenarios).toHaveCount(count)
  await expect(page.getByTestId('scenario-select')).not.toContainText('Base calée')
  await expect(page.getByTestId('actual-jobs-automatic-2027')).toHaveValue("8'400")
  expect(errors).toEqual([])
})

test('the Réel screen in French, English and German fits 1400×900 and 1280×720 without a horizontal scroll', async ({
  page,
}) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await page.getByTestId('nav-actuals').click()
  await pasteInto(page.getByTestId('actual-headcount-total-2026'), '37\t39')
  await expect(page.getByTestId('variance-table')).toBeVisible()
  const titles = { fr: 'Réel', en: 'Actuals', de: 'Ist-Werte' } as const
  for (const language of ['fr', 'en', 'de'] as const) {
    await page.getByTestId(`language-${language}`).click()
    await expect(page.getByTestId('screen-actuals').locator('h2').first()).toHaveText(titles[language])
    for (const [width, height] of [
      [1400, 900],
      [1280, 720],
    ] as const) {
      await page.setViewportSize({ width, height })
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `${language} ${width}×${height}`).toBeLessThanOrEqual(0)
      await page.screenshot({ path: `test-results/screens/actuals-${language}-${width}x${height}.png` })
    }
  }
})
