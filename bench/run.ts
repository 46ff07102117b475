// `npm run bench [-- suite…]`: runs the registered benchmark suites (warm-up, then median of timed runs) and writes bench/results.json.
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { join } from 'node:path'

/** A case timed by this harness: `fn` runs `warmupRuns` times untimed, then `runs` times timed. */
export interface TimedCase {
  name: string
  /** The goal for the median, milliseconds. */
  goalMs: number
  runs: number
  warmupRuns: number
  fn: () => unknown
  note?: string
}

/** A case that times itself (e.g. one that needs async set-up and tear-down around each run). */
export interface MeasuredCase {
  name: string
  goalMs: number
  measure: () => Promise<{ medianMs: number; runsMs: number[]; details?: Record<string, unknown> }>
  note?: string
}

export type BenchCase = TimedCase | MeasuredCase

export interface BenchResult {
  suite: string
  name: string
  medianMs: number
  goalMs: number
  metGoal: boolean
  runs: number
  minMs: number
  maxMs: number
  /**
   * Mean CPU time (user + system) of the whole process per timed run: all its threads, so the
   * garbage collector's and compiler's helper threads count too and it can exceed the wall time.
   */
  cpuMsPerRun?: number
  note?: string
  details?: Record<string, unknown>
}

/** Every suite by name. To add one, export a list of cases from bench/<suite>.ts and list it here. */
const suites: Record<string, () => Promise<BenchCase[]>> = {
  engine: async () => (await import('./engine')).engineCases(),
  decision: async () => (await import('./decision')).decisionCases(),
  ui: async () => {
    const { runUiBench, FIRST_PAINT_GOAL_MS, EDIT_P95_GOAL_MS } = await import('./ui')
    // One browser session measures all three; the cases share it.
    let run: ReturnType<typeof runUiBench> | null = null
    const once = () => (run ??= runUiBench())
    /** A paint case: the median, the runs and the phases of one kind of start. */
    const paint = async (which: 'firstPaint' | 'laterPaint') => {
      const { medianMs, runsMs, phases } = (await once())[which]
      return { medianMs, runsMs, details: { phasesMs: phases } }
    }
    return [
      {
        name: 'ui: first paint of the sample in Chromium (navigation → ready with a chart drawn)',
        goalMs: FIRST_PAINT_GOAL_MS,
        measure: () => paint('firstPaint'),
      },
      {
        name: 'ui: a later start in Chromium (the code cached by the earlier starts), navigation → ready with a chart drawn',
        goalMs: FIRST_PAINT_GOAL_MS,
        note: 'the first start is the case above; the goal is the same',
        measure: () => paint('laterPaint'),
      },
      {
        name: 'ui: edit → charts redrawn in Chromium, p95 over 50 edits (medianMs holds the p95)',
        goalMs: EDIT_P95_GOAL_MS,
        measure: async () => {
          const { edit } = await once()
          return {
            medianMs: edit.p95Ms,
            runsMs: edit.runsMs,
            details: {
              p50Ms: edit.p50Ms,
              p95Ms: edit.p95Ms,
              phasesMs: edit.phases,
              slowestPhasesMs: edit.slowestPhases,
            },
          }
        },
      },
    ]
  },
  store: async () => {
    const { runStoreBench, STORE_BENCH_GOAL_MS } = await import('./store')
    return [
      {
        name: 'store: open 50 scenarios / 1,000 history steps, resolve all',
        goalMs: STORE_BENCH_GOAL_MS,
        measure: async () => {
          const { medianMs, runsMs, scenarios, historySteps } = await runStoreBench()
          return { medianMs, runsMs, details: { scenarios, historySteps } }
        },
      },
    ]
  },
}

function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function runCase(suite: string, c: BenchCase): Promise<BenchResult> {
  let runsMs: number[]
  let details: Record<string, unknown> | undefined
  let cpuMsPerRun: number | undefined
  let reportedMs: number | undefined
  if ('measure' in c) {
    // A measured case may report another statistic than the median (the UI edit case reports its p95).
    ;({ runsMs, details, medianMs: reportedMs } = await c.measure())
  } else {
    for (let i = 0; i < c.warmupRuns; i++) c.fn()
    runsMs = new Array<number>(c.runs)
    const cpuStart = process.cpuUsage()
    for (let i = 0; i < c.runs; i++) {
      const start = performance.now()
      c.fn()
      runsMs[i] = performance.now() - start
    }
    const cpu = process.cpuUsage(cpuStart)
    cpuMsPerRun = (cpu.user + cpu.system) / 1000 / c.runs
  }
  const sorted = [...runsMs].sort((a, b) => a - b)
  const medianMs = reportedMs ?? median(sorted)
  return {
    suite,
    name: c.name,
    medianMs,
    goalMs: c.goalMs,
    metGoal: medianMs <= c.goalMs,
    runs: runsMs.length,
    minMs: sorted[0],
    maxMs: sorted[sorted.length - 1],
    ...(cpuMsPerRun === undefined ? {} : { cpuMsPerRun }),
    ...(c.note === undefined ? {} : { note: c.note }),
    ...(details === undefined ? {} : { details }),
  }
}

function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(ms < 10 ? 2 : 1)} ms`
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2)
  const unknown = wanted.filter((name) => !Object.hasOwn(suites, name))
  if (unknown.length > 0) {
    process.stderr.write(
      `bench: unknown suite ${unknown.join(', ')}; known: ${Object.keys(suites).join(', ')}\n`,
    )
    process.exitCode = 2
    return
  }
  const names = wanted.length > 0 ? wanted : Object.keys(suites)
  const results: BenchResult[] = []
  for (const suite of names) {
    for (const c of await suites[suite]()) {
      const result = await runCase(suite, c)
      results.push(result)
      const verdict = result.metGoal ? 'ok  ' : 'SLOW'
      process.stdout.write(
        `${verdict} ${result.name}: median ${formatMs(result.medianMs)} (goal ${formatMs(result.goalMs)}, ` +
          `${result.runs} runs, min ${formatMs(result.minMs)}, max ${formatMs(result.maxMs)}` +
          (result.cpuMsPerRun === undefined ? '' : `, CPU ${formatMs(result.cpuMsPerRun)} per run`) +
          ')\n',
      )
    }
  }

  // Keep the results of suites not run this time.
  const file = join(__dirname, 'results.json')
  let previous: BenchResult[]
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { results?: BenchResult[] }
    previous = (parsed.results ?? []).filter((r) => !names.includes(r.suite))
  } catch {
    previous = []
  }
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    results: [...previous, ...results],
  }
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n')
  process.stdout.write(`wrote ${file}\n`)
}

void main()
