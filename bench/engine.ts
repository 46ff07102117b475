// Engine benchmarks: a sample-sized projection, a large one (each also as v2 with every policy on), and 10,000 projections of perturbed sample-sized inputs.
import { project } from '../shared/engine'
import { validateInput } from '../shared/model/schema'
import type { Grade, ModelInput, Programme, RosterEntry, Segment } from '../shared/model/types'
import { withEveryPolicy } from '../test/support/makeInput'
import type { BenchCase } from './run'

/** A small seeded generator (mulberry32): the same inputs on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** x scaled by a factor in [1 - spread, 1 + spread]; exact when spread is 0. */
function jitter(rng: () => number, x: number, spread: number): number {
  return spread === 0 ? x : x * (1 + spread * (2 * rng() - 1))
}

/** A number written into a formula (so perturbed inputs also get distinct formulas to compile). */
function literal(x: number): string {
  return x.toPrecision(6)
}

/**
 * The size of a real workshop scenario: 15 years, 3 grades, 5 segments, 3 programmes, a roster of 40
 * ages; 12 series are formulas (4 distinct). With `spread` > 0 every figure moves by up to that
 * fraction, and formula coefficients too when `perturbFormulas` (then each input has its own formulas).
 */
export function sampleSizedInput(
  rng: () => number = seededRandom(1),
  spread = 0,
  perturbFormulas = false,
): ModelInput {
  const j = (x: number) => jitter(rng, x, spread)
  const f = (x: number) => literal(perturbFormulas ? jitter(rng, x, spread) : x)
  const grades: Grade[] = [
    {
      id: 'technician',
      hoursPerFte: j(1600),
      attritionRate: j(0.08),
      promotionRate: j(0.06),
      salaryPerFte: j(72000),
      hireCost: j(9000),
    },
    {
      id: 'watchmaker',
      hoursPerFte: j(1550),
      attritionRate: j(0.05),
      promotionRate: j(0.04),
      salaryPerFte: j(92000),
      hireCost: j(15000),
    },
    {
      id: 'master',
      hoursPerFte: j(1450),
      attritionRate: j(0.03),
      promotionRate: 0,
      salaryPerFte: j(125000),
      hireCost: j(30000),
    },
  ]
  const jobTypes = [
    { id: 'battery', grade: 'technician' },
    { id: 'polish', grade: 'technician' },
    { id: 'full-service', grade: 'watchmaker' },
    { id: 'chronograph', grade: 'watchmaker' },
    { id: 'complication', grade: 'master' },
  ]
  const segment = (
    id: string,
    base: number,
    sales: number,
    interval: number,
    mix: Record<string, number>,
    hours: Record<string, number>,
  ): Segment => ({
    id,
    installedBase: j(base),
    scrapRate: j(0.02),
    newSales: j(sales),
    newSalesGrowth: `${f(0.03)} - ${f(0.001)} * t`,
    preOwned: j(sales / 3),
    preOwnedGrowth: j(0.08),
    serviceIntervalYears: j(interval),
    serviceUptake: `min(0.6, ${f(0.3)} + ${f(0.01)} * t)`,
    warrantyClaimRate: j(0.04),
    preOwnedServiceRate: j(0.5),
    jobMix: mix,
    hoursPerJob: Object.fromEntries(Object.entries(hours).map(([k, v]) => [k, j(v)])),
  })
  const segments: Segment[] = [
    segment('quartz', 60000, 9000, 3, { battery: 0.8, polish: 0.2 }, { battery: 0.5, polish: 1 }),
    segment(
      'automatic',
      120000,
      18000,
      7,
      { 'full-service': 0.75, polish: 0.25 },
      { 'full-service': 6.5, polish: 1.2 },
    ),
    segment(
      'chronograph',
      40000,
      5000,
      6,
      { chronograph: 0.8, polish: 0.2 },
      { chronograph: 9, polish: 1.2 },
    ),
    segment(
      'complication',
      6000,
      500,
      5,
      { complication: 0.9, polish: 0.1 },
      { complication: 30, polish: 2 },
    ),
    segment(
      'vintage',
      8000,
      0,
      8,
      { 'full-service': 0.5, complication: 0.5 },
      { 'full-service': 10, complication: 25 },
    ),
  ]
  const roster: RosterEntry[] = []
  for (let i = 0; i < 40; i++) {
    roster.push({ grade: grades[i % 3].id, age: 22 + i, fte: j(1 + (i % 4)) })
  }
  const programme = (
    id: string,
    d: number,
    intake: string | number,
    entryGrade: string,
    cost: number,
  ): Programme => ({
    id,
    durationYears: d,
    intake,
    dropoutRate: j(0.1),
    captureRate: j(0.7),
    entryGrade,
    entryAge: 20,
    supervisionHoursPerStudent: j(120),
    supervisorGrade: 'master',
    benchSharePerStudent: j(0.5),
    costPerStudentYear: j(cost),
  })
  return {
    schemaVersion: 1,
    startYear: 2026,
    horizonYears: 15,
    retirementAge: 65,
    grades,
    jobTypes,
    segments,
    workforce: {
      roster,
      hireAge: 30,
      hires: {
        technician: j(2),
        watchmaker: `${f(2)} + ${f(0.2)} * t`,
        master: [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      },
      marketLimit: { watchmaker: j(4), master: 1.5 },
    },
    training: [
      programme('apprenticeship', 4, `${f(6)} + ${f(0.2)} * t`, 'watchmaker', 18000),
      programme('wostep', 2, j(3), 'watchmaker', 25000),
      programme('in-house', 1, j(4), 'technician', 8000),
    ],
    benches: { initial: j(90), shifts: 1, expansions: [{ year: 2029, benches: 10, costPerBench: j(25000) }] },
    service: {
      initialBacklogHours: j(5000),
      abandonRate: j(0.3),
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0.02,
      productivityGain: j(0.01),
      rampUpFactor: j(0.6),
    },
  }
}

/** A large scenario: 60 years, 10 grades, 20 job types, 30 segments, 10 programmes, 400 roster cohorts. */
export function largeInput(rng: () => number = seededRandom(2)): ModelInput {
  const G = 10
  const grades: Grade[] = Array.from({ length: G }, (_, g) => ({
    id: `grade-${g}`,
    hoursPerFte: 1400 + 20 * g,
    attritionRate: 0.03 + 0.01 * rng(),
    promotionRate: g === G - 1 ? 0 : 0.05 * rng(),
    salaryPerFte: 70000 + 6000 * g,
    hireCost: 10000 + 2000 * g,
  }))
  const jobTypes = Array.from({ length: 2 * G }, (_, i) => ({ id: `job-${i}`, grade: grades[i % G].id }))
  const segments: Segment[] = Array.from({ length: 30 }, (_, s) => {
    const keys = [0, 1, 2, 3, 4].map((k) => jobTypes[(s + 3 * k) % jobTypes.length].id)
    const weights = keys.map(() => 0.1 + rng())
    const total = weights.reduce((a, b) => a + b, 0)
    const jobMix: Record<string, number> = {}
    let rest = 1
    keys.forEach((k, i) => {
      jobMix[k] = i === keys.length - 1 ? rest : weights[i] / total
      rest -= jobMix[k]
    })
    return {
      id: `segment-${s}`,
      installedBase: 20000 + 100000 * rng(),
      scrapRate: 0.02,
      newSales: 1000 + 10000 * rng(),
      newSalesGrowth: s % 3 === 0 ? '0.03 - 0.0004 * t' : 0.02,
      preOwned: 500 + 3000 * rng(),
      preOwnedGrowth: s % 3 === 1 ? 'max(0, 0.1 - 0.002 * t)' : 0.05,
      serviceIntervalYears: 3 + 5 * rng(),
      serviceUptake: s % 2 === 0 ? `min(0.6, ${(0.25 + 0.1 * rng()).toFixed(3)} + 0.004 * t)` : 0.35,
      warrantyClaimRate: 0.04,
      preOwnedServiceRate: 0.5,
      jobMix,
      hoursPerJob: Object.fromEntries(keys.map((k) => [k, 0.5 + 10 * rng()])),
    }
  })
  const roster: RosterEntry[] = []
  for (let g = 0; g < G; g++)
    for (let a = 0; a < 40; a++) roster.push({ grade: grades[g].id, age: 20 + a, fte: 0.5 + 3 * rng() })
  const training: Programme[] = Array.from({ length: 10 }, (_, p) => ({
    id: `programme-${p}`,
    durationYears: 1 + (p % 4),
    intake: p % 2 === 0 ? `${(2 + 6 * rng()).toFixed(2)} + 0.05 * t` : 2 + 6 * rng(),
    dropoutRate: 0.1,
    captureRate: 0.7,
    entryGrade: grades[p % 4].id,
    entryAge: 19 + (p % 5),
    supervisionHoursPerStudent: 100,
    supervisorGrade: grades[G - 1 - (p % 3)].id,
    benchSharePerStudent: 0.5,
    costPerStudentYear: 15000,
  }))
  return {
    schemaVersion: 1,
    startYear: 2026,
    horizonYears: 60,
    retirementAge: 65,
    grades,
    jobTypes,
    segments,
    workforce: {
      roster,
      hireAge: 28,
      hires: Object.fromEntries(
        grades.map((g, i) => [g.id, i % 2 === 0 ? `${(3 * rng()).toFixed(2)} + 0.02 * t` : 2 * rng()]),
      ),
      marketLimit: Object.fromEntries(grades.slice(0, 5).map((g) => [g.id, 3])),
    },
    training,
    benches: {
      initial: 500,
      shifts: 1,
      expansions: [2030, 2040, 2050, 2060].map((year) => ({ year, benches: 50, costPerBench: 25000 })),
    },
    service: {
      initialBacklogHours: 20000,
      abandonRate: 0.3,
      baseTurnaroundWeeks: 4,
      targetTurnaroundWeeks: 8,
      shortageTolerance: 0.02,
      productivityGain: 0.01,
      rampUpFactor: 0.6,
    },
  }
}

function assertValid(input: ModelInput): ModelInput {
  const validation = validateInput(input)
  if (!validation.ok)
    throw new Error(`bench input is invalid:\n${validation.problems.map((p) => p.message).join('\n')}`)
  return input
}

/** The engine's cases; formula series are compiled inside every timed projection. */
export function engineCases(): BenchCase[] {
  const sample = assertValid(sampleSizedInput())
  const large = assertValid(largeInput())
  const sampleV2 = assertValid(withEveryPolicy(sample))
  const largeV2 = assertValid(withEveryPolicy(large))
  const rng = seededRandom(3)
  const perturbed = Array.from({ length: 10_000 }, () => sampleSizedInput(rng, 0.1))
  const perturbedFormulas = Array.from({ length: 10_000 }, () => sampleSizedInput(rng, 0.1, true))
  perturbed.slice(0, 100).forEach(assertValid)
  perturbedFormulas.slice(0, 100).forEach(assertValid)
  return [
    {
      name: 'engine (a): one projection, 15 y, 3 grades, 5 segments, 3 programmes, 40 ages',
      goalMs: 0.2,
      runs: 3000,
      warmupRuns: 500,
      fn: () => project(sample),
      note: '12 formula series (4 distinct): compiled and evaluated in the first run, then served by the formula cache',
    },
    {
      name: 'engine (b): one projection, 60 y, 10 grades, 30 segments, 10 programmes',
      goalMs: 5,
      runs: 200,
      warmupRuns: 20,
      fn: () => project(large),
    },
    {
      name: 'engine (a v2): (a) as version 2 with every policy on',
      goalMs: 0.2 * 1.3,
      runs: 3000,
      warmupRuns: 500,
      fn: () => project(sampleV2),
      note: 'backfill, gap hiring, 3-year ramp-up, retirement profile, resale mix, places, overtime, outsourcing, revenue, grade status',
    },
    {
      name: 'engine (b v2): (b) as version 2 with every policy on',
      goalMs: 5 * 1.3,
      runs: 200,
      warmupRuns: 20,
      fn: () => project(largeV2),
    },
    {
      name: 'engine (b v2 / b): (b v2) and (b) timed in alternation, v2 within +30 % of v1 (medianMs: median of v2 / v1 × 100 over the pairs)',
      goalMs: 130,
      measure: async () => {
        // Alternating the two cancels the drift of a shared machine's load, which separate cases do not.
        for (let i = 0; i < 20; i++) {
          project(large)
          project(largeV2)
        }
        const v1: number[] = []
        const v2: number[] = []
        for (let i = 0; i < 300; i++) {
          let start = performance.now()
          project(large)
          v1.push(performance.now() - start)
          start = performance.now()
          project(largeV2)
          v2.push(performance.now() - start)
        }
        const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
        // Each v2 run against the v1 run just before it: a burst of load hits one pair, not the whole ratio.
        const ratios = v2.map((ms, i) => (100 * ms) / v1[i]!)
        return {
          medianMs: median(ratios),
          runsMs: ratios,
          details: { v1MedianMs: median(v1), v2MedianMs: median(v2) },
        }
      },
      note: 'a ratio in percent, not milliseconds: min and max are those of run-by-run ratios',
    },
    {
      name: 'engine (c): 10,000 projections of (a), every figure perturbed by up to 10 %',
      goalMs: 2000,
      runs: 5,
      warmupRuns: 1,
      fn: () => {
        for (const input of perturbed) project(input)
      },
      note: 'formulas as in (a): the cache serves them',
    },
    {
      name: "engine (c'): 10,000 projections of (a), figures and formula coefficients perturbed",
      goalMs: 2000,
      runs: 3,
      warmupRuns: 0,
      fn: () => {
        for (const input of perturbedFormulas) project(input)
      },
      note: 'each input has its own 8 formulas: every projection parses, compiles and evaluates them (cold)',
    },
    {
      name: 'engine: validateInput of (a) (includes one projection)',
      goalMs: 1,
      runs: 1000,
      warmupRuns: 100,
      fn: () => validateInput(sample),
      note: 'no goal in the issue; for information',
    },
  ]
}
