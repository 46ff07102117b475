// Monte Carlo: N projections with uncertain figures drawn from a seed, in chunks any number of workers can run, merged exactly.
import { ModelInputError, type Problem } from '../model/problems'
import type { ModelInput } from '../model/types'
import { quantilesOf, type Quantiles } from './percentile'
import { createProjector, type Projector } from './projector'
import { runUniforms } from './rng'
import {
  drawAt,
  prepareUncertaintyOrThrow,
  valueFor,
  withValues,
  type PreparedInput,
  type Uncertainty,
} from './uncertainty'

/** Runs the UI offers by default, and the most one Monte Carlo may ask for. */
export const defaultRuns = 2000
export const maxRuns = 100_000

/** A slice of the runs: run indices firstRun … firstRun + runCount - 1. */
export interface RunRange {
  firstRun: number
  runCount: number
}

/** A run that could not be projected: the engine's message (English, for logs) and its first problem (for the UI). */
export interface RunFailure {
  run: number
  message: string
  problem?: Problem
}

/**
 * What one slice of runs produced, as typed arrays (transferable between workers). Per-year arrays
 * are laid out [runOffset * H + t], runOffset = run - firstRun.
 */
export interface MonteCarloChunk extends RunRange {
  horizonYears: number
  shortageFte: Float64Array
  /** Infinity where the engine's turnaround is null. */
  turnaroundWeeks: Float64Array
  /** Working headcount, all grades (FTE). */
  headcount: Float64Array
  /** 1 where the year is a shortage. */
  shortage: Uint8Array
  peakShortageFte: Float64Array
  totalLostHours: Float64Array
  totalCost: Float64Array
  /** Year index of the first shortage, -1 for none. */
  firstShortageIndex: Int32Array
  /** 1 where the run's input could not be projected (see `failures`); its figures are 0 and not counted. */
  failed: Uint8Array
  /** The first few failures, with the engine's message (English, for logs) and its first problem (for the UI). */
  failures: RunFailure[]
}

/** The chunk's typed-array fields: the one list of what a worker hands over without a copy. */
export const chunkArrayFields = [
  'shortageFte',
  'turnaroundWeeks',
  'headcount',
  'shortage',
  'peakShortageFte',
  'totalLostHours',
  'totalCost',
  'firstShortageIndex',
  'failed',
] as const satisfies readonly (keyof MonteCarloChunk)[]

/** The buffers behind a chunk's typed arrays, for postMessage's transfer list. */
export function chunkBuffers(chunk: MonteCarloChunk): ArrayBuffer[] {
  return chunkArrayFields.map((field) => chunk[field].buffer as ArrayBuffer)
}

/** Everything a run needs, prepared once per worker: the checked uncertainty and a projector. */
export interface MonteCarloSetup {
  input: ModelInput
  items: PreparedInput[]
  projector: Projector
}

/** Per-year P10 / P50 / P90 and mean; null stands for Infinity (turnaround the engine could not compute). */
export interface YearBands {
  p10: (number | null)[]
  p50: (number | null)[]
  p90: (number | null)[]
  mean: (number | null)[]
}

export interface MonteCarloResult {
  runs: number
  seed: number
  /** Runs that projected; every figure below is over these. */
  completedRuns: number
  failedRuns: number
  failures: RunFailure[]
  /** Calendar years, one per entry of the per-year arrays. */
  years: number[]
  shortageFte: YearBands
  turnaroundWeeks: YearBands
  headcount: YearBands
  /** Share of runs whose year is a shortage (0..1). */
  shortageProbability: number[]
  /** Share of runs whose first shortage came in this year or before (0..1, non-decreasing). */
  shortageByYearProbability: number[]
  /** Share of runs with a shortage in any year. */
  anyShortageProbability: number
  peakShortageFte: Quantiles
  totalLostHours: Quantiles
  totalCost: Quantiles
  /** The uncertain figures, with each `apply` made explicit. */
  uncertainty: Uncertainty
}

/**
 * Checks the uncertainty against the input and builds the projector. Throws UncertaintyError when an
 * uncertain figure does not fit, ModelInputError when the input itself cannot be projected.
 */
export function prepareMonteCarlo(input: ModelInput, uncertainty: Uncertainty): MonteCarloSetup {
  const items = prepareUncertaintyOrThrow(input, uncertainty)
  const projector = createProjector(
    input,
    items.map((i) => i.path),
  )
  return { input, items, projector }
}

