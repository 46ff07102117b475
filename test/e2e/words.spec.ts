// Words in the user's language through the UI: formula errors, the Sources notes, the sample's grade names and the Réel paste, in FR, EN and DE.
import { expect, test, type Page } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { pasteInto } from '../support/pasteCells'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

async function open(page: Page, language: 'fr' | 'en' | 'de'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 720 })
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready')
  await page.getByTestId(`language-${language}`).click()
  await expect(page.getByTestId(`language-${language}`)).toHaveAttribute('aria-pressed', 'true')
}

/** mathjs's own English, which must never reach a user. */
const MATHJS = /Unexpected|Parenthesis \)|Value expected|\(char \d+\)|Undefined symbol/

const FORMULA = {
  en: {
    field: 'Automatic — New sales growth',
    parenthesis: 'a closing parenthesis “)” is missing (character 7)',
    end: 'it stops before it is complete (character 4)',
    name: 'unknown name: foo',
    infinite: 'an infinite value (a division by zero?) in 2028 (t = 2)',
  },
  de: {
    field: 'Automatik — Wachstum der Neuverkäufe',
    parenthesis: 'eine schliessende Klammer «)» fehlt (Zeichen 7)',
    end: 'sie endet, bevor sie vollständig ist (Zeichen 4)',
    name: 'unbekannten Namen: foo',
    infinite: 'für 2028 (t = 2) einen unendlichen Wert (Division durch null?)',
  },
} as const

for (const language of ['en', 'de'] as const) {
  test(`${language}: a broken formula is explained in ${language}, naming its field, and nothing is stored`, async ({
    page,
  }) => {
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await open(page, language)
    const words = FORMULA[language]
    await page.getByTestId('nav-market').click()
    await page.getByTestId('edit-segments/automatic/newSalesGrowth').click()
    const id = 'series-segments/automatic/newSalesGrowth'
    const editor = page.getByTestId(id)
    await editor.getByTestId(`${id}-mode-formula`).check()
    const formula = page.getByTestId(`${id}-formula`)
    const problems = editor.getByTestId('field-problems')

    // "(1 + 2" has six characters: the ")" is missing at the seventh.
    await formula.fill('(1 + 2')
    await expect(problems).toContainText(words.field)
    await expect(problems).toContainText(words.parenthesis)
    await expect(formula).toHaveAttribute('aria-invalid', 'true')
    await page.screenshot({ path: `test-results/screens/words-formula-${language}.png` })
    await formula.press('Enter')
    await expect(problems).toContainText(words.parenthesis)
    expect(await problems.textContent()).not.toMatch(MATHJS)

    await formula.fill('2 *')
    await expect(problems).toContainText(words.end)
    await formula.fill('foo + 1')
    await expect(problems).toContainText(words.name)
    // 1 / (t − 2) divides by zero in the third year, 2026 + 2.
    await formula.fill('1 / (t - 2)')
    await expect(problems).toContainText(words.infinite)
    const text = (await problems.textContent()) ?? ''
    expect(text).not.toMatch(MATHJS)
    // Neither French nor the English of mathjs in German.
    if (language === 'de') expect(text).not.toMatch(/formule|formula|cannot/)
    await expect(page.getByTestId('undo')).toBeDisabled()
    expect(errors).toEqual([])
  })
}

test('en: the Sources notes are in English, the cited titles as cited, numbers Swiss', async ({ page }) => {
  await open(page, 'en')
  await page.getByTestId('nav-sources').click()
  const table = page.getByTestId('sources-table')
  const row = table.locator('tbody tr', { hasText: 'Available working time per person (AWT)' })
  await expect(row).toContainText("1'712 h/yr")
  await expect(row).toContainText('The 9 public holidays are assumed.')
  // The source is cited in its own language.
  await expect(row).toContainText('CCT de l’industrie horlogère')
  const text = (await table.textContent()) ?? ''
  expect(text).not.toContain('Les 9 jours fériés sont supposés.')
  expect(text).not.toContain('Hypothèse')
  expect(text).not.toMatch(/\d \d{3}\b/)
  await page.screenshot({ path: 'test-results/screens/words-sources-en.png' })

  await page.getByTestId('language-de').click()
  await expect(row).toHaveCount(0)
  const german = table.locator('tbody tr', { hasText: 'Verfügbare Arbeitszeit pro Person (AWT)' })
  await expect(german).toContainText('Die 9 Feiertage sind angenommen.')
  await page.screenshot({ path: 'test-results/screens/words-sources-de.png' })
})

