// "Explain this number" (issue 12) through the UI: open from a KPI and from a chart year, figures equal to the engine's, input links that focus the field, Esc and focus, screenshots.
import { expect, test, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { atelierGeneve } from '../../shared/sample/atelierGeneve'
import { applyOverrides } from '../../shared/model/overrides'
import { project } from '../../shared/engine'
import type { YearResult } from '../../shared/model/types'
import { formatNumber } from '../../renderer/src/format'
import { startWebServer, type WebServer } from '../support/webServer'
import { openApp, waitSaved } from '../support/appPage'

const SCENARIO = 'Concurrence pour les horlogers'
/** The scenario's projection, by the engine, from the sample's own overrides. */
const input = applyOverrides(
  atelierGeneve.base,
  atelierGeneve.scenarios.find((s) => s.name === SCENARIO)!.overrides,
).input
const result = project(input)
const yearOf = (year: number): YearResult => result.years.find((y) => y.year === year)!
const sum = (m: Record<string, number>): number => Object.values(m).reduce((a, b) => a + b, 0)

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

async function open(page: Page): Promise<string[]> {
  const errors = await openApp(page, server.url)
  await page.getByTestId('scenario-select').selectOption({ label: SCENARIO })
  // The switched scenario's strip: its peak card names the peak year.
  await expect(page.getByTestId('kpi-peak-shortage')).toContainText(String(result.summary.peakShortageYear))
  return errors
}

/** The grade figures the panel shows for `year` are the engine's, in the panel's Swiss format. */
async function expectEngineFigures(page: Page, year: number): Promise<void> {
  const y = yearOf(year)
  const panel = page.getByTestId('explain-panel')
  await expect(panel.getByTestId('explain-year')).toHaveValue(String(year))
  for (const g of input.grades) {
    await expect(panel.getByTestId(`explain-capacity-headcount-${g.id}`)).toHaveText(
      formatNumber(y.headcount[g.id], 2),
    )
    await expect(panel.getByTestId(`explain-capacity-capacity-${g.id}`)).toHaveText(
      formatNumber(y.capacityHours[g.id], 0),
    )
    await expect(panel.getByTestId(`explain-service-demand-${g.id}`)).toHaveText(
      formatNumber(y.demandHours[g.id], 0),
    )
    await expect(panel.getByTestId(`explain-service-served-${g.id}`)).toHaveText(
      formatNumber(y.servedHours[g.id], 0),
    )
    await expect(panel.getByTestId(`explain-service-lost-${g.id}`)).toHaveText(
      formatNumber(y.lostHours[g.id], 0),
    )
    await expect(panel.getByTestId(`explain-service-gap-${g.id}`)).toHaveText(formatNumber(y.gapFte[g.id], 2))
  }
  await expect(panel.getByTestId('explain-demand-total')).toHaveText(formatNumber(sum(y.demandHours), 0))
  await expect(panel.getByTestId('explain-service-gap-total')).toHaveText(formatNumber(y.shortageFte, 2))
}

test('from the peak-shortage KPI: the peak year, the grade parts equal to the engine, Esc closes and focus returns', async ({
  page,
}) => {
  const errors = await open(page)
  const peakYear = result.summary.peakShortageYear!
  // The scenario is short from 2029, in grade senior among others (MODEL.md summary: firstShortageGrade).
  expect(result.summary.firstShortageYear).toBe(2029)
  const button = page.getByTestId('kpi-peak-shortage-explain')
  await expect(button).toHaveAccessibleName(/Expliquer/)
  await button.click()
  const dialog = page.getByRole('dialog', { name: new RegExp(String(peakYear)) })
  await expect(dialog).toBeVisible()
  await expectEngineFigures(page, peakYear)
  // The peak year is a shortage and the panel says so, naming a short grade.
  expect(yearOf(peakYear).status).toBe('shortage')
  await expect(dialog.getByTestId('explain-status')).toHaveText('Pénurie')
  await expect(dialog.getByTestId('explain-reason')).toContainText(/tolérance|promesse/)
  // Capacity parts: gross - ramp-up - tutoring - benches = capacity, as the engine's C of senior.
  const senior = yearOf(peakYear).capacityHours.senior!
  await expect(dialog.getByTestId('explain-capacity-capacity-senior')).toHaveText(formatNumber(senior, 0))

  // The year picker moves to another year by keyboard; the figures follow.
  await dialog.getByTestId('explain-prev').focus()
  await page.keyboard.press('Enter')
  await expectEngineFigures(page, peakYear - 1)

  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)
  await expect(button).toBeFocused()
  expect(errors).toEqual([])
})

test('from a chart year on Résultats: the clicked year opens, a later column opens a later year', async ({
  page,
}) => {
  const errors = await open(page)
  await page.getByTestId('nav-results').click()
  const canvas = page.getByTestId('chart-shortage').locator('canvas')
  await canvas.scrollIntoViewIfNeeded()
  const box = (await canvas.boundingBox())!
  const yearAt = async (fraction: number): Promise<number> => {
    await canvas.click({ position: { x: box.width * fraction, y: box.height / 2 } })
    const select = page.getByTestId('explain-panel').getByTestId('explain-year')
    await expect(select).toBeVisible()
    const year = Number(await select.inputValue())
    await expectEngineFigures(page, year)
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('explain-panel')).toHaveCount(0)
    // Focus returns to the chart's Explain button.
    await expect(page.getByTestId('explain-shortage')).toBeFocused()
    return year
  }
  const early = await yearAt(0.3)
  const late = await yearAt(0.85)
  expect(early).toBeGreaterThanOrEqual(input.startYear)
  expect(late).toBeGreaterThan(early)
  expect(late).toBeLessThanOrEqual(input.startYear + input.horizonYears - 1)
  expect(errors).toEqual([])
})