/** Splits `runs` into `parts` contiguous slices of nearly equal size (the first ones one run longer). */
export function splitRuns(runs: number, parts: number): RunRange[] {
  const count = Math.max(1, Math.min(runs, Math.floor(parts)))
  const ranges: RunRange[] = []
  let first = 0
  for (let i = 0; i < count; i++) {
    const size = Math.floor(runs / count) + (i < runs % count ? 1 : 0)
    ranges.push({ firstRun: first, runCount: size })
    first += size
  }
  return ranges
}

/**
 * Runs one slice. Run i draws its numbers from its own stream (seed, i), one per uncertain figure in
 * list order, so its figures do not depend on the slice it is in.
 */
export function runMonteCarloChunk(setup: MonteCarloSetup, seed: number, range: RunRange): MonteCarloChunk {
  checkSeed(seed)
  const { input, items, projector } = setup
  const H = projector.horizonYears
  const n = range.runCount
  const chunk: MonteCarloChunk = {
    firstRun: range.firstRun,
    runCount: n,
    horizonYears: H,
    shortageFte: new Float64Array(n * H),
    turnaroundWeeks: new Float64Array(n * H),
    headcount: new Float64Array(n * H),
    shortage: new Uint8Array(n * H),
    peakShortageFte: new Float64Array(n),
    totalLostHours: new Float64Array(n),
    totalCost: new Float64Array(n),
    firstShortageIndex: new Int32Array(n),
    failed: new Uint8Array(n),
    failures: [],
  }
  const values = new Array<unknown>(items.length)
  for (let r = 0; r < n; r++) {
    const run = range.firstRun + r
    const uniform = runUniforms(seed, run)
    for (let i = 0; i < items.length; i++) values[i] = valueFor(items[i]!, drawAt(items[i]!, uniform()))
    let figures
    try {
      figures = projector.run(withValues(input, items, values))
    } catch (error) {
      if (!(error instanceof ModelInputError)) throw error
      chunk.failed[r] = 1
      chunk.firstShortageIndex[r] = -1
      if (chunk.failures.length < 5)
        chunk.failures.push({
          run,
          message: error.message,
          ...(error.problems[0] === undefined ? {} : { problem: error.problems[0] }),
        })
      continue
    }
    chunk.shortageFte.set(figures.shortageFte, r * H)
    chunk.turnaroundWeeks.set(figures.turnaroundWeeks, r * H)
    chunk.headcount.set(figures.headcount, r * H)
    chunk.shortage.set(figures.shortage, r * H)
    chunk.peakShortageFte[r] = figures.peakShortageFte
    chunk.totalLostHours[r] = figures.totalLostHours
    chunk.totalCost[r] = figures.totalCost
    chunk.firstShortageIndex[r] =
      figures.firstShortageYear === null ? -1 : figures.firstShortageYear - projector.startYear
  }
  return chunk
}

/**
 * Merges the slices of one Monte Carlo (any number, any order) into its result. The slices must cover
 * runs 0 … runs - 1 exactly once. Figures are gathered in run order before anything is summed or
 * sorted, so the result is the same however the runs were sliced.
 */
