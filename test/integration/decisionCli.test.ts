// The decision commands of the CLI in-process: montecarlo and solve on JSON files and on a .etabli workspace scenario.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli } from '../../electron/cli/main'
import type { CliIo } from '../../electron/cli/io'
import { createSampleWorkspace } from '../../electron/store/sample'
import type { MonteCarloResult } from '../../shared/decision/montecarlo'
import { project } from '../../shared/engine'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import { atelierGeneve } from '../../shared/sample'
import { makeTempDir } from '../fixtures/storeFiles'
import { makeInput } from '../support/makeInput'
import { oneGrade } from '../support/solverCases'

/** An in-memory io (files in a map, streams in strings); paths not in the map are read from disk. */
function fakeIo(files: Record<string, string> = {}) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> }
  const io: CliIo = {
    stdout: (text) => void (out.stdout += text),
    stderr: (text) => void (out.stderr += text),
    readFile: async (path) => (path in files ? files[path]! : readFile(path, 'utf8')),
    writeFile: async (path, text) => void (out.written[path] = text),
  }
  return { io, out }
}

const files = {
  'geneve.json': JSON.stringify(atelierGeneve.base),
  'small.json': JSON.stringify(makeInput()),
  'uncertain.json': JSON.stringify([
    { path: 'segments/automatic/installedBase', distribution: { kind: 'uniform', min: 15000, max: 30000 } },
  ]),
  'wrong-path.json': JSON.stringify([
    { path: 'grades/nobody/hoursPerFte', distribution: { kind: 'uniform', min: 1, max: 2 } },
  ]),
  'not-a-list.json': JSON.stringify({ path: 'x' }),
}

async function run(...argv: string[]) {
  const { io, out } = fakeIo(files)
  const code = await runCli(argv, io)
  return { code, ...out }
}

describe('etabli montecarlo', () => {
  it('prints percentiles per year as JSON, the same for the same seed', async () => {
    const a = await run('montecarlo', 'geneve.json', '--runs', '200', '--seed', '5')
    expect(a.code).toBe(0)
    const result = JSON.parse(a.stdout) as MonteCarloResult
    expect(result.runs).toBe(200)
    expect(result.seed).toBe(5)
    expect(result.years).toHaveLength(atelierGeneve.base.horizonYears)
    for (const band of [result.shortageFte, result.turnaroundWeeks, result.headcount]) {
      expect(band.p10).toHaveLength(15)
      band.p10.forEach((p10, t) => {
        expect(p10!).toBeLessThanOrEqual(band.p50[t]!)
        expect(band.p50[t]!).toBeLessThanOrEqual(band.p90[t]!)
      })
    }
    // The default uncertainty: three market figures per segment.
    expect(result.uncertainty).toHaveLength(3 * atelierGeneve.base.segments.length)
    const again = await run('montecarlo', 'geneve.json', '--runs', '200', '--seed', '5')
    expect(again.stdout).toBe(a.stdout)
    const other = await run('montecarlo', 'geneve.json', '--runs', '200', '--seed', '6')
    expect(other.stdout).not.toBe(a.stdout)
  })

  it('reads the uncertain figures from --uncertain and writes to --out', async () => {
    const r = await run(
      'montecarlo',
      'small.json',
      '-n',
      '100',
      '--uncertain',
      'uncertain.json',
      '--out',
      'mc.json',
    )
    expect(r.code).toBe(0)
    expect(r.stdout).toBe('')
    const result = JSON.parse(r.written['mc.json']!) as MonteCarloResult
    expect(result.uncertainty).toEqual([
      {
        path: 'segments/automatic/installedBase',
        apply: 'set',
        distribution: { kind: 'uniform', min: 15000, max: 30000 },
      },
    ])
    // Demand rises with the installed base, so the P90 shortage is at least the P10 one in every year.
    result.shortageFte.p90.forEach((p90, t) =>
      expect(p90!).toBeGreaterThanOrEqual(result.shortageFte.p10[t]!),
    )
  })

  it('reports wrong uncertain figures (exit 1) and wrong command lines (exit 2)', async () => {
    const wrong = await run('montecarlo', 'small.json', '--uncertain', 'wrong-path.json')
    expect(wrong.code).toBe(1)
    expect(wrong.stderr).toMatch(/wrong-path\.json: 1 problem/)
    expect(wrong.stderr).toMatch(/grades\/nobody\/hoursPerFte/)
    const notList = await run('montecarlo', 'small.json', '--uncertain', 'not-a-list.json')
    expect(notList.code).toBe(1)
    expect((await run('montecarlo', 'small.json', '--runs', 'many')).code).toBe(2)
    expect((await run('montecarlo', 'small.json', '--runs', '0')).code).toBe(2)
    expect((await run('montecarlo', 'small.json', '--seed', '1.5')).code).toBe(2)
    expect((await run('montecarlo')).code).toBe(2)
    expect((await run('montecarlo', 'missing.json')).code).toBe(1)
  })
})

