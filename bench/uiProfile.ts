// `npx tsx bench/uiProfile.ts [edits|boot] [regexp]`: a CPU profile (Chrome's sampling profiler) of edits or of the first paint in browser mode, summed by function, for finding what a `npm run bench -- ui` phase spends its time on.
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../scripts/chromium.cjs'
import { startWebServer } from '../test/support/webServer'
import { BENCH_VIEWPORT, EDITED_FIELD } from './ui'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

/** Self time by function (name, file and line) and by file, the largest first. */
function summarise(profile: Profile, top = 30, focus?: RegExp): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const byFunction = new Map<string, number>()
  const byFile = new Map<string, number>()
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame
    const file = f.url.replace(/^.*\//, '') || '(native)'
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
    byFile.set(file, (byFile.get(file) ?? 0) + us)
  }
  const lines = (m: Map<string, number>, n: number) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `  ${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n')
  // Inclusive time: each sample counts once for every distinct function on its stack.
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const inclusive = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame
      if (!f.url) continue
      seen.add(`${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}`)
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  return (
    `by file:\n${lines(byFile, 10)}\nby function (self time):\n${lines(byFunction, top)}\n` +
    `by function (total time, callees included):\n${lines(inclusive, 2 * top)}\n` +
    (focus
      ? `functions matching ${focus}:\n${lines(new Map([...inclusive].filter(([k]) => focus.test(k))), 100)}\n`
      : '')
  )
}

async function main(): Promise<void> {
  const what = process.argv[2] ?? 'edits'
  const server = await startWebServer()
  const browser = await chromium.launch({ executablePath: findChromium().path, args: chromiumArgs })
  try {
    const page = await browser.newPage({ viewport: BENCH_VIEWPORT })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Profiler.enable')
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
    const ready = 'body[data-app-state="ready"] [data-testid="chart-demand-capacity"][data-revision]'
    if (what === 'boot') {
      await cdp.send('Profiler.start')
      await page.goto(server.url)
      await page.waitForSelector(ready)
    } else {
      await page.goto(server.url)
      await page.waitForSelector(ready)
      const field = page.getByTestId(EDITED_FIELD)
      await cdp.send('Profiler.start')
      for (let i = 0; i < 40; i++) {
        const figure = page.getByTestId('chart-demand-capacity')
        const before = await figure.getAttribute('data-revision')
        await field.fill(String(((i % 4) + 1) * 0.5))
        await field.press('Enter')
        await page.waitForFunction(
          (b) =>
            document.querySelector('[data-testid="chart-demand-capacity"]')?.getAttribute('data-revision') !==
            b,
          before,
        )
      }
    }
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile }
    process.stdout.write(summarise(profile, 30, process.argv[3] ? new RegExp(process.argv[3]) : undefined))
  } finally {
    await browser.close()
    await server.stop()
  }
}

void main()