const GRADES = {
  fr: { reception: 'Réception', polisher: 'Polisseur/euse', control: 'Contrôle' },
  en: { reception: 'Reception', polisher: 'Polisher', control: 'Control' },
  de: { reception: 'Empfang', polisher: 'Polierer/in', control: 'Kontrolle' },
} as const

for (const language of ['fr', 'en', 'de'] as const) {
  test(`${language}: the Geneva grades at the counter are named in ${language} on Effectifs`, async ({
    page,
  }) => {
    await open(page, language)
    await page.getByTestId('nav-workforce').click()
    const editor = page.getByTestId('editor-workforce')
    for (const [id, name] of Object.entries(GRADES[language])) {
      const row = editor
        .locator('th[scope="row"]')
        .filter({ has: page.locator('code.ed-id', { hasText: id }) })
      await expect(row.first()).toContainText(name)
      // No other language's name for it.
      for (const other of Object.values(GRADES)) {
        const theirs = other[id as keyof typeof other]
        if (theirs !== name) await expect(row.first()).not.toContainText(theirs)
      }
    }
  })
}

test('en: a Réel paste that mixes a total with grades is refused in English by its row; a good one is stored', async ({
  page,
}) => {
  await open(page, 'en')
  await page.getByTestId('nav-actuals').click()
  const status = page.getByTestId('actuals-status')

  // The workshop total and the first grade under it, for 2026: a total and a breakdown at once.
  await pasteInto(page.getByTestId('actual-headcount-total-2026'), '40\n6')
  await expect(status).toContainText('Headcount (FTE)')
  await expect(status).toContainText('2026')
  await expect(status).toContainText('give either the workshop total or the figures by grade, not both')
  await expect(status).toHaveAttribute('role', 'alert')
  await expect(page.getByTestId('actual-headcount-total-2026')).toHaveValue('')
  await expect(page.getByTestId('actual-headcount-reception-2026')).toHaveValue('')
  await expect(page.getByTestId('undo')).toBeDisabled()

  // A negative figure is refused by its row, before anything is sent.
  const cell = page.getByTestId('actual-headcount-reception-2027')
  await cell.fill('-3')
  await cell.press('Enter')
  await expect(status).toContainText('Headcount (FTE) · Reception, 2027: “-3” is negative')

  // Two grades over two years: four figures, stored and shown.
  await pasteInto(page.getByTestId('actual-headcount-reception-2026'), '6\t6.5\n4\t4')
  await expect(status).toHaveText('4 figures pasted.')
  await expect(page.getByTestId('actual-headcount-reception-2027')).toHaveValue('6.5')
  await expect(page.getByTestId('actual-headcount-polisher-2026')).toHaveValue('4')
  await expect(page.getByTestId('undo')).toBeEnabled()
})

test('de: an actuals file with bad cells is previewed with every error in German, by line and column', async ({
  page,
}) => {
  await open(page, 'de')
  await page.getByTestId('nav-actuals').click()
  await page.getByTestId('actuals-import-file').setInputFiles({
    name: 'ist.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'year,metric,key,value\n2026,headcount,watchmaker,"4,5"\n2026,hedcount,watchmaker,4\n',
    ),
  })
  const errors = page.getByTestId('actuals-import-errors').locator('li')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0)).toHaveText(
    "Zeile 2, Spalte value: «4,5» hat ein Komma; Dezimalstellen mit Punkt schreiben (1'234.5)",
  )
  await expect(errors.nth(1)).toContainText('Zeile 3, Spalte metric: «hedcount» ist keine bekannte Zahl')
  expect(await page.getByTestId('actuals-import-errors').textContent()).not.toMatch(/Line|column|is not/)
  await expect(page.getByTestId('actuals-import-confirm')).toBeDisabled()
})

test('en: a roster file with errors is previewed with its reasons in English, by line and column', async ({
  page,
}) => {
  await open(page, 'en')
  await page.getByTestId('nav-workforce').click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByTestId('import-roster').click()
  // The grade "apprentice" is not one of the sample's; "abc" is not an age.
  await (
    await chooser
  ).setFiles({
    name: 'roster.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Grade,Age,FTE\nwatchmaker,34,1\napprentice,29,1\nsenior,abc,1\n'),
  })
  const errors = page.getByTestId('import-error')
  await expect(errors).toHaveCount(2)
  await expect(errors.nth(0)).toContainText('unknown grade “apprentice”; this scenario has: reception')
  await expect(errors.nth(1)).toContainText('“abc” is not a number')
  await expect(page.getByTestId('import-confirm')).toBeDisabled()
})