describe('etabli solve', () => {
  it('prints feasible, cost, the plan and a plannedInput the engine runs without shortage', async () => {
    const r = await run('solve', 'geneve.json', '--max-intake', '4', '--bench-cost', '30000')
    expect(r.code).toBe(0)
    const report = JSON.parse(r.stdout) as {
      feasible: boolean
      cost: number
      plan: { benchExpansions: { costPerBench: number }[] }
      plannedInput: ModelInput
      options: { maxIntake: Record<string, number>; benchCost: number }
    }
    expect(report.feasible).toBe(true)
    expect(validateInput(report.plannedInput).ok).toBe(true)
    const planned = project(report.plannedInput)
    expect(planned.years.map((y) => y.status)).not.toContain('shortage')
    expect(report.cost).toBeCloseTo(planned.summary.totalCost, 3)
    expect(report.options.benchCost).toBe(30000)
    expect(Object.values(report.options.maxIntake)).toEqual([4, 4, 4])
    for (const e of report.plan.benchExpansions) expect(e.costPerBench).toBe(30000)
  })

  it('plans whole people with --whole: 4 hires where the fractional plan has 3.52', async () => {
    // One grade, 10 FTE of 1,000 h, demand 12,000 h, a hire works half its first year: 0.98 × 12,000 h
    // served needs 3.52 hires, so 4 whole ones (test/integration/solverSmall.test.ts derives 3.52).
    const { io, out } = fakeIo({ 'one.json': JSON.stringify(oneGrade()) })
    expect(await runCli(['solve', 'one.json', '--whole'], io)).toBe(0)
    const whole = JSON.parse(out.stdout) as {
      feasible: boolean
      plan: { extraHires: Record<string, number[]> }
      options: { whole: boolean }
      plannedSummary: { firstShortageYear: number | null }
    }
    expect(whole.feasible).toBe(true)
    expect(whole.options.whole).toBe(true)
    expect(whole.plan.extraHires.w).toEqual([4])
    expect(whole.plannedSummary.firstShortageYear).toBeNull()
    const fractional = fakeIo({ 'one.json': JSON.stringify(oneGrade()) })
    expect(await runCli(['solve', 'one.json'], fractional.io)).toBe(0)
    const plan = (JSON.parse(fractional.out.stdout) as typeof whole).plan
    expect(plan.extraHires.w![0]).toBeCloseTo(3.52, 6)
  })

  it('refuses wrong amounts (exit 2) and invalid input (exit 1)', async () => {
    expect((await run('solve', 'geneve.json', '--max-intake', '-1')).code).toBe(2)
    expect((await run('solve', 'geneve.json', '--bench-cost', 'cheap')).code).toBe(2)
    const bad = makeInput()
    bad.grades[0]!.hoursPerFte = -5
    const { io, out } = fakeIo({ 'bad.json': JSON.stringify(bad) })
    expect(await runCli(['solve', 'bad.json'], io)).toBe(1)
    expect(out.stderr).toMatch(/hoursPerFte/)
  })
})

describe('on a .etabli workspace', () => {
  let dir: string
  let remove: () => Promise<void>
  let path: string

  beforeAll(async () => {
    ;({ dir, remove } = await makeTempDir('etabli-decision-cli-'))
    path = join(dir, 'geneve.etabli')
    const ws = await createSampleWorkspace(path, atelierGeneve)
    await ws.close()
  })

  afterAll(async () => {
    await remove()
  })

  it('runs both commands on a named scenario', async () => {
    const scenario = atelierGeneve.scenarios[0]!
    const mc = await run('montecarlo', path, '--scenario', scenario.name, '--runs', '50', '--seed', '3')
    expect(mc.code).toBe(0)
    const result = JSON.parse(mc.stdout) as MonteCarloResult
    expect(result.runs).toBe(50)
    const solved = await run('solve', path, '--scenario', scenario.name, '--max-intake', '4')
    expect(solved.code).toBe(0)
    const report = JSON.parse(solved.stdout) as { plannedInput: ModelInput; feasible: boolean }
    // The plan builds on the scenario's own input: its overrides are still there.
    const scenarioInput = applyOverrides(atelierGeneve.base, scenario.overrides).input
    expect(report.plannedInput.segments.map((s) => s.preOwnedGrowth)).toEqual(
      scenarioInput.segments.map((s) => s.preOwnedGrowth),
    )
    if (report.feasible) expect(project(report.plannedInput).summary.firstShortageYear).toBeNull()
    const missing = await run('solve', path, '--scenario', 'No such scenario')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/no scenario named/)
  })
})
