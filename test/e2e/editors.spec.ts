// The input editors end to end in Chromium (browser mode, own data dir per test): live edits, undo, refused values, paste, screenshots.
import { expect, test, type Page } from '@playwright/test'
import { mkdir } from 'node:fs/promises'
import { formatNumber } from '../../renderer/src/format'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { atelierGeneve } from '../../shared/sample'
import { openApp, waitSaved } from '../support/appPage'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

const KPIS = [
  'kpi-first-shortage-year',
  'kpi-peak-shortage',
  'kpi-turnaround',
  'kpi-lost-hours',
  'kpi-total-cost',
]

/** Opens the app on the server's sample (test/support/appPage.ts). */
const open = (page: Page): Promise<string[]> => openApp(page, server.url)

/** The KPI strip's values, as shown (text), keyed by test id. */
async function kpis(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  for (const id of KPIS) out[id] = (await page.getByTestId(`${id}-value`).textContent()) ?? ''
  return out
}

const saved = waitSaved

test('every editor screen renders without errors; screenshots for review', async ({ page }) => {
  const errors = await open(page)
  await mkdir('test-results/screens', { recursive: true })
  for (const screen of ['market', 'service', 'workforce', 'training', 'benches']) {
    await page.getByTestId(`nav-${screen}`).click()
    await expect(page.getByTestId(`editor-${screen}`)).toBeVisible()
    if (screen === 'market') await page.getByTestId('edit-segments/automatic/preOwnedGrowth').click()
    if (screen === 'workforce') {
      await page.getByTestId('roster-band-30').click()
      await page.getByTestId('plan-series-hires-senior').click()
    }
    if (screen === 'training') await page.getByTestId('edit-training/apprenticeship/intake').click()
    await page.screenshot({ path: `test-results/screens/${screen}.png`, fullPage: true })
  }
  expect(errors).toEqual([])
})

test('the sample’s job mixes, untouched, sum to 100 % on Marché: no share is marked and nothing is refused', async ({
  page,
}) => {
  const errors = await open(page)
  await page.getByTestId('nav-market').click()
  await expect(page.getByTestId('editor-market')).toBeVisible()
  // Shares such as 25/61 (the quartz mix) are shown with six decimals but are the stored shares.
  const sums = page.locator('[data-testid*="share-sum-"]')
  expect(await sums.count()).toBeGreaterThanOrEqual(2 * atelierGeneve.base.segments.length)
  for (const sum of await sums.all()) {
    await expect(sum).toHaveClass(/ed-sum-ok/)
    await expect(sum).not.toContainText('100 % avant')
  }
  await expect(page.locator('[data-testid="editor-market"] input[aria-invalid="true"]')).toHaveCount(0)
  expect(errors).toEqual([])
})

/** First shortage year as a number (Infinity for "—") and peak shortage FTE, read from the KPI strip. */
function shortage(values: Record<string, string>): { first: number; peak: number } {
  const first = values['kpi-first-shortage-year']!.trim()
  const peak = Number(/[\d.']+/.exec(values['kpi-peak-shortage']!)![0].replace(/'/g, ''))
  return { first: first === '—' ? Infinity : Number(first), peak }
}