export function mergeMonteCarloChunks(
  meta: { startYear: number; runs: number; seed: number; items: readonly PreparedInput[] },
  chunks: readonly MonteCarloChunk[],
): MonteCarloResult {
  const ordered = [...chunks].sort((a, b) => a.firstRun - b.firstRun)
  let next = 0
  for (const c of ordered) {
    if (c.firstRun !== next) throw new Error(`Monte Carlo slices do not cover run ${next} exactly once`)
    next += c.runCount
  }
  if (next !== meta.runs) throw new Error(`Monte Carlo slices cover ${next} runs, not ${meta.runs}`)
  const H = ordered[0]?.horizonYears ?? 0
  const R = meta.runs
  const join = <T extends Float64Array | Uint8Array | Int32Array>(
    make: (n: number) => T,
    pick: (c: MonteCarloChunk) => T,
    per: number,
  ): T => {
    const out = make(R * per)
    for (const c of ordered) out.set(pick(c), c.firstRun * per)
    return out
  }
  const failed = join(
    (n) => new Uint8Array(n),
    (c) => c.failed,
    1,
  )
  const shortageFte = join(
    (n) => new Float64Array(n),
    (c) => c.shortageFte,
    H,
  )
  const turnaround = join(
    (n) => new Float64Array(n),
    (c) => c.turnaroundWeeks,
    H,
  )
  const headcount = join(
    (n) => new Float64Array(n),
    (c) => c.headcount,
    H,
  )
  const shortage = join(
    (n) => new Uint8Array(n),
    (c) => c.shortage,
    H,
  )
  const peak = join(
    (n) => new Float64Array(n),
    (c) => c.peakShortageFte,
    1,
  )
  const lost = join(
    (n) => new Float64Array(n),
    (c) => c.totalLostHours,
    1,
  )
  const cost = join(
    (n) => new Float64Array(n),
    (c) => c.totalCost,
    1,
  )
  const firstIndex = join(
    (n) => new Int32Array(n),
    (c) => c.firstShortageIndex,
    1,
  )

  const done: number[] = []
  for (let r = 0; r < R; r++) if (failed[r] === 0) done.push(r)
  const C = done.length
  const column = (source: Float64Array, t: number, per: number) => {
    const out = new Float64Array(C)
    for (let i = 0; i < C; i++) out[i] = source[done[i]! * per + t]!
    return out
  }
  const bands = (source: Float64Array): YearBands => {
    const b: YearBands = { p10: [], p50: [], p90: [], mean: [] }
    for (let t = 0; t < H; t++) {
      const q = quantilesOf(column(source, t, H))
      b.p10.push(q.p10)
      b.p50.push(q.p50)
      b.p90.push(q.p90)
      b.mean.push(q.mean)
    }
    return b
  }
  const share = (count: number) => (C > 0 ? count / C : 0)
  const shortageProbability: number[] = []
  const shortageByYearProbability: number[] = []
  for (let t = 0; t < H; t++) {
    let inYear = 0
    let byYear = 0
    for (const r of done) {
      inYear += shortage[r * H + t]!
      if (firstIndex[r]! >= 0 && firstIndex[r]! <= t) byYear++
    }
    shortageProbability.push(share(inYear))
    shortageByYearProbability.push(share(byYear))
  }
  let any = 0
  for (const r of done) if (firstIndex[r]! >= 0) any++

  return {
    runs: R,
    seed: meta.seed,
    completedRuns: C,
    failedRuns: R - C,
    failures: ordered.flatMap((c) => c.failures).slice(0, 5),
    years: Array.from({ length: H }, (_, t) => meta.startYear + t),
    shortageFte: bands(shortageFte),
    turnaroundWeeks: bands(turnaround),
    headcount: bands(headcount),
    shortageProbability,
    shortageByYearProbability,
    anyShortageProbability: share(any),
    peakShortageFte: quantilesOf(column(peak, 0, 1)),
    totalLostHours: quantilesOf(column(lost, 0, 1)),
    totalCost: quantilesOf(column(cost, 0, 1)),
    uncertainty: meta.items.map((i) => ({ ...i.spec, apply: i.apply })),
  }
}

export interface MonteCarloOptions {
  /** Number of projections, 1 … maxRuns. */
  runs: number
  /** Any safe integer; the same seed gives the same figures. */
  seed: number
  /** Runs per slice between progress reports (default 250). */
  chunkSize?: number
  /** Called after each slice with the runs done so far. */
  onProgress?: (doneRuns: number, runs: number) => void
  /** Checked between slices; when it returns true the run stops and returns null. */
  isCancelled?: () => boolean
}

/** Runs a whole Monte Carlo in this thread, slice by slice; null when cancelled. Same figures as any split over workers. */
export function runMonteCarlo(
  input: ModelInput,
  uncertainty: Uncertainty,
  options: MonteCarloOptions,
): MonteCarloResult | null {
  checkRuns(options.runs)
  checkSeed(options.seed)
  const setup = prepareMonteCarlo(input, uncertainty)
  const size = Math.max(1, Math.floor(options.chunkSize ?? 250))
  const chunks: MonteCarloChunk[] = []
  for (let first = 0; first < options.runs; first += size) {
    if (options.isCancelled?.() === true) return null
    chunks.push(
      runMonteCarloChunk(setup, options.seed, {
        firstRun: first,
        runCount: Math.min(size, options.runs - first),
      }),
    )
    options.onProgress?.(Math.min(options.runs, first + size), options.runs)
  }
  return mergeMonteCarloChunks(
    { startYear: input.startYear, runs: options.runs, seed: options.seed, items: setup.items },
    chunks,
  )
}

/** Throws RangeError unless 1 <= runs <= maxRuns, a whole number. */
export function checkRuns(runs: number): void {
  if (!Number.isSafeInteger(runs) || runs < 1 || runs > maxRuns)
    throw new RangeError(`runs must be a whole number from 1 to ${maxRuns}, not ${runs}`)
}

/** Throws RangeError unless the seed is a safe integer. */
export function checkSeed(seed: number): void {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a whole number, not ${seed}`)
}
