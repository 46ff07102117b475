// The board report in browser mode: two scenarios, printed to PDF by Chromium; its text holds the names, the first shortage year and the sources.
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import { samples } from '../../shared/sample'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer
const sample = samples[0]!
const reported = ['Concurrence pour les horlogers', 'Concurrence + académie doublée']

/** A scenario of the sample as the store resolves it: the base with its overrides, checked by the schema. */
function sampleScenario(name: string): ModelInput {
  const scenario = sample.scenarios.find((s) => s.name === name)
  if (!scenario) throw new Error(`the sample has no scenario ${name}`)
  const checked = validateInput(applyOverrides(sample.base, scenario.overrides).input)
  if (!checked.ok) throw new Error(`the scenario does not validate: ${JSON.stringify(checked.problems)}`)
  return checked.input
}

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

async function openReport(page: Page, language: 'fr' | 'en' | 'de'): Promise<void> {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await page.getByTestId(`language-${language}`).click()
  await page.getByTestId('nav-report').click()
  await expect(page.getByTestId('report')).toBeVisible()
  // The sample's Base is tight but never short: report the two scenarios that are, as a director would.
  const report = page.getByTestId('report')
  for (const name of [sample.baseName, sample.scenarios[0]!.name])
    await report.getByLabel(name, { exact: true }).uncheck()
  for (const name of reported) await report.getByLabel(name, { exact: true }).check()
  // The solver's plan and the tornado arrive on their own; the report is complete once both are shown.
  await expect(page.getByTestId('report-plan-ready')).toBeVisible({ timeout: 45_000 })
  await expect(page.getByTestId('report-sensitivity').locator('li')).toHaveCount(3, { timeout: 45_000 })
}

function run(command: string, args: string[]): string {
  const out = spawnSync(command, args, { encoding: 'utf8' })
  if (out.status !== 0) throw new Error(`${command} failed: ${out.stderr}`)
  return out.stdout
}

test('the report of two scenarios prints to a PDF of several pages with the names, the first shortage year and the sources', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1400, height: 900 })
  await openReport(page, 'en')
  const names = reported
  await expect(page.getByTestId('report-scenario')).toHaveCount(2)
  const firstShortage = project(sampleScenario(reported[0]!)).summary.firstShortageYear
  expect(firstShortage).not.toBeNull()
  await expect(page.getByTestId('report-summary')).toContainText(
    `From ${firstShortage} the workshop falls short`,
  )

  const dir = testInfo.outputPath('report')
  await mkdir(dir, { recursive: true })
  const pdf = join(dir, 'report.pdf')
  await writeFile(pdf, await page.pdf({ format: 'A4', printBackground: true }))
  const pages = Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [pdf]))?.[1])
  expect(pages).toBeGreaterThanOrEqual(2)
  // pdftotext breaks lines where the layout does: compare with whitespace folded.
  const text = run('pdftotext', [pdf, '-']).replace(/\s+/g, ' ')
  for (const name of names) expect(text).toContain(name)
  expect(text).toContain(`From ${firstShortage}`)
  expect(text).toContain('Key assumptions and sources')
  const sourced = sample.sources.find((s) => s.kind === 'sourced')!
  // The start of a source's text (a table cell wraps after a few words).
  expect(text).toContain(sourced.source.split(' ').slice(0, 3).join(' '))
  // The print leaves the navigation out.
  expect(text).not.toContain('Workforce')

  // Pages as pictures, to look at (test-results/screens/report-page-N.png).
  run('pdftoppm', ['-png', '-r', '60', pdf, join(dir, 'page')])
  const pngs = (await readdir(dir)).filter((f) => f.endsWith('.png'))
  expect(pngs.length).toBe(pages)
  await mkdir(join('test-results', 'screens'), { recursive: true })
  for (const png of pngs) await copyFile(join(dir, png), join('test-results', 'screens', `report-${png}`))
})

for (const language of ['fr', 'en', 'de'] as const) {
  for (const viewport of [
    { width: 1400, height: 900 },
    { width: 1280, height: 720 },
  ]) {
    test(`the report in ${language} at ${viewport.width}×${viewport.height}`, async ({ page }) => {
      test.setTimeout(120_000)
      await page.setViewportSize(viewport)
      await openReport(page, language)
      await expect(page.getByTestId('report-kpis')).toBeVisible()
      // The page scrolls no wider than the window.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        viewport.width,
      )
      await page.screenshot({ path: `test-results/screens/report-${language}-${viewport.width}.png` })
      await page.getByTestId('report-plan').scrollIntoViewIfNeeded()
      await page.screenshot({ path: `test-results/screens/report-${language}-${viewport.width}-plan.png` })
      await page.getByTestId('nav-workforce').click()
      const chooser = page.waitForEvent('filechooser')
      await page.getByTestId('import-roster').click()
      await (await chooser).setFiles(join(__dirname, '..', 'fixtures', 'import', 'roster-names-emails.csv'))
      await expect(page.getByTestId('import-preview')).toBeVisible()
      await expect(page.getByTestId('import-dropped-column')).toHaveCount(2)
      await page.screenshot({ path: `test-results/screens/import-preview-${language}-${viewport.width}.png` })
    })
  }
}
