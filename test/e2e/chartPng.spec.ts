// A chart exported as PNG through the UI: a download whose image has a white, opaque background with the chart drawn on it.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { decodePng } from '../support/png'
import { startWebServer, type WebServer } from '../support/webServer'

let server: WebServer

test.beforeEach(async () => {
  server = await startWebServer()
})

test.afterEach(async () => {
  await server.stop()
})

test('the demand/capacity chart downloads as a PNG on white, with its heading and its ink', async ({
  page,
}) => {
  await page.goto(server.url)
  await expect(page.locator('body')).toHaveAttribute('data-app-state', 'ready', { timeout: 20_000 })
  const figure = page.getByTestId('chart-demand-capacity')
  // Charts are drawn when they come on screen (Chart.tsx): bring it into view first.
  await figure.scrollIntoViewIfNeeded()
  await expect(figure).toHaveAttribute('data-revision', /\d+/)
  const canvasWidth = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.width)

  const download = page.waitForEvent('download')
  await figure.getByRole('button', { name: 'PNG' }).click()
  const file = await download
  expect(file.suggestedFilename()).toBe('demand-capacity.png')
  const png = decodePng(await readFile((await file.path())!))

  // The chart canvas with 16 px of margin on each side (at this page's pixel ratio of 1).
  expect(png.width).toBe(canvasWidth + 32)
  const at = (x: number, y: number) =>
    Array.from(png.rgba.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4))
  for (const [x, y] of [
    [0, 0],
    [png.width - 1, 0],
    [0, png.height - 1],
    [png.width - 1, png.height - 1],
  ] as const) {
    expect({ x, y, pixel: at(x, y) }).toEqual({ x, y, pixel: [255, 255, 255, 255] })
  }
  let transparent = 0
  let inked = 0
  for (let i = 0; i < png.rgba.length; i += 4) {
    if (png.rgba[i + 3]! < 255) transparent++
    // Clearly darker than white: text, axes, bars and lines.
    if (png.rgba[i]! + png.rgba[i + 1]! + png.rgba[i + 2]! < 600) inked++
  }
  // Chart.js leaves its canvas transparent: every pixel of the export is opaque, so nothing shows through.
  expect(transparent).toBe(0)
  expect(inked).toBeGreaterThan((png.width * png.height) / 100)
  // The heading (the chart's title) is drawn in the band above the chart.
  let headingInk = 0
  for (let y = 16; y < 34; y++) for (let x = 16; x < 200; x++) if (at(x, y)[0]! < 128) headingInk++
  expect(headingInk).toBeGreaterThan(20)
})
