// Messages from main in the UI language, through the UI: a store refusal reads in English or German with nothing of the other languages, and a sample opened in English names its scenarios in English.
import { expect, test, type Page } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { openApp } from '../support/appPage'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

/** Switches the UI language, closes the default (French) workspace and opens `key` from the welcome screen. */
async function openSampleIn(page: Page, language: 'en' | 'de', key: string): Promise<void> {
  await page.getByTestId(`language-${language}`).click()
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  await page.getByTestId('workspace-close').click()
  await expect(page.getByTestId('welcome')).toBeVisible()
  await page.getByTestId(`open-sample-${key}`).click()
  await expect(page.getByTestId('kpi-strip')).toBeVisible()
}

// The boutique trains nobody, so the doubled-academy template changes nothing: the store refuses it.
// Expected texts written by hand from the locale files and the sample's base name in that language.
const cases = [
  {
    language: 'en' as const,
    banner: 'The template “Doubled academy” changes nothing in Base.',
    foreign: ['modèle', 'ne change rien', 'Vorlage', 'ändert', 'nichts'],
  },
  {
    language: 'de' as const,
    banner: 'Die Vorlage «Verdoppelte Akademie» ändert nichts an Basis.',
    foreign: ['template', 'changes', 'nothing', 'modèle', 'rien', 'académie'],
  },
]

for (const { language, banner, foreign } of cases) {
  test(`a template that changes nothing is refused in ${language}, with no word of another language`, async ({
    page,
  }) => {
    const errors = await openApp(page, server.url)
    await openSampleIn(page, language, 'boutique-preowned')
    await page.getByTestId('template-open').click()
    const dialog = page.getByTestId('template-dialog')
    await dialog.getByTestId('template-academy').check()
    await dialog.getByTestId('template-apply').click()
    const shown = page.getByTestId('error-banner')
    await expect(shown).toBeVisible()
    await expect(shown.locator('span')).toHaveText(banner)
    const text = (await shown.locator('span').textContent()) ?? ''
    for (const word of foreign) expect(text.toLowerCase(), word).not.toContain(word.toLowerCase())
    await page.screenshot({ path: `test-results/screens/messages-template-${language}.png` })
    expect(errors).toEqual([])
  })
}

test('a rename to a name already taken is refused in German, naming the scenario', async ({ page }) => {
  const errors = await openApp(page, server.url)
  await openSampleIn(page, 'de', 'atelier-geneve')
  await page.getByTestId('scenario-select').selectOption({ label: 'Rezession 2027' })
  await page.getByRole('button', { name: 'Umbenennen', exact: true }).click()
  await page.getByTestId('prompt-input').fill('Gebrauchtuhren-Boom')
  await page.getByTestId('prompt-ok').click()
  const shown = page.getByTestId('error-banner').locator('span')
  await expect(shown).toHaveText('Es gibt bereits ein Szenario namens Gebrauchtuhren-Boom.')
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText('Rezession 2027')
  expect(errors).toEqual([])
})

test('the Geneva sample opened in English names its scenarios in English', async ({ page }) => {
  const errors = await openApp(page, server.url)
  // Opened at start in French: the scenario names are French.
  await expect(page.getByTestId('scenario-select').locator('option')).toContainText(['Boom du pré-owné'])
  await openSampleIn(page, 'en', 'atelier-geneve')
  await expect(page.getByTestId('workspace-name')).toHaveText('Geneva workshop (sample)')
  await expect(page.getByTestId('scenario-select').locator('option')).toHaveText([
    // The base is named "Base": no "(base)" mark repeating it (ScenarioBar).
    'Base',
    'Pre-owned boom',
    '2027 recession',
    'Competition for watchmakers',
    'Competition + doubled academy',
  ])
  await page.screenshot({ path: 'test-results/screens/messages-sample-en.png' })
  expect(errors).toEqual([])
})

// A request the schema refuses reads as a sentence naming the field, never zod's English or a raw path.
// Expected texts written by hand from messages.{fr,de}.ts (words.request) and the schemas' limits (200 characters).
test('a refused request names its field in the UI language: a too long name, a file that is no table', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  await page.getByTestId('language-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  const before = await page.getByTestId('scenario-select').locator('option:checked').textContent()
  await page.getByRole('button', { name: 'Umbenennen', exact: true }).click()
  await page.getByTestId('prompt-input').fill('x'.repeat(201))
  await page.getByTestId('prompt-ok').click()
  const banner = page.getByTestId('error-banner').locator('span')
  await expect(banner).toHaveText('Name: höchstens 200 Zeichen sind erlaubt; nichts wurde geändert.')
  await expect(page.getByTestId('scenario-select').locator('option:checked')).toHaveText(before ?? '')

  // The file chooser offers .csv and .xlsx; a file picked with "all files" is refused by main.
  await page.getByTestId('language-fr').click()
  await page.getByTestId('nav-actuals').click()
  await page.getByTestId('actuals-import-file').setInputFiles({
    name: 'chiffres.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from('annee;effectif\n2026;37\n'),
  })
  const alert = page.getByTestId('actuals-import-error')
  await expect(alert).toHaveText(
    'Nom du fichier : seuls les fichiers .csv et .xlsx peuvent être importés ; rien n’a été modifié.',
  )
  for (const raw of ['Invalid request', 'fileName', 'must be', 'actuals:importPreview'])
    expect((await alert.textContent()) ?? '', raw).not.toContain(raw)
  await page.screenshot({ path: 'test-results/screens/messages-request-fr.png' })
  expect(errors).toEqual([])
})
