// Data in and out from the screens, in browser mode: roster imports (personal columns dropped, errors by line), XLSX export, workspace upload and download.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { samples } from '../../shared/sample'
import { startWebServer, type WebServer } from '../support/webServer'

const FIXTURES = join(__dirname, '..', 'fixtures', 'import')
/** The file name carries a person's name, as real exports often do: it must not reach the workspace. */
const ROSTER_FILE = 'effectif-Kessler-2026.csv'
const NAMES = ['Kessler', 'Dubuisson', 'Okafor', 'Ammann', 'Brandt', 'jeanne.kessler', '@example.ch']

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

async function openApp(page: Page): Promise<void> {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
}

/** Clicks an import button and gives the browser's file chooser a file, as a user picking it would. */
async function chooseImport(page: Page, button: string, file: string, name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId(button).click()
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: await readFile(join(FIXTURES, file)) })
  await expect(page.getByTestId('import-preview')).toBeVisible()
}

async function importRoster(page: Page): Promise<void> {
  await page.getByTestId('nav-workforce').click()
  await chooseImport(page, 'import-roster', 'roster-names-emails.csv', ROSTER_FILE)
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('import-dialog')).not.toBeVisible()
}

test('a roster with names and e-mails: both dropped, the pyramid shows the new FTE, the file holds no name, undo restores', async ({
  page,
}) => {
  await openApp(page)
  await page.getByTestId('nav-workforce').click()
  const before = await page.getByTestId('roster-total').textContent()
  await chooseImport(page, 'import-roster', 'roster-names-emails.csv', ROSTER_FILE)
  await expect(page.getByTestId('import-dropped-column')).toHaveText(['Name', 'E-mail'])
  await expect(page.getByTestId('import-rows').locator('tbody tr')).toHaveCount(5)
  await expect(page.getByTestId('import-errors')).toHaveCount(0)
  await page.screenshot({ path: 'test-results/screens/import-preview-fr.png' })
  // Nothing changes before Confirm.
  await expect(page.getByTestId('roster-total')).toHaveText(before!)
  await page.getByTestId('import-confirm').click()
  await expect(page.getByTestId('import-dialog')).not.toBeVisible()
  // 1 + 0.8 + 1 + 0.5 + 1 FTE in the file.
  await expect(page.getByTestId('roster-total')).toHaveText('4.3')

  const file = join(server.dataDir, 'samples', 'atelier-geneve.etabli')
  const bytes = Buffer.concat([
    await readFile(file),
    await readFile(`${file}-wal`).catch(() => Buffer.alloc(0)),
  ])
  for (const text of [...NAMES, ROSTER_FILE, 'effectif-Kessler'])
    expect(bytes.includes(Buffer.from(text)), `${text} in the workspace file`).toBe(false)
  // The history line says what happened without the file or a person.
  await page.getByTestId('nav-history').click()
  await expect(page.getByTestId('history-list')).toContainText('5 rows, 2 columns dropped')

  await page.getByTestId('undo').click()
  await page.getByTestId('nav-workforce').click()
  await expect(page.getByTestId('roster-total')).toHaveText(before!)
})

test('a roster with errors: the preview names line and column, Confirm stays off, Cancel changes nothing', async ({
  page,
}) => {
  await openApp(page)
  await page.getByTestId('nav-workforce').click()
  const before = await page.getByTestId('roster-total').textContent()
  const undoTitle = await page.getByTestId('undo').getAttribute('title')
  await chooseImport(page, 'import-roster', 'roster-errors.csv', 'roster-errors.csv')
  const errors = page.getByTestId('import-error')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0)).toContainText('Ligne 3, colonne « Grade »')
  await expect(errors.nth(1)).toContainText('Ligne 4, colonne « Age »')
  await expect(page.getByTestId('import-confirm')).toBeDisabled()
  await page.getByTestId('import-cancel').click()
  await expect(page.getByTestId('import-dialog')).not.toBeVisible()
  await expect(page.getByTestId('roster-total')).toHaveText(before!)
  expect(await page.getByTestId('undo').getAttribute('title')).toBe(undoTitle)
})

test('export XLSX from Comparer: a sheet per chosen scenario, with the engine’s figures', async ({
  page,
}) => {
  await openApp(page)
  await page.getByTestId('nav-compare').click()
  await expect(page.getByTestId('compare-kpis')).toBeVisible()
  await page.getByTestId('export-menu').locator('summary').click()
  const download = page.waitForEvent('download')
  await page.getByTestId('export-xlsx').click()
  const path = await (await download).path()
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await readFile(path)) as unknown as ExcelJS.Buffer)

  const sample = samples[0]!
  const chosen = [
    { name: sample.baseName, input: sample.base },
    {
      name: sample.scenarios[0]!.name,
      input: applyOverrides(sample.base, sample.scenarios[0]!.overrides).input,
    },
  ]
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    'Summary',
    ...chosen.map((c) => c.name),
    'Inputs',
    'Sources',
  ])
  for (const { name, input } of chosen) {
    const sheet = workbook.getWorksheet(name)!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    const yearCol = header.indexOf('year') + 1
    const shortageCol = header.indexOf('shortageFte') + 1
    const expected = project(input).years
    expect(sheet.actualRowCount).toBe(1 + expected.length)
    expected.forEach((y, i) => {
      expect(sheet.getRow(i + 2).getCell(yearCol).value).toBe(y.year)
      expect(sheet.getRow(i + 2).getCell(shortageCol).value).toBeCloseTo(y.shortageFte, 9)
    })
  }
  expect(workbook.getWorksheet('Sources')!.actualRowCount).toBe(1 + sample.sources.length)
})

test('browser mode: a downloaded workspace uploads again, opens and projects the same', async ({ page }) => {
  await openApp(page)
  await importRoster(page)
  const kpis = (await page.getByTestId('kpi-strip').textContent())!
  const download = page.waitForEvent('download')
  await page.getByTestId('workspace-download').click()
  const saved = await (await download).path()
  const bytes = await readFile(saved)
  expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3')

  await page.getByTestId('workspace-close').click()
  await expect(page.getByTestId('welcome')).toBeVisible()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('workspace-upload').click()
  await (
    await chooser
  ).setFiles({ name: 'atelier-geneve.etabli', mimeType: 'application/octet-stream', buffer: bytes })
  await expect(page.getByTestId('kpi-strip')).toBeVisible()
  // A new file in the data folder, not the sample it came from.
  await expect(page.getByTestId('workspace-name')).toHaveAttribute(
    'title',
    join(server.dataDir, 'atelier-geneve.etabli'),
  )
  await expect(page.getByTestId('kpi-strip')).toHaveText(kpis)
  await page.getByTestId('nav-workforce').click()
  await expect(page.getByTestId('roster-total')).toHaveText('4.3')
})