test('raising the apprenticeship intake delays or lowers the shortage; Ctrl+Z, Ctrl+Y and the undo button restore the KPIs exactly', async ({
  page,
}) => {
  const errors = await open(page)
  // The sample's Base is never short; this scenario is (first 2029), so the shortage can move.
  const competition = atelierGeneve.scenarios.find((s) => s.name === 'Concurrence pour les horlogers')!
  const input = applyOverrides(atelierGeneve.base, competition.overrides).input
  await page.getByTestId('scenario-select').selectOption({ label: competition.name })
  await expect(page.getByTestId('kpi-first-shortage-year-value')).toHaveText(
    String(project(input).summary.firstShortageYear),
  )
  const before = await kpis(page)
  // What the strip must show with four apprentices a year: the engine on the same edit.
  const expected = project(
    applyOverrides(input, [{ path: 'training/apprenticeship/intake', value: 4 }]).input,
  ).summary

  await page.getByTestId('nav-training').click()
  await page.getByTestId('edit-training/apprenticeship/intake').click()
  const intake = page.getByTestId('series-training/apprenticeship/intake-constant')
  await expect(intake).toHaveValue('2')
  await intake.fill('4')
  await intake.press('Enter')
  await expect.poll(() => kpis(page)).not.toEqual(before)
  const raised = await kpis(page)
  const after = shortage(raised)
  const was = shortage(before)
  expect(
    after.first > was.first || after.peak < was.peak,
    `${JSON.stringify(was)} -> ${JSON.stringify(after)}`,
  ).toBe(true)
  await expect(page.getByTestId('kpi-peak-shortage-value')).toHaveText(
    `${formatNumber(expected.peakShortageFte, 1)} ETP`,
  )
  await expect(page.getByTestId('summary-training/apprenticeship/intake')).toContainText('4 apprenants/an')
  await saved(page)

  // Ctrl+Z with the focus outside any input is the workspace's undo; Ctrl+Y redoes it.
  await page.getByRole('heading', { name: 'Formation', level: 2 }).click()
  await page.keyboard.press('Control+z')
  await expect.poll(() => kpis(page)).toEqual(before)
  await expect(intake).toHaveValue('2')
  await saved(page)
  await page.keyboard.press('Control+y')
  await expect.poll(() => kpis(page)).toEqual(raised)
  await saved(page)

  // The toolbar's undo button does the same.
  await page.getByTestId('undo').click()
  await expect.poll(() => kpis(page)).toEqual(before)
  await expect(intake).toHaveValue('2')
  expect(errors).toEqual([])
})

test('an invalid value is refused next to its field: dropout 150 % and the formula "2 *"', async ({
  page,
}) => {
  await open(page)
  const before = await kpis(page)
  await page.getByTestId('nav-training').click()
  const dropout = page.getByTestId('field-training/apprenticeship/dropoutRate')
  await expect(dropout).toHaveValue('5.5')
  await dropout.fill('150')
  await dropout.press('Enter')
  await expect(dropout).toHaveAttribute('aria-invalid', 'true')
  const describedBy = (await dropout.getAttribute('aria-describedby'))!.split(' ')[0]!
  const message = page.locator(`[id="${describedBy}"]`)
  await expect(message).toContainText('Apprentissage CFC — Abandons en formation')
  await expect(message).toContainText('entre 0 et 100 %')
  expect(await kpis(page)).toEqual(before)
  await expect(page.getByTestId('undo')).toBeDisabled()
  await page.screenshot({ path: 'test-results/screens/training-invalid.png', fullPage: true })

  await page.getByTestId('nav-market').click()
  await page.getByTestId('edit-segments/automatic/newSalesGrowth').click()
  const editor = page.getByTestId('series-segments/automatic/newSalesGrowth')
  await editor.getByTestId('series-segments/automatic/newSalesGrowth-mode-formula').check()
  const formula = page.getByTestId('series-segments/automatic/newSalesGrowth-formula')
  await formula.fill('2 *')
  // The parse error shows while typing, before anything is sent.
  await expect(editor.getByTestId('field-problems')).toContainText(
    'Automatique — Croissance des ventes neuves',
  )
  await expect(editor.getByTestId('field-problems')).toContainText('la formule ne peut pas être lue')
  await expect(formula).toHaveAttribute('aria-invalid', 'true')
  await formula.press('Enter')
  await expect(editor.getByTestId('field-problems')).toContainText('la formule ne peut pas être lue')
  await page.screenshot({ path: 'test-results/screens/market-formula-error.png', fullPage: true })
  expect(await kpis(page)).toEqual(before)
  await expect(page.getByTestId('undo')).toBeDisabled()

  // Nothing reached the store: a fresh page shows the stored values.
  await page.reload()
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  expect(await kpis(page)).toEqual(before)
  await page.getByTestId('nav-training').click()
  await expect(page.getByTestId('field-training/apprenticeship/dropoutRate')).toHaveValue('5.5')
  await page.getByTestId('nav-market').click()
  await expect(page.getByTestId('summary-segments/automatic/newSalesGrowth')).toContainText('2 %/an')
})