test('an input link opens its screen with the field focused', async ({ page }) => {
  const errors = await open(page)
  await page.getByTestId('kpi-first-shortage-year-explain').click()
  const dialog = page.getByRole('dialog')
  await expect(dialog.getByTestId('explain-year')).toHaveValue('2029')
  // A shared service figure, shown open under the status.
  await dialog.getByTestId('explain-input-service/shortageTolerance').click()
  await expect(dialog).toHaveCount(0)
  await expect(page.getByTestId('screen-service')).toBeVisible()
  await expect(page.getByTestId('field-service/shortageTolerance')).toBeFocused()

  // A grade's figure, behind its collapsed list: the hires of senior in the year explained (a grid cell).
  await page.getByTestId('kpi-first-shortage-year-explain').click()
  // senior is "Horloger confirmé" in French.
  const seniorInputs = dialog.locator('details', { hasText: 'Saisies : Horloger confirmé' }).first()
  await seniorInputs.locator('summary').click()
  await seniorInputs.getByTestId('explain-input-workforce/hires/senior').click()
  await expect(page.getByTestId('screen-workforce')).toBeVisible()
  await expect(page.getByTestId(`plan-hires-senior-${2029 - input.startYear}`)).toBeFocused()
  expect(errors).toEqual([])
})

test('the panel in FR and DE at 1400×900 and 1280×720: nothing overflows, screenshots', async ({ page }) => {
  test.setTimeout(120_000)
  const errors = await open(page)
  await mkdir('test-results/screens/explain', { recursive: true })
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    await page.setViewportSize(viewport)
    for (const language of ['fr', 'de'] as const) {
      await page.getByTestId(`language-${language}`).click()
      await expect(page.locator('html')).toHaveAttribute('lang', language)
      await page.getByTestId('kpi-peak-shortage-explain').click()
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      // Every grade list open, so the screenshot and the overflow check see them.
      await dialog.evaluate((d) => d.querySelectorAll('details').forEach((x) => (x.open = true)))
      const name = `${language}-${viewport.width}x${viewport.height}`
      await page.screenshot({ path: `test-results/screens/explain/panel-${name}.png` })
      await dialog.getByTestId('explain-capacity').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/screens/explain/panel-${name}-capacity.png` })
      await dialog.getByTestId('explain-service').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/screens/explain/panel-${name}-service.png` })
      const overflow = await dialog.evaluate((d) => {
        const wide = (el: Element) => el.scrollWidth > el.clientWidth + 1
        const body = d.querySelector('.explain-body')!
        return {
          body: wide(body),
          tables: [...d.querySelectorAll('.explain-table-wrap')].filter(wide).length,
          panelRight: d.getBoundingClientRect().right,
        }
      })
      expect(overflow.body, 'panel scrolls sideways').toBe(false)
      expect(overflow.tables, 'tables wider than the panel').toBe(0)
      expect(overflow.panelRight).toBeLessThanOrEqual(viewport.width)
      await page.keyboard.press('Escape')
      await expect(dialog).toHaveCount(0)
    }
    await page.getByTestId('nav-results').click()
    await page.screenshot({
      path: `test-results/screens/explain/kpis-${viewport.width}x${viewport.height}.png`,
    })
  }
  expect(errors).toEqual([])
})

test('eight grades in German at 1280×720: grade headers wrap only after "/" or between words', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.getByTestId('language-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  // The Geneva sample has seven grades, "Uhrmachermeister/in" the longest; an eighth makes the columns narrowest.
  await page.getByTestId('nav-workforce').click()
  await page.getByTestId('add-grade').locator('input').fill('restaurator')
  await page.getByTestId('add-grade').locator('button').click()
  await waitSaved(page)
  await page.getByTestId('kpi-peak-shortage-explain').click()
  const dialog = page.getByRole('dialog')
  for (const id of ['explain-capacity', 'explain-service']) {
    const table = dialog.getByTestId(id)
    await expect(table.locator('thead th')).toHaveCount(9)
    await expect(table.locator('thead th').nth(6)).toHaveText('Uhrmachermeister/in')
    // Where each header's lines end: the text before every line break must end in "/" or a space.
    const breaks = await table.evaluate((t) =>
      [...t.querySelectorAll('thead th')].flatMap((th) => {
        const chars: { ch: string; top: number }[] = []
        const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let i = 0; i < node.textContent!.length; i++) {
            const range = document.createRange()
            range.setStart(node, i)
            range.setEnd(node, i + 1)
            chars.push({ ch: node.textContent![i]!, top: range.getBoundingClientRect().top })
          }
        }
        const text = chars.map((c) => c.ch).join('')
        return chars.flatMap((c, i) =>
          i > 0 && c.top > chars[i - 1]!.top + 1 && !/[/\s]/.test(chars[i - 1]!.ch)
            ? [`${text.slice(0, i)}|${text.slice(i)}`]
            : [],
        )
      }),
    )
    expect(breaks, id).toEqual([])
    const wide = await table.evaluate((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth + 1)
    expect(wide, `${id} wider than the panel`).toBe(false)
  }
  await dialog.getByTestId('explain-capacity').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/screens/explain/panel-de-eight-grades-1280x720.png' })
  expect(errors).toEqual([])
})
