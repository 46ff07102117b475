// German through the UI: the switcher, German labels on every screen with the French figures, and no clipped text at 1400×900 and 1280×720.
import { expect, test, type Page } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { SCREENS } from '../../renderer/src/state/workspaceState'
import { fr } from '../../renderer/src/locales/fr'
import { editorsFr } from '../../renderer/src/locales/editors.fr'
import { decisionsFr } from '../../renderer/src/locales/decisions.fr'
import { actualsFr } from '../../renderer/src/locales/actuals.fr'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

const KPIS = ['first-shortage-year', 'peak-shortage', 'turnaround', 'lost-hours', 'total-cost'] as const

/** Each screen's German title, as a Swiss-German workshop director reads it. */
const GERMAN_TITLES: Record<(typeof SCREENS)[number], string> = {
  market: 'Markt',
  service: 'Kundendienst',
  workforce: 'Personal',
  training: 'Ausbildung',
  benches: 'Werkbänke',
  results: 'Ergebnisse',
  compare: 'Vergleichen',
  decisions: 'Entscheide',
  report: 'Bericht',
  actuals: 'Ist',
  sources: 'Quellen',
  history: 'Verlauf',
}

function frenchTexts(): Set<string> {
  const out = new Set<string>()
  const walk = (tree: object): void => {
    for (const value of Object.values(tree))
      if (typeof value === 'string') out.add(value)
      else walk(value as object)
  }
  for (const tree of [fr, editorsFr, decisionsFr, actualsFr]) walk(tree)
  // Words French and German write alike are not leftovers.
  for (const same of [
    'OK',
    'PNG',
    'Service',
    'Version',
    'Total',
    'Parameter',
    'Programme',
    'Monte Carlo',
    'P10',
    'P90',
    'R²',
    'min',
    'max',
    'h',
    '%',
    '—',
  ])
    out.delete(same)
  return out
}

async function openApp(page: Page): Promise<void> {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
  expect(errors).toEqual([])
}

