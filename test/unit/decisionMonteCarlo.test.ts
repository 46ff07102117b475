// Monte Carlo: seeded determinism, any split of the runs, percentiles against closed forms, the projector against project().
import { describe, expect, it } from 'vitest'
import {
  chunkArrayFields,
  chunkBuffers,
  mergeMonteCarloChunks,
  prepareMonteCarlo,
  runMonteCarlo,
  runMonteCarloChunk,
  splitRuns,
  type MonteCarloChunk,
} from '../../shared/decision/montecarlo'
import { quantileSorted } from '../../shared/decision/percentile'
import { createProjector } from '../../shared/decision/projector'
import { runUniforms } from '../../shared/decision/rng'
import {
  defaultUncertainty,
  drawAt,
  prepareUncertaintyOrThrow,
  valueFor,
  withValues,
  type Uncertainty,
} from '../../shared/decision/uncertainty'
import { ModelInputError, project } from '../../shared/engine'
import type { ModelInput } from '../../shared/model/types'
import { applyOverrides } from '../../shared/model/overrides'
import { atelierGeneve } from '../../shared/sample'
import { makeInput } from '../support/makeInput'

/**
 * One grade of 10 FTE at 1,000 h, no flows; demand = installedBase hours every year (uptake 1, interval 1,
 * 1 h per job); abandonRate 1 so no backlog carries. So shortageFte = max(0, installedBase - 10,000) / 1,000.
 */
function trivialInput(): ModelInput {
  return makeInput({
    horizonYears: 2,
    grades: [
      { id: 'w', hoursPerFte: 1000, attritionRate: 0, promotionRate: 0, salaryPerFte: 50000, hireCost: 0 },
    ],
    jobTypes: [{ id: 'job', grade: 'w' }],
    segments: [
      {
        id: 's',
        installedBase: 20000,
        scrapRate: 0,
        newSales: 0,
        newSalesGrowth: 0,
        preOwned: 0,
        preOwnedGrowth: 0,
        serviceIntervalYears: 1,
        serviceUptake: 1,
        warrantyClaimRate: 0,
        preOwnedServiceRate: 0,
        jobMix: { job: 1 },
        hoursPerJob: { job: 1 },
      },
    ],
    workforce: { roster: [{ grade: 'w', age: 30, fte: 10 }], hireAge: 30, hires: {}, marketLimit: {} },
    training: [],
    benches: { initial: 100, shifts: 1, expansions: [] },
    service: {
      initialBacklogHours: 0,
      abandonRate: 1,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0,
      productivityGain: 0,
      rampUpFactor: 1,
    },
  })
}

const baseUncertain: Uncertainty = [
  { path: 'segments/s/installedBase', distribution: { kind: 'uniform', min: 5000, max: 25000 } },
]

describe('Monte Carlo percentiles against a closed form', () => {
  it('shortage linear in a uniform input: P10/P50/P90, mean and shortage probability', () => {
    const runs = 4000
    const result = runMonteCarlo(trivialInput(), baseUncertain, { runs, seed: 11 })!
    // installedBase ~ U(5,000, 25,000): quantile q is 5,000 + 20,000 q; shortageFte = max(0, IB - 10,000) / 1,000.
    const shortageAt = (q: number) => Math.max(0, 5000 + 20000 * q - 10000) / 1000
    // Standard error of a quantile of a uniform: width * sqrt(q (1 - q) / n) / 1,000 h per FTE.
    const se = (q: number) => (20000 * Math.sqrt((q * (1 - q)) / runs)) / 1000
    for (let t = 0; t < 2; t++) {
      expect(result.shortageFte.p10[t]).toBe(0)
      expect(Math.abs(result.shortageFte.p50[t]! - shortageAt(0.5))).toBeLessThanOrEqual(4 * se(0.5))
      expect(Math.abs(result.shortageFte.p90[t]! - shortageAt(0.9))).toBeLessThanOrEqual(4 * se(0.9))
      // E[max(0, IB - 10,000)] / 1,000 = (15,000^2 / 2) / 20,000 / 1,000 = 5.625 FTE.
      expect(Math.abs(result.shortageFte.mean[t]! - 5.625)).toBeLessThanOrEqual(0.25)
      // Shortage when IB > 10,000: probability 0.75.
      expect(Math.abs(result.shortageProbability[t]! - 0.75)).toBeLessThanOrEqual(
        4 * Math.sqrt((0.75 * 0.25) / runs),
      )
      expect(result.headcount.p10[t]).toBe(10)
      expect(result.headcount.p90[t]).toBe(10)
      expect(result.turnaroundWeeks.p50[t]).toBe(4)
    }
    expect(result.shortageByYearProbability[0]).toBe(result.shortageProbability[0])
    expect(result.anyShortageProbability).toBe(result.shortageByYearProbability[1])
    expect(result.completedRuns).toBe(runs)
    expect(result.years).toEqual([2026, 2027])
    // Peak shortage is the same figure (both years alike): its P90 is the year's P90.
    expect(result.peakShortageFte.p90).toBe(result.shortageFte.p90[0])
  })

  it('interpolates order statistics (type 7) and keeps Infinity at the top', () => {
    const sorted = Float64Array.from([1, 2, 3, 4, 5])
    expect(quantileSorted(sorted, 0.1)).toBeCloseTo(1.4, 12)
    expect(quantileSorted(sorted, 0.5)).toBe(3)
    expect(quantileSorted(Float64Array.from([1, 2, Infinity]), 0.9)).toBe(Infinity)
    expect(quantileSorted(Float64Array.from([1, 2, Infinity]), 0.25)).toBe(1.5)
  })
})

