// Benchmark in real Chromium through browser mode: first paint of the sample, and edit → charts redrawn (p50/p95 over 50 edits).
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from '@playwright/test'
import { chromiumArgs, findChromium } from '../scripts/chromium.cjs'
import { startWebServer } from '../test/support/webServer'

export const FIRST_PAINT_GOAL_MS = 1500
export const EDIT_P95_GOAL_MS = 50
const EDITS = 50
const PAINTS = 5

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, i)]!
}

function ensureBuilt(): void {
  const root = join(__dirname, '..')
  if (
    existsSync(join(root, 'out', 'renderer', 'index.html')) &&
    existsSync(join(root, 'out', 'main', 'web.js'))
  )
    return
  const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('the build failed')
}

async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium().path,
    args: chromiumArgs,
  })
}

/** Milliseconds from navigation start until the shell is ready and the first chart has been drawn. */
async function firstPaint(page: Page, url: string): Promise<number> {
  await page.goto(url)
  await page.waitForSelector(
    'body[data-app-state="ready"] [data-testid="chart-demand-capacity"][data-revision]',
  )
  return page.evaluate(() => new Promise<number>((r) => requestAnimationFrame(() => r(performance.now()))))
}

/** One edit through the levers panel: Enter pressed → the demand/capacity chart redrawn and painted. */
async function timeEdit(page: Page, value: number): Promise<number> {
  const field = page.getByTestId('lever-target')
  await field.fill(String(value))
  const done = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const figure = document.querySelector('[data-testid="chart-demand-capacity"]') as HTMLElement
        const before = figure.dataset.revision
        let start = 0
        window.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true })
        const observer = new MutationObserver(() => {
          if (figure.dataset.revision === before) return
          observer.disconnect()
          // The next frame is the one that shows the redrawn chart.
          requestAnimationFrame(() => resolve(performance.now() - start))
        })
        observer.observe(figure, { attributes: true, attributeFilter: ['data-revision'] })
      }),
  )
  await field.press('Enter')
  return done
}

export async function runUiBench(): Promise<{
  firstPaint: { medianMs: number; runsMs: number[] }
  edit: { p50Ms: number; p95Ms: number; runsMs: number[] }
}> {
  ensureBuilt()
  const server = await startWebServer()
  const browser = await launch()
  try {
    const paints: number[] = []
    for (let i = 0; i < PAINTS; i++) {
      const context = await browser.newContext({ viewport: { width: 1360, height: 880 } })
      const page = await context.newPage()
      paints.push(await firstPaint(page, server.url))
      await context.close()
    }
    const context = await browser.newContext({ viewport: { width: 1360, height: 880 } })
    const page = await context.newPage()
    await firstPaint(page, server.url)
    const edits: number[] = []
    for (let i = 0; i < EDITS + 3; i++) {
      const ms = await timeEdit(page, 8 + ((i % 4) + 1) * 0.5)
      if (i >= 3) edits.push(ms) // the first edits warm up the JIT
    }
    await context.close()
    const p = [...paints].sort((a, b) => a - b)
    const e = [...edits].sort((a, b) => a - b)
    return {
      firstPaint: { medianMs: percentile(p, 50), runsMs: paints },
      edit: { p50Ms: percentile(e, 50), p95Ms: percentile(e, 95), runsMs: edits },
    }
  } finally {
    await browser.close()
    await server.stop()
  }
}