/** Pastes text into an input the way a spreadsheet's clipboard does (text/plain). */
async function paste(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).focus()
  await page.getByTestId(testId).evaluate((el, data) => {
    const dt = new DataTransfer()
    dt.setData('text/plain', data)
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, text)
}

test('a column of numbers pasted from a spreadsheet fills a year grid as one undoable edit', async ({
  page,
}) => {
  await open(page)
  const before = await kpis(page)
  await page.getByTestId('nav-market').click()
  await page.getByTestId('edit-segments/automatic/serviceUptake').click()
  const id = 'series-segments/automatic/serviceUptake'
  await page.getByTestId(`${id}-mode-years`).check()
  await paste(page, `${id}-year-2`, '80\n85\n87,5\n90\n')
  await expect(page.getByTestId(`${id}-paste-status`)).toContainText('4 valeurs collées à partir de 2028')
  await expect(page.getByTestId(`${id}-year-1`)).toHaveValue('70')
  await expect(page.getByTestId(`${id}-year-4`)).toHaveValue('87.5')
  await expect(page.getByTestId(`${id}-year-6`)).toHaveValue('70')
  await expect(page.getByTestId(`summary-segments/automatic/serviceUptake`)).toContainText('70 à 90 %')
  await page.screenshot({ path: 'test-results/screens/market-years-paste.png', fullPage: true })
  await expect.poll(async () => (await kpis(page))['kpi-lost-hours']).not.toBe(before['kpi-lost-hours'])
  await saved(page)

  // The hiring plan: a column pasted into a grade's cell fills that grade's following years.
  await page.getByTestId('nav-workforce').click()
  await paste(page, 'plan-hires-master-1', '1\n2\t\n3\n')
  await expect(page.getByTestId('plan-hires-master-1')).toHaveValue('1')
  await expect(page.getByTestId('plan-hires-master-2')).toHaveValue('2')
  await expect(page.getByTestId('plan-hires-master-3')).toHaveValue('3')
  await expect(page.getByTestId('plan-hires-master-4')).toHaveValue('0')
  await expect(page.getByTestId('plan-hires-master-0')).toHaveValue('0')
  await saved(page)

  // A cell that is not a number refuses the whole paste.
  await paste(page, 'plan-hires-service-0', '1\nabc\n3')
  await expect(page.getByTestId('hiring-paste-status')).toContainText('ligne 2, colonne 1')
  await expect(page.getByTestId('plan-hires-service-0')).toHaveValue('0')

  // Each paste was one step: two undos restore the starting KPIs.
  await page.getByTestId('undo').click()
  await expect(page.getByTestId('plan-hires-master-2')).toHaveValue('0')
  await page.getByTestId('undo').click()
  await expect.poll(() => kpis(page)).toEqual(before)
})