describe('seeded determinism', () => {
  // A scenario of the sample with a shortage, so that another seed moves the shortage figures.
  const input = genevaWithShortage()
  const uncertainty: Uncertainty = [
    ...defaultUncertainty(input),
    { path: 'grades/watchmaker/attritionRate', distribution: { kind: 'normal', mean: 0.04, sd: 0.02 } },
    {
      path: 'training/apprenticeship/captureRate',
      distribution: { kind: 'triangular', min: 0.3, mode: 0.5, max: 0.7 },
    },
  ]

  it('gives the same figures for the same seed and different ones for another seed', () => {
    const a = runMonteCarlo(input, uncertainty, { runs: 300, seed: 2026 })
    const b = runMonteCarlo(input, uncertainty, { runs: 300, seed: 2026 })
    const c = runMonteCarlo(input, uncertainty, { runs: 300, seed: 2027 })
    expect(a).toEqual(b)
    expect(c!.shortageFte.p50).not.toEqual(a!.shortageFte.p50)
  })

  it('gives the same figures however the runs are split among workers and in whatever order they finish', () => {
    const runs = 301
    const seed = 99
    const whole = runMonteCarlo(input, uncertainty, { runs, seed, chunkSize: runs })!
    const setup = prepareMonteCarlo(input, uncertainty)
    const meta = { startYear: input.startYear, runs, seed, items: setup.items }
    for (const parts of [1, 2, 3, 7]) {
      const chunks = splitRuns(runs, parts).map((r) => runMonteCarloChunk(setup, seed, r))
      expect(mergeMonteCarloChunks(meta, chunks.reverse())).toEqual(whole)
    }
    // Uneven slices, each from a separate setup (as separate workers would build).
    const ranges = [
      { firstRun: 200, runCount: 101 },
      { firstRun: 0, runCount: 13 },
      { firstRun: 13, runCount: 187 },
    ]
    const chunks: MonteCarloChunk[] = ranges.map((r) =>
      runMonteCarloChunk(prepareMonteCarlo(input, uncertainty), seed, r),
    )
    expect(mergeMonteCarloChunks(meta, chunks)).toEqual(whole)
    // Missing or overlapping slices are refused.
    expect(() => mergeMonteCarloChunks(meta, chunks.slice(1))).toThrow(/cover/)
    expect(() => mergeMonteCarloChunks(meta, [...chunks, chunks[0]!])).toThrow(/cover/)
  })

  it('hands over every typed array of a chunk, and only those, to the transfer list', () => {
    const chunk = runMonteCarloChunk(prepareMonteCarlo(input, uncertainty), 7, { firstRun: 0, runCount: 5 })
    const typed = Object.entries(chunk)
      .filter(([, v]) => ArrayBuffer.isView(v))
      .map(([k]) => k)
      .sort()
    expect([...chunkArrayFields].sort()).toEqual(typed)
    const buffers = chunkBuffers(chunk)
    expect(buffers).toHaveLength(typed.length)
    expect(buffers).toContain(chunk.totalCost.buffer)
    expect(buffers).toContain(chunk.failed.buffer)
  })

  it('splits runs into contiguous slices covering every run once', () => {
    expect(splitRuns(10, 3)).toEqual([
      { firstRun: 0, runCount: 4 },
      { firstRun: 4, runCount: 3 },
      { firstRun: 7, runCount: 3 },
    ])
    expect(splitRuns(2, 8)).toHaveLength(2)
  })

  it('reports progress and stops when cancelled', () => {
    const seen: number[] = []
    const done = runMonteCarlo(input, [], {
      runs: 50,
      seed: 1,
      chunkSize: 20,
      onProgress: (d) => seen.push(d),
    })
    expect(seen).toEqual([20, 40, 50])
    expect(done).not.toBeNull()
    let calls = 0
    const cancelled = runMonteCarlo(input, [], {
      runs: 50,
      seed: 1,
      chunkSize: 20,
      isCancelled: () => ++calls > 1,
    })
    expect(cancelled).toBeNull()
  })

  it('refuses bad runs and seeds', () => {
    expect(() => runMonteCarlo(input, [], { runs: 0, seed: 1 })).toThrow(/runs/)
    expect(() => runMonteCarlo(input, [], { runs: 100_001, seed: 1 })).toThrow(/runs/)
    expect(() => runMonteCarlo(input, [], { runs: 10, seed: 1.5 })).toThrow(/seed/)
  })
})

