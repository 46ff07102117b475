// The start-up and redraws through the UI: the first chart is drawn before the formula engine (mathjs) and the model schema (zod) are even asked for, from the projection and formula values main sent; a scenario with other formulas, chosen at once, still shows the engine's figures; an edit redraws only the charts whose figures it changes.
import { expect, test, type Page } from '@playwright/test'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { atelierGeneve } from '../../shared/sample/atelierGeneve'
import { formatChf, formatNumber } from '../../renderer/src/format'
import { openApp, waitSaved } from '../support/appPage'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

/** The page notes the moment its first chart is drawn (`window.firstDrawn`), by itself. */
async function noteFirstDraw(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { firstDrawn?: number }
    new MutationObserver((_records, observer) => {
      if (!document.querySelector('figure[data-revision]')) return
      w.firstDrawn = performance.now()
      observer.disconnect()
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-revision'] })
  })
}

test('the first chart is drawn before mathjs is requested, with the figures of the engine', async ({
  page,
}) => {
  await noteFirstDraw(page)
  const errors = await openApp(page, server.url)
  await expect(page.locator('[data-testid="chart-demand-capacity"][data-revision]')).toHaveCount(1)
  // mathjs comes after the first paint, in an idle moment: wait until it has been fetched.
  await expect
    .poll(() =>
      page.evaluate(() => performance.getEntriesByType('resource').some((e) => /formulaMathjs/.test(e.name))),
    )
    .toBe(true)
  const { drawn, requested } = await page.evaluate(() => ({
    drawn: (window as unknown as { firstDrawn: number }).firstDrawn,
    requested: performance.getEntriesByType('resource').find((e) => /formulaMathjs/.test(e.name))!.startTime,
  }))
  expect(requested).toBeGreaterThan(drawn)
  // The base's lost hours as the engine gives them (the French UI).
  const lost = project(atelierGeneve.base).summary.totalLostHours
  await expect(page.getByTestId('kpi-lost-hours-value')).toHaveText(`${formatNumber(lost, 0)} h`)
  expect(errors).toEqual([])
})

test('the model schema (zod) is fetched after the first chart, and the first edit is still checked by it', async ({
  page,
}) => {
  await noteFirstDraw(page)
  const errors = await openApp(page, server.url)
  await expect(page.locator('[data-testid="chart-demand-capacity"][data-revision]')).toHaveCount(1)
  // Every script the page fetched, with when: the ones before the first chart must not hold zod.
  const carriesZod = async (url: string): Promise<boolean> =>
    (await (await page.request.get(url)).text()).includes('ZodError')
  await expect
    .poll(async () => {
      const urls = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /\.js$/.test(n)),
      )
      for (const url of urls) if (await carriesZod(url)) return true
      return false
    })
    .toBe(true)
  const scripts = await page.evaluate(() => {
    const drawn = (window as unknown as { firstDrawn: number }).firstDrawn
    return performance
      .getEntriesByType('resource')
      .filter((e) => /\.js$/.test(e.name))
      .map((e) => ({ url: e.name, before: e.startTime < drawn }))
  })
  const early = scripts.filter((s) => s.before)
  expect(early.length).toBeGreaterThan(0)
  for (const script of early) expect(await carriesZod(script.url), script.url).toBe(false)
  // The schema refuses a negative hiring count (shared/model/schema.ts): the field says so and keeps nothing.
  const hires = page.getByTestId('lever-hires-watchmaker')
  const before = await hires.inputValue()
  await hires.fill('-3')
  await hires.press('Enter')
  await expect(page.getByTestId('field-problems').first()).toBeVisible()
  await hires.fill(before)
  expect(errors).toEqual([])
})

test('a scenario whose formulas main did not send, chosen right after the start, shows the engine’s figures', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  // The recession scenario's uptake is a formula the base does not have (shared/sample/atelierGeneve.ts).
  const recession = atelierGeneve.scenarios.find((s) => s.name === 'Récession 2027')!
  await page.getByTestId('scenario-select').selectOption({ label: recession.name })
  const { input } = applyOverrides(atelierGeneve.base, recession.overrides)
  // Fewer services in 2027–2028: less margin than the base.
  const margin = project(input).summary.totalMargin
  expect(margin).toBeLessThan(project(atelierGeneve.base).summary.totalMargin)
  await expect(page.getByTestId('kpi-total-margin-value')).toHaveText(formatChf(margin))
  await expect(page.getByTestId('field-problems')).toHaveCount(0)
  expect(errors).toEqual([])
})

test('an edit redraws the charts whose figures it changes, and only those', async ({ page }) => {
  const errors = await openApp(page, server.url)
  const demand = page.getByTestId('chart-demand-capacity')
  await expect(demand).toHaveAttribute('data-revision', /^[1-9]\d*$/)
  const revision = async () => Number(await demand.getAttribute('data-revision'))
  const before = await revision()
  // The turnaround target changes no figure of demand and capacity (the base has no shortage either way).
  await page.getByTestId('lever-target').fill('9')
  await page.getByTestId('lever-target').press('Enter')
  await waitSaved(page)
  await expect(page.getByTestId('kpi-turnaround')).toContainText('9')
  expect(await revision()).toBe(before)
  // Hiring watchmakers adds capacity: the chart is drawn again.
  await page.getByTestId('lever-hires-watchmaker').fill('2')
  await page.getByTestId('lever-hires-watchmaker').press('Enter')
  await waitSaved(page)
  await expect.poll(revision).toBeGreaterThan(before)
  expect(errors).toEqual([])
})

test('a chart out of view keeps its figures through an edit, and shows the edit’s once scrolled to', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  const cost = page.getByTestId('chart-cost')
  // The charts below the first row come a moment after the first paint.
  await expect(cost).toHaveCount(1)
  await page.evaluate(() => window.scrollTo(0, 0))
  const hires = page.getByTestId('lever-hires-watchmaker')
  await hires.fill('2')
  await hires.press('Enter')
  await waitSaved(page)
  // The engine's salaries in the last year with two watchmakers hired each year (MODEL.md: hires join each year).
  const edited = structuredClone(atelierGeneve.base)
  ;(edited.workforce.hires as Record<string, unknown>).watchmaker = 2
  const baseYears = project(atelierGeneve.base).years
  const years = project(edited).years
  const last = years[years.length - 1]!
  expect(last.cost.salaries).toBeGreaterThan(baseYears[baseYears.length - 1]!.cost.salaries)
  // Scrolled to and shown as a table: the figures of the edit, not of the moment it was last in view.
  await page.getByTestId('toggle-table-cost').click()
  const row = cost.locator('tbody tr', { has: page.locator(`th:text-is("${last.year}")`) })
  await expect(row.locator('td').first()).toHaveText(formatChf(last.cost.salaries))
  expect(errors).toEqual([])
})

test('an edit is stored even when the window makes no frame (hidden): the write waits for one only briefly', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  // A hidden window's frames never come: the write must not wait for one.
  await page.evaluate(() => {
    window.requestAnimationFrame = () => 0
  })
  const hires = page.getByTestId('lever-hires-watchmaker')
  await hires.fill('2')
  const stored = page.waitForResponse((r) => r.url().includes('scenario%3AsetValue'))
  await hires.press('Enter')
  await stored
  await waitSaved(page)
  await page.reload()
  await expect(page.locator('body[data-app-state="ready"]')).toHaveCount(1)
  await expect(page.getByTestId('lever-hires-watchmaker')).toHaveValue('2')
  expect(errors).toEqual([])
})
