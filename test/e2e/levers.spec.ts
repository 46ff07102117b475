// Global levers and scenario templates through the UI: a lever's KPIs equal the engine's projection of the edited input, one Ctrl+Z restores them, a template makes a new scenario, the list can be reordered.
import { expect, test, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { project } from '../../shared/engine'
import type { ModelInput, Series } from '../../shared/model/types'
import { atelierGeneve } from '../../shared/sample/atelierGeneve'
import { formatChf, formatNumber } from '../../renderer/src/format'
import { openApp, waitSaved as saved } from '../support/appPage'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

const RAW_PATH = /\b(segments|grades|jobTypes|training|workforce|benches|service)\/\w/

/** The three KPI texts a change of demand moves: lost hours, margin and revenue (French UI). */
function kpiTexts(input: ModelInput) {
  const s = project(input).summary
  return {
    lost: `${formatNumber(s.totalLostHours, 0)} h`,
    margin: formatChf(s.totalMargin),
    revenue: formatChf(s.totalRevenue),
  }
}

async function shownKpis(page: Page) {
  return {
    lost: (await page.getByTestId('kpi-lost-hours-value').textContent())!.trim(),
    margin: (await page.getByTestId('kpi-total-margin-value').textContent())!.trim(),
    revenue: (await page.getByTestId('kpi-total-margin').locator('.kpi-detail').textContent())!,
  }
}

/** "+2 points of pre-owned growth" written by hand: a number gains 0.02, a formula f becomes (f) + 0.02. */
function plusTwoPoints(series: Series): Series {
  if (typeof series === 'number') return series + 0.02
  if (Array.isArray(series)) return series.map((v) => v + 0.02)
  return `(${series}) + 0.02`
}

/** Unfolds the global levers on Résultats (folded by default) and returns the panel. */
async function openLevers(page: Page) {
  const panel = page.getByTestId('global-levers')
  await expect(panel).toBeVisible()
  if ((await panel.getAttribute('open')) === null) await panel.locator('summary').click()
  await expect(panel.getByTestId('global-apply')).toBeVisible()
  return panel
}

test('pre-owned growth +2 points on every segment: the KPIs are the engine’s, one Ctrl+Z restores them exactly', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  await page.getByTestId('nav-results').click()
  const panel = await openLevers(page)
  const before = await shownKpis(page)
  const base = atelierGeneve.base
  const expectedBefore = kpiTexts(base)
  expect(before.lost).toBe(expectedBefore.lost)
  expect(before.margin).toBe(expectedBefore.margin)

  await panel.getByTestId('global-lever').selectOption('preOwnedGrowth')
  await panel.getByTestId('global-op').selectOption('add')
  await panel.getByTestId('global-amount').fill('2')
  // The preview counts one field per segment before anything is written.
  await expect(panel.getByTestId('global-count')).toContainText(`${base.segments.length} champs`)
  expect(await panel.getByTestId('global-preview').textContent()).not.toMatch(RAW_PATH)
  await page.screenshot({ path: 'test-results/screens/levers-preview-fr.png' })
  await panel.getByTestId('global-apply').click()
  await saved(page)

  const edited: ModelInput = {
    ...base,
    segments: base.segments.map((s) => ({ ...s, preOwnedGrowth: plusTwoPoints(s.preOwnedGrowth) })),
  }
  const expected = kpiTexts(edited)
  expect(expected.revenue).not.toBe(expectedBefore.revenue)
  await expect(page.getByTestId('kpi-total-margin-value')).toHaveText(expected.margin)
  await expect(page.getByTestId('kpi-lost-hours-value')).toHaveText(expected.lost)
  await expect(page.getByTestId('kpi-total-margin').locator('.kpi-detail')).toContainText(expected.revenue)

  // One step: its description names the lever in words, without a raw path.
  const undoTitle = (await page.getByTestId('undo').getAttribute('title')) ?? ''
  expect(undoTitle).toContain('croissance pré-owned, tous segments +2 points')
  expect(undoTitle).not.toMatch(RAW_PATH)

  // The focus is on the Apply button, where Ctrl+Z is the workspace's.
  await page.keyboard.press('Control+z')
  await saved(page)
  await expect(page.getByTestId('kpi-total-margin-value')).toHaveText(before.margin)
  expect(await shownKpis(page)).toEqual(before)
  expect(errors).toEqual([])
})

