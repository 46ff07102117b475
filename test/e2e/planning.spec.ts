// The planning screens end to end on the embedded sample: KPIs, charts drawn, scenarios compared, both languages.
import { expect, test, type Page } from '@playwright/test'
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

test('opens the sample with a shortage within the horizon and draws the charts', async ({ page }) => {
  await openApp(page)
  await expect(page.getByTestId('workspace-name')).toHaveText('Atelier Genève (exemple)')
  const year = Number(await page.getByTestId('kpi-first-shortage-year-value').textContent())
  expect(year).toBeGreaterThan(2026)
  expect(year).toBeLessThanOrEqual(2040)
  await expect(page.getByTestId('kpi-first-shortage-year')).toHaveAttribute('data-status', 'shortage')
  await expect(page.getByTestId('kpi-peak-shortage-value')).toContainText('ETP')
  await expect(page.getByTestId('kpi-total-cost-value')).toContainText('CHF')
  await expect(page.getByTestId('kpi-total-cost-value')).toHaveText(/^CHF \d{1,3}('\d{3})+$/)
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
  // Raise pre-owned growth of every segment through the typed API, as the editors do.
  const changed = await page.evaluate(async () => {
    const token = sessionStorage.getItem('etabli.token')
    const post = async (channel: string, args: unknown) =>
      (
        await fetch(`/api/${channel}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}` },
          body: JSON.stringify(args),
        })
      ).json()
    const list = await post('scenario:list', {})
    const scenario = list.value.scenarios.find((s: { name: string }) => s.name === 'Pré-owné +25 %')
    const resolved = await post('scenario:resolve', { scenarioId: scenario.id })
    for (const segment of resolved.value.input.segments) {
      const reply = await post('scenario:setValue', {
        scenarioId: scenario.id,
        path: `segments/${segment.id}/preOwnedGrowth`,
        value: 0.25,
      })
      if (!reply.ok || !reply.value.ok) return JSON.stringify(reply)
    }
    return 'ok'
  })
  expect(changed).toBe('ok')
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
  await expect(page.getByTestId('compare-differences')).toContainText('segments/automatic/preOwnedGrowth')
  await expect(page.getByTestId('chart-compare')).toHaveAttribute('data-revision', /^[1-9]\d*$/)
  expect(await canvasIsDrawn(page, 'chart-compare')).toBe(true)
  await page.screenshot({ path: 'test-results/screens/compare.png', fullPage: true })
  expect(before).not.toBeNull()
})

test('switches to English: labels change, numbers keep their values', async ({ page }) => {
  await openApp(page)
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
