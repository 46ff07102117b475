// Benchmark: open a workspace with 50 scenarios and 1,000 history steps, and resolve every scenario (goal ≤ 100 ms).
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createSampleWorkspace } from '../electron/store/sample'
import { openWorkspace } from '../electron/store/workspace'
import { atelierGeneve } from '../shared/sample'

export const STORE_BENCH_GOAL_MS = 100

export interface StoreBenchResult {
  name: string
  /** Median over the runs, milliseconds: open + list + resolve all + close. */
  medianMs: number
  runsMs: number[]
  goalMs: number
  scenarios: number
  historySteps: number
}

/** Builds the file with real edits (each one a validated, committed history step), then times opening it. */
export async function runStoreBench(options: { runs?: number } = {}): Promise<StoreBenchResult> {
  const runs = options.runs ?? 7
  const dir = await mkdtemp(join(tmpdir(), 'etabli-bench-'))
  try {
    const path = join(dir, 'bench.etabli')
    const ws = await createSampleWorkspace(path, atelierGeneve)
    const live = await ws.listScenarios()
    const ids = live.map((s) => s.id)
    while (ids.length < 50) {
      const parent = ids[ids.length % live.length]!
      ids.push((await ws.createScenario(parent, `Variante ${ids.length}`)).id)
    }
    let steps = (await ws.history(100_000)).length
    for (let i = 0; steps < 1000; i++, steps++) {
      const id = ids[1 + (i % (ids.length - 1))]!
      const outcome = await ws.setValue(id, 'service/targetTurnaroundWeeks', 6 + (i % 7))
      if (!outcome.ok) throw new Error(`bench setup edit refused: ${outcome.problems[0]?.message}`)
    }
    await ws.close()

    const runsMs: number[] = []
    let scenarios = 0
    for (let r = 0; r < runs; r++) {
      const start = performance.now()
      const opened = await openWorkspace(path)
      const listed = [...(await opened.listScenarios()), ...(await opened.listFrozen())]
      const resolved = await opened.resolveAll()
      await opened.close()
      runsMs.push(performance.now() - start)
      scenarios = listed.length
      if (resolved.length !== listed.length) throw new Error('resolveAll missed a scenario')
    }
    const sorted = [...runsMs].sort((a, b) => a - b)
    return {
      name: 'store: open 50 scenarios / 1,000 history steps, resolve all',
      medianMs: sorted[Math.floor(sorted.length / 2)]!,
      runsMs,
      goalMs: STORE_BENCH_GOAL_MS,
      scenarios,
      historySteps: steps,
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  void runStoreBench().then((result) => {
    const verdict = result.medianMs <= result.goalMs ? 'within' : 'OVER'
    process.stdout.write(
      `${result.name}: median ${result.medianMs.toFixed(1)} ms (${verdict} the ${result.goalMs} ms goal); ` +
        `runs ${result.runsMs.map((m) => m.toFixed(1)).join(', ')}; ${result.scenarios} scenarios, ${result.historySteps} steps\n`,
    )
    if (result.medianMs > result.goalMs) process.exitCode = 1
  })
}