test('the boom template makes a new scenario, shown at once; history shows one described step; the list can be reordered', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  const select = page.getByTestId('scenario-select')
  const countBefore = await select.locator('option').count()
  await page.getByTestId('template-open').click()
  const dialog = page.getByTestId('template-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByTestId('template-boom').check()
  await expect(dialog.getByTestId('template-name')).toHaveValue('Boom (modèle)')
  await mkdir('test-results/screens', { recursive: true })
  await page.screenshot({ path: 'test-results/screens/levers-template-fr.png' })
  await dialog.getByTestId('template-apply').click()
  await saved(page)
  await expect(dialog).not.toBeVisible()
  await expect(select.locator('option')).toHaveCount(countBefore + 1)
  await expect(select.locator('option:checked')).toHaveText('Boom (modèle)')
  // The boom's demand is above the base's in the last year: its revenue is the engine's on the boom input.
  const boom: ModelInput = {
    ...atelierGeneve.base,
    segments: atelierGeneve.base.segments.map((s) => ({
      ...s,
      preOwnedGrowth: plusTwoPoints(s.preOwnedGrowth),
      newSalesGrowth:
        typeof s.newSalesGrowth === 'number' ? s.newSalesGrowth + 0.03 : `(${s.newSalesGrowth}) + 0.03`,
    })),
  }
  await expect(page.getByTestId('kpi-total-margin-value')).toHaveText(kpiTexts(boom).margin)

  await page.getByTestId('nav-history').click()
  const first = page.getByTestId('history-list').locator('li').first()
  await expect(first).toContainText('Modèle « Boom » appliqué')
  await expect(first).toContainText('Boom (modèle)')
  expect(await page.getByTestId('history-list').textContent()).not.toMatch(RAW_PATH)

  // Move the new (last) scenario up one place: the switcher's order follows, and undo puts it back.
  const names = async () => (await select.locator('> option').allTextContents()).map((n) => n.trim())
  const order = await names()
  await expect(page.getByTestId('scenario-down')).toBeDisabled()
  await page.getByTestId('scenario-up').click()
  await saved(page)
  const moved = [...order]
  ;[moved[moved.length - 2], moved[moved.length - 1]] = [moved[moved.length - 1]!, moved[moved.length - 2]!]
  await expect.poll(names).toEqual(moved)
  await expect(select.locator('option:checked')).toHaveText('Boom (modèle)')
  await page.getByTestId('undo').click()
  await saved(page)
  await expect.poll(names).toEqual(order)
  expect(errors).toEqual([])
})

test('a frozen version says the levers are read-only', async ({ page }) => {
  await openApp(page, server.url)
  await page.getByTestId('scenario-freeze').click()
  await page.getByRole('dialog').getByTestId('prompt-ok').click()
  await saved(page)
  const select = page.getByTestId('scenario-select')
  const label = (await select.locator('optgroup option').first().textContent()) ?? ''
  await select.selectOption({ label })
  await page.getByTestId('nav-results').click()
  await openLevers(page)
  await expect(page.getByTestId('global-blocked')).toContainText('lecture seule')
  await expect(page.getByTestId('global-apply')).toBeDisabled()
})

test('screenshots of the levers panel and the template dialog in FR and DE at 1400×900 and 1280×720', async ({
  page,
}) => {
  await openApp(page, server.url)
  await mkdir('test-results/screens', { recursive: true })
  for (const language of ['fr', 'de'] as const) {
    await page.getByTestId(`language-${language}`).click()
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    for (const viewport of [
      { width: 1400, height: 900 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(viewport)
      const size = `${viewport.width}x${viewport.height}`
      await page.getByTestId('nav-results').click()
      const panel = await openLevers(page)
      await panel.scrollIntoViewIfNeeded()
      // Nothing in the panel is wider than the panel.
      const fits = await panel.evaluate((el) =>
        Array.from(el.querySelectorAll('*')).every(
          (c) => c.getBoundingClientRect().right <= el.getBoundingClientRect().right + 1,
        ),
      )
      expect(fits, `panel at ${size} in ${language}`).toBe(true)
      await page.screenshot({ path: `test-results/screens/levers-panel-${language}-${size}.png` })
      await page.getByTestId('template-open').click()
      const dialog = page.getByTestId('template-dialog')
      await expect(dialog).toBeVisible()
      const inside = await dialog.evaluate((el) => el.scrollWidth <= el.clientWidth)
      expect(inside, `dialog at ${size} in ${language}`).toBe(true)
      await page.screenshot({ path: `test-results/screens/levers-template-${language}-${size}.png` })
      await page.keyboard.press('Escape')
      await expect(dialog).not.toBeVisible()
    }
  }
})