test('English labels, same numbers', async ({ page }) => {
  await open(page)
  await page.getByTestId('nav-market').click()
  const base = page.getByTestId('field-segments/automatic/installedBase')
  await expect(base).toHaveValue("66'600")
  await page.getByTestId('language-en').click()
  await expect(page.getByRole('heading', { name: 'Watch segments' })).toBeVisible()
  await expect(base).toHaveValue("66'600")
  await expect(page.getByRole('textbox', { name: 'Automatic — Installed base' }).or(base)).toBeVisible()
  await page.getByTestId('nav-workforce').click()
  await expect(page.getByRole('heading', { name: 'Hiring plan' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/workforce-en.png', fullPage: true })
})

test('a child scenario marks its overridden fields and resets them; a frozen version is read-only', async ({
  page,
}) => {
  await open(page)
  const base = await kpis(page)
  await page.getByTestId('scenario-new').click()
  await page.getByTestId('prompt-input').fill('Essai éditeurs')
  await page.getByTestId('prompt-ok').click()
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText('Essai éditeurs')

  await page.getByTestId('nav-market').click()
  const field = page.getByTestId('field-segments/automatic/installedBase')
  await expect(field).not.toHaveAttribute('data-overridden', 'true')
  await field.fill('90 000')
  await field.press('Enter')
  await expect(field).toHaveValue("90'000")
  await expect(field).toHaveAttribute('data-overridden', 'true')
  const reset = page.getByRole('button', {
    name: 'Rétablir la valeur du scénario parent : Automatique — Parc installé',
  })
  await expect(reset).toBeVisible()
  await expect.poll(() => kpis(page)).not.toEqual(base)
  await saved(page)
  await page.screenshot({ path: 'test-results/screens/market-override.png' })
  await reset.click()
  await expect(field).toHaveValue("66'600")
  await expect(field).not.toHaveAttribute('data-overridden', 'true')
  await expect(reset).toHaveCount(0)
  await expect.poll(() => kpis(page)).toEqual(base)

  // The sample's own scenario overrides pre-owned growth with a formula: marked in the table.
  await page.getByTestId('scenario-select').selectOption({ label: 'Boom du pré-owné' })
  const summary = page.getByTestId('summary-segments/automatic/preOwnedGrowth')
  await expect(summary).toContainText('formule')
  await expect(summary.getByTestId('override-mark').or(summary.locator('.ed-override-mark'))).toBeVisible()

  // A frozen version cannot be edited.
  await page.getByTestId('scenario-freeze').click()
  await page.getByTestId('prompt-ok').click()
  const frozen = page.getByTestId('scenario-select').locator('optgroup option').first()
  await expect(frozen).toHaveCount(1)
  await page.getByTestId('scenario-select').selectOption((await frozen.getAttribute('value'))!)
  await expect(page.getByTestId('field-segments/automatic/installedBase')).toHaveAttribute('readonly', '')
  await expect(page.getByTestId('field-segments/automatic/installedBase')).toHaveValue("66'600")
  await page.getByTestId('edit-segments/automatic/preOwnedGrowth').click()
  await expect(page.getByTestId('series-segments/automatic/preOwnedGrowth-formula')).toHaveAttribute(
    'readonly',
    '',
  )
})

test('segments are added and removed as one edit; a grade still in use cannot be removed', async ({
  page,
}) => {
  await open(page)
  const before = await kpis(page)
  await page.getByTestId('nav-market').click()
  const form = page.getByTestId('add-segment')
  await form.getByRole('textbox').fill('vintage')
  await form.getByRole('button').click()
  await expect(
    page.getByTestId('segments-table').getByRole('columnheader', { name: 'Vintage' }),
  ).toBeVisible()
  await expect(page.getByTestId('jobmix-vintage')).toBeVisible()
  await expect.poll(() => kpis(page)).not.toEqual(before)
  await saved(page)
  // An id already taken is refused in place.
  await form.getByRole('textbox').fill('quartz')
  await form.getByRole('button').click()
  await expect(form.getByRole('alert')).toContainText('existe déjà')
  await page.getByTestId('remove-vintage').click()
  await expect(page.getByTestId('jobmix-vintage')).toHaveCount(0)
  await expect.poll(() => kpis(page)).toEqual(before)

  await page.getByTestId('nav-workforce').click()
  await page.getByTestId('remove-master').click()
  const problems = page.locator('#grades-problems')
  await expect(problems).toContainText('Révision complication — Grade requis')
  await expect(page.getByTestId('grades-table').getByText('Maître horloger')).toBeVisible()
  expect(await kpis(page)).toEqual(before)
  await page.screenshot({ path: 'test-results/screens/workforce-remove-refused.png' })
})

test('a series is edited by keyboard alone: open, pick the growth mode, type, Enter', async ({ page }) => {
  await open(page)
  const before = await kpis(page)
  await page.getByTestId('nav-training').click()
  const toggle = page.getByTestId('edit-training/academy/intake')
  await toggle.focus()
  await page.keyboard.press('Enter')
  const id = 'series-training/academy/intake'
  await expect(page.getByTestId(`${id}-mode-constant`)).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId(`${id}-mode-growth`)).toBeChecked()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId(`${id}-start`)).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('3')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId(`${id}-rate`)).toBeFocused()
  await page.keyboard.press('Control+a')
  await page.keyboard.type('10')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('summary-training/academy/intake')).toContainText(
    '3 apprenants/an, puis 10 %/an',
  )
  await expect.poll(() => kpis(page)).not.toEqual(before)
  await expect(page.getByTestId(`${id}`)).toContainText('3 * (1 + 0.1)^t')
})