describe('the projector reruns only what changed, with the same figures as project()', () => {
  const cases: { name: string; input: ModelInput; uncertainty: Uncertainty }[] = [
    {
      name: 'market (default)',
      input: atelierGeneve.base,
      uncertainty: defaultUncertainty(atelierGeneve.base),
    },
    {
      name: 'workforce and training',
      input: atelierGeneve.base,
      uncertainty: [
        { path: 'grades/senior/attritionRate', distribution: { kind: 'uniform', min: 0, max: 0.1 } },
        {
          path: 'training/academy/intake',
          apply: 'scale',
          distribution: { kind: 'lognormal', median: 1, sigma: 0.3 },
        },
        {
          path: 'training/apprenticeship/initialStudents',
          distribution: { kind: 'uniform', min: 0.5, max: 1.5 },
        },
        { path: 'workforce/roster', distribution: { kind: 'uniform', min: 0.9, max: 1.1 } },
        { path: 'workforce/hires/master', distribution: { kind: 'uniform', min: 0, max: 2 } },
        { path: 'workforce/marketLimit/senior', distribution: { kind: 'uniform', min: 0, max: 0.6 } },
      ],
    },
    {
      name: 'capacity, service and cost',
      input: makeInput(),
      uncertainty: [
        { path: 'service/rampUpFactor', distribution: { kind: 'normal', mean: 0.5, sd: 0.3 } },
        { path: 'service/abandonRate', distribution: { kind: 'uniform', min: 0.1, max: 0.9 } },
        { path: 'benches/initial', distribution: { kind: 'uniform', min: 6, max: 14 } },
        { path: 'grades/master/hoursPerFte', distribution: { kind: 'normal', mean: 1500, sd: 300 } },
        {
          path: 'grades/watchmaker/salaryPerFte',
          distribution: { kind: 'uniform', min: 80000, max: 100000 },
        },
        {
          path: 'training/apprenticeship/costPerStudentYear',
          distribution: { kind: 'uniform', min: 0, max: 30000 },
        },
        { path: 'service/productivityGain', distribution: { kind: 'uniform', min: 0, max: 0.05 } },
      ],
    },
  ]
  for (const { name, input, uncertainty } of cases) {
    it(name, () => {
      const items = prepareUncertaintyOrThrow(input, uncertainty)
      const projector = createProjector(
        input,
        items.map((i) => i.path),
      )
      for (let run = 0; run < 25; run++) {
        const u = runUniforms(5, run)
        const variant = withValues(
          input,
          items,
          items.map((item) => valueFor(item, drawAt(item, u()))),
        )
        const expected = project(variant)
        const got = projector.run(variant)
        expect(Array.from(got.shortageFte)).toEqual(expected.years.map((y) => y.shortageFte))
        expect(Array.from(got.turnaroundWeeks)).toEqual(
          expected.years.map((y) => y.turnaroundWeeks ?? Infinity),
        )
        expect(Array.from(got.shortage)).toEqual(expected.years.map((y) => (y.status === 'shortage' ? 1 : 0)))
        const headcount = expected.years.map((y) =>
          input.grades.reduce((sum, g) => sum + y.headcount[g.id]!, 0),
        )
        expect(Array.from(got.headcount)).toEqual(headcount)
        expect(got.firstShortageYear).toBe(expected.summary.firstShortageYear)
        expect(got.peakShortageFte).toBe(expected.summary.peakShortageFte)
        expect(got.totalLostHours).toBe(expected.summary.totalLostHours)
        expect(got.totalCost).toBe(expected.summary.totalCost)
      }
    })
  }
})

/** Atelier Genève with its "Concurrence pour les horlogers" scenario: the sample's Base has no shortage. */
function genevaWithShortage(): ModelInput {
  const scenario = atelierGeneve.scenarios.find((s) => s.name === 'Concurrence pour les horlogers')!
  return applyOverrides(atelierGeneve.base, scenario.overrides).input
}

describe('the projector refuses what project() refuses', () => {
  // +2'000 %/yr is beyond the engine's ceiling of +1'000 %/yr (docs/model-equations.md "Bounds"), but within
  // the uncertain field's own range (growth ≥ −100 %): a draw there must fail as the engine fails.
  it.each([
    ['segments/automatic/preOwnedGrowth', 20],
    ['segments/automatic/newSalesGrowth', [20, ...Array(14).fill(0.02)]],
  ])('%s at %j', (path, value) => {
    const base = atelierGeneve.base
    const variant = applyOverrides(base, [{ path, value }]).input
    expect(() => project(variant)).toThrow(ModelInputError)
    const projector = createProjector(base, [path])
    expect(() => projector.run(variant)).toThrow(ModelInputError)
    // Within the ceiling, both give the same figures.
    const fine = applyOverrides(base, [{ path, value: 0.5 }]).input
    expect(projector.run(fine).totalCost).toBe(project(fine).summary.totalCost)
  })
})
