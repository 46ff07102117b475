// Monte Carlo runs and tornado ends that cannot be projected, through the UI in German: the figure at fault is named by its label, never by its path or the engine's English.
import { expect, test, type Page } from '@playwright/test'
import { startWebServer, type WebServer } from '../support/webServer'
import { openApp } from '../support/appPage'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async ({ context }) => {
  await context.close()
  await server.stop()
})

/** Stores the uncertain figures of the shown scenario through the API, as the editor would. */
async function setUncertainty(page: Page, uncertainty: unknown[]): Promise<void> {
  const scenarioId = Number(await page.getByTestId('scenario-select').inputValue())
  const reply = await page.evaluate(
    async ({ scenarioId, uncertainty }) => {
      const token = sessionStorage.getItem('etabli.token')
      const response = await fetch('/api/scenario:setUncertainty', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ scenarioId, uncertainty }),
      })
      return (await response.json()) as { ok: boolean }
    },
    { scenarioId, uncertainty },
  )
  expect(reply.ok).toBe(true)
}

// Growths of 1e39 a year or more outgrow what can be computed within the Geneva sample's horizon, so every
// run and both ends of the tornado fail on Quartz's pre-owned growth (MODEL.md: growth is at most 1'000 %/yr).
const hopeless = [
  { path: 'segments/quartz/preOwnedGrowth', distribution: { kind: 'uniform', min: 1e39, max: 1e40 } },
]
// Words of the raw failure that must never reach a reader.
const raw = ['segments', 'preOwnedGrowth', '[0]', 'must be', 'it must', 'Error']

test('a Monte Carlo whose runs fail, and a tornado whose ends fail, name the figure in German', async ({
  page,
}) => {
  const errors = await openApp(page, server.url)
  await page.getByTestId('language-de').click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await setUncertainty(page, hopeless)
  await page.getByTestId('nav-decisions').click()
  await expect(page.getByTestId('screen-decisions')).toBeVisible()

  await page.getByTestId('mc-runs').fill('200')
  await page.getByTestId('mc-run').click()
  await expect(page.getByTestId('mc-progress')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  const failed = page.getByTestId('mc-failed')
  // Written by hand from decisions.de.ts (mc.failed), the sample's names and editors.de.ts (field, constantBounds).
  await expect(failed).toContainText('200 Ziehungen konnten nicht projiziert werden')
  await expect(failed).toContainText('Quarz — Wachstum der Occasionen: beträgt')
  await expect(failed).toContainText('muss höchstens 10 sein')
  const mcText = (await failed.textContent()) ?? ''
  for (const word of raw) expect(mcText, word).not.toContain(word)
  await page.screenshot({ path: 'test-results/screens/decision-failures-mc-de.png', fullPage: true })

  await page.getByTestId('decisions-tab-sensitivity').click()
  await expect(page.getByTestId('tornado-status')).toHaveAttribute('data-state', 'done', { timeout: 30_000 })
  const note = page.getByTestId('tornado-failed')
  await expect(note).toContainText(
    '1 Annahme konnte an einem ihrer Enden nicht berechnet werden und wird nicht gezeigt: Wachstum der Occasionen · Quarz',
  )
  await expect(note).toContainText('Quarz — Wachstum der Occasionen: beträgt')
  // Every assumption failed: the panel must not claim that none changes the key figure.
  await expect(page.getByText('Keine Annahme verändert diese Kennzahl.')).toHaveCount(0)
  const tornadoText = (await note.textContent()) ?? ''
  for (const word of raw) expect(tornadoText, word).not.toContain(word)
  await page.screenshot({ path: 'test-results/screens/decision-failures-tornado-de.png', fullPage: true })
  expect(errors).toEqual([])
})