async function kpiFigures(page: Page): Promise<string[]> {
  const out: string[] = []
  for (const kpi of KPIS) {
    const text = (await page.getByTestId(`kpi-${kpi}-value`).textContent()) ?? ''
    // The figure without its unit word (ETP / FTE / VZÄ, sem. / wks / Wo.), which is the only part that may change.
    out.push(text.replace(/[^\d'.,\-−∞—CHF ]/g, '').trim())
  }
  return out
}

/** Texts of controls and labels whose own box is narrower than their content: clipped or spilling German. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      '.kpi, .kpi-label, .kpi-value, .kpi-detail, nav button, button, th, label, .language, [role="tab"]'
    const out: string[] = []
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      if (el.offsetParent === null) continue
      // Visually hidden labels (1 px boxes for screen readers) are meant to overflow.
      if (el.clientWidth > 2 && el.scrollWidth > el.clientWidth + 1)
        out.push(
          `${el.tagName.toLowerCase()}.${el.className}: "${el.innerText.slice(0, 60)}" ${el.scrollWidth}>${el.clientWidth}`,
        )
    }
    // A table that needs a horizontal scroll bar hides its last columns. Each scrolling box is named by its
    // class and its rank among the boxes that may scroll, so that the same box can be found in French.
    let rank = 0
    for (const el of document.querySelectorAll<HTMLElement>('main *')) {
      const overflowX = getComputedStyle(el).overflowX
      if (overflowX !== 'auto' && overflowX !== 'scroll') continue
      if (el.scrollWidth > el.clientWidth + 1)
        out.push(`scrolls: ${el.className}[${rank}] ${el.scrollWidth}>${el.clientWidth}`)
      rank++
    }
    // A select clips its chosen option without any overflow to measure: compare the text's width with the box.
    const ctx = document.createElement('canvas').getContext('2d')!
    for (const select of document.querySelectorAll<HTMLSelectElement>('select')) {
      if (select.offsetParent === null) continue
      const text = select.options[select.selectedIndex]?.text ?? ''
      const style = getComputedStyle(select)
      ctx.font = style.font
      // Chromium's drop-down arrow takes about 20 px beside the padding.
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20
      if (ctx.measureText(text).width > room)
        out.push(`select: "${text}" ${Math.ceil(ctx.measureText(text).width)}>${Math.floor(room)}`)
    }
    return out
  })
}

test('switching to German shows German labels with the same KPI figures as in French', async ({ page }) => {
  await openApp(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
  const french = await kpiFigures(page)
  expect(french[4]).toMatch(/^CHF \d{1,3}('\d{3})+$/)

  await page.getByTestId('language-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByTestId('language-de')).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('kpi-strip')).toContainText('Erstes Engpassjahr')
  await expect(page.getByTestId('kpi-strip')).toContainText('Gesamtkosten')
  await expect(page.getByTestId('kpi-peak-shortage-value')).toContainText('VZÄ')
  expect(await kpiFigures(page)).toEqual(french)

  const leftovers = frenchTexts()
  for (const screen of SCREENS) {
    await expect(page.getByTestId(`nav-${screen}`)).toHaveText(GERMAN_TITLES[screen])
    await page.getByTestId(`nav-${screen}`).click()
    const view = page.getByTestId(`screen-${screen}`)
    await expect(view).toBeVisible()
    await expect(view.locator('h2').first()).toContainText(new RegExp(GERMAN_TITLES[screen], 'i'))
    // No label, button, heading or table header still shows one of the French UI texts.
    const shown = await page
      .locator('nav, .kpi-strip, .topbar, main')
      .locator('button, label, th, h2, h3, h4, legend, caption, .kpi-label, .kpi-detail')
      .allInnerTexts()
    const french = shown.map((t) => t.trim()).filter((t) => leftovers.has(t))
    expect(french, `${screen}: ${french.join(' | ')}`).toEqual([])
  }

  // The choice is remembered: a reload comes back in German with the same figures.
  await page.reload()
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByTestId('nav-workforce')).toHaveText('Personal')
  expect(await kpiFigures(page)).toEqual(french)

  // An edit made in German is listed in Verlauf with a Swiss-German time stamp (day.month.year, 24 h).
  await page.getByTestId('nav-benches').click()
  await page.getByTestId('field-benches/initial').fill('45')
  await page.getByTestId('field-benches/initial').press('Enter')
  await page.getByTestId('nav-history').click()
  await expect(page.getByTestId('history-list').locator('time').first()).toHaveText(
    /^\d{2}\.\d{2}\.\d{2}, \d{2}:\d{2}:\d{2}$/,
  )
})

for (const viewport of [
  { width: 1400, height: 900 },
  { width: 1280, height: 720 },
]) {
  test(`German labels fit their boxes on every screen at ${viewport.width}×${viewport.height}`, async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    await openApp(page)
    // The grade tables of a sample with seven grades are wider than the window in every language: German
    // must not make a box scroll that does not already scroll in French.
    const scrollsInFrench = new Set<string>()
    for (const screen of SCREENS) {
      await page.getByTestId(`nav-${screen}`).click()
      await expect(page.getByTestId(`screen-${screen}`)).toBeVisible()
      for (const problem of await overflowing(page))
        if (problem.startsWith('scrolls: '))
          scrollsInFrench.add(`${screen}: ${problem.replace(/ \d+>\d+$/, '')}`)
    }
    await page.getByTestId('language-de').click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    const found: string[] = []
    for (const screen of SCREENS) {
      await page.getByTestId(`nav-${screen}`).click()
      await expect(page.getByTestId(`screen-${screen}`)).toBeVisible()
      if (screen === 'results')
        // Charts are drawn once they come into view: bring each one in before the picture.
        for (const chart of await page.locator('figure[data-testid^="chart-"]').all())
          await chart.scrollIntoViewIfNeeded()
      await page.screenshot({
        path: `test-results/screens/de-${viewport.width}-${screen}.png`,
        fullPage: true,
      })
      for (const problem of await overflowing(page))
        if (!scrollsInFrench.has(`${screen}: ${problem.replace(/ \d+>\d+$/, '')}`))
          found.push(`${screen}: ${problem}`)
      if (screen !== 'decisions') continue
      // Each decision tool's results, in German: a short Monte Carlo, the tornado, the solver's plan, the institute view.
      await page.getByTestId('mc-runs').fill('200')
      await page.getByTestId('mc-run').click()
      await expect(page.getByTestId('mc-results')).toBeVisible({ timeout: 30_000 })
      await page.screenshot({
        path: `test-results/screens/de-${viewport.width}-decisions-montecarlo.png`,
        fullPage: true,
      })
      for (const problem of await overflowing(page)) found.push(`decisions/montecarlo: ${problem}`)
      for (const tab of ['sensitivity', 'solver', 'institute']) {
        await page.getByTestId(`decisions-tab-${tab}`).click()
        await expect(page.getByTestId(`decisions-tab-${tab}`)).toHaveAttribute('aria-selected', 'true')
        if (tab === 'sensitivity')
          await expect(page.getByTestId('tornado-status')).toHaveAttribute('data-state', 'done', {
            timeout: 30_000,
          })
        if (tab === 'solver') {
          await page.getByTestId('solver-run').click()
          await expect(page.getByTestId('solver-verdict')).toBeVisible({ timeout: 30_000 })
        }
        if (tab === 'institute')
          await expect(page.getByTestId('institute-verdict')).toBeVisible({ timeout: 30_000 })
        await page.screenshot({
          path: `test-results/screens/de-${viewport.width}-decisions-${tab}.png`,
          fullPage: true,
        })
        for (const problem of await overflowing(page)) found.push(`decisions/${tab}: ${problem}`)
      }
    }
    // The welcome screen, once the workspace is closed.
    await page.getByTestId('workspace-close').click()
    await expect(page.getByTestId('welcome')).toContainText('Arbeitsbereich öffnen')
    await page.screenshot({ path: `test-results/screens/de-${viewport.width}-welcome.png`, fullPage: true })
    for (const problem of await overflowing(page)) found.push(`welcome: ${problem}`)
    expect(found, found.join('\n')).toEqual([])
  })
}
