// The fixed data of one solve: the scenario's projection, its series and limits, and the solver's options resolved.
import { benchesByYear, splitInitialBacklog } from '../../shared/engine/derived'
import { resolveSeries } from '../../shared/engine/series'
import type { SolveOptions } from '../../shared/decision/plan'
import { defaultBenchCost, defaultMaxIntake } from '../../shared/decision/solverDefaults'
import { ModelInputError } from '../../shared/model/problems'
import type { ModelInput, ModelResult, Series } from '../../shared/model/types'
import { measureResponses, type Responses } from './responses'

/** Everything the programs are built from, fixed for one solve. Arrays by [entity * H + t]. */
export interface Setup {
  input: ModelInput
  H: number
  G: number
  P: number
  gradeIds: string[]
  programmeIds: string[]
  responses: Responses
  /** The scenario's own projection: W, J, students, demand. */
  headcount: Float64Array
  joiners: Float64Array
  students: Float64Array
  /** Demand per grade; year 0 includes the grade's share of the initial backlog. */
  demand: Float64Array
  /** The scenario's planned hires series (FTE/yr), and all it hires with its policies after the market limit (Hr). */
  plannedHires: Float64Array
  hires: Float64Array
  /** The most the market yields (Infinity: no limit). */
  hireCap: Float64Array
  /** The scenario's intake series, the students it admits (AD, within its places), and the most the plan may admit. */
  intake: Float64Array
  admitted: Float64Array
  intakeCap: Float64Array
  /** Most students per year from the options (per programme, before the places); reported in the result. */
  maxIntake: number[]
  /** True for a programme whose places (maxIntake) are below the options' maximum in some year. */
  placesBind: boolean[]
  /** (v2) Share of full hours a joiner gives in its 1st, 2nd, … year. */
  rampUp: number[]
  /** (v2) Overtime: most as a share of capacity, and its cost per hour per grade (CHF/h). */
  overtimeShare: number
  overtimeCost: number[]
  /** (v2) Outsourced hours available per grade and year, and their price per grade (CHF/h). */
  outsourcingHours: Float64Array
  outsourcingCost: number[]
  /** Plan whole hires and whole students (integer columns). */
  whole: boolean
  /** Benches in place each year before the plan (initial + expansions so far). */
  benches: Float64Array
  benchCost: number
  /** Largest unserved share of the year's demand that keeps both the tolerance and the turnaround target. */
  allowedShare: number
  /** False when no plan can meet the target (it is below the base turnaround). */
  targetReachable: boolean
  allowHires: boolean
  allowIntake: boolean
  allowBenches: boolean
}

/**
 * Resolves series, options and a projection into the fixed data of the programs. `base` is the
 * scenario's projection with gap hiring left out (see `withoutGapHiring`).
 */
export function prepare(input: ModelInput, base: ModelResult, options: SolveOptions): Setup {
  const H = input.horizonYears
  const G = input.grades.length
  const P = input.training.length
  const gradeIds = input.grades.map((g) => g.id)
  const programmeIds = input.training.map((p) => p.id)
  const series = (value: Series, path: string) => {
    const resolved = resolveSeries(value, H, input.startYear, path, { min: 0 })
    if (!resolved.ok) throw new ModelInputError(resolved.problems)
    return resolved.values
  }
  const headcount = new Float64Array(G * H)
  const joiners = new Float64Array(G * H)
  const students = new Float64Array(P * H)
  const demand = new Float64Array(G * H)
  const hires = new Float64Array(G * H)
  const admitted = new Float64Array(P * H)
  base.years.forEach((y, t) => {
    gradeIds.forEach((id, g) => {
      headcount[g * H + t] = y.headcount[id]!
      joiners[g * H + t] = y.joiners[id]!
      demand[g * H + t] = y.demandHours[id]!
      hires[g * H + t] = y.hires[id]!
    })
    programmeIds.forEach((id, p) => {
      students[p * H + t] = y.students[id]!
      admitted[p * H + t] = y.admitted[id]!
    })
  })
  // Year 0's effective demand includes the initial backlog, split like the year's demand.
  const backlog0 = splitInitialBacklog(
    input.service.initialBacklogHours,
    gradeIds.map((_, g) => demand[g * H]!),
  )
  for (let g = 0; g < G; g++) demand[g * H] = demand[g * H]! + backlog0[g]!

  const plannedHires = new Float64Array(G * H)
  const hireCap = new Float64Array(G * H).fill(Infinity)
  const { outsourcing = {} } = input.service
  const outsourcingHours = new Float64Array(G * H)
  gradeIds.forEach((id, g) => {
    if (Object.hasOwn(input.workforce.hires, id))
      plannedHires.set(series(input.workforce.hires[id]!, `workforce/hires/${id}`), g * H)
    if (Object.hasOwn(input.workforce.marketLimit, id))
      hireCap.set(series(input.workforce.marketLimit[id]!, `workforce/marketLimit/${id}`), g * H)
    if (Object.hasOwn(outsourcing, id))
      outsourcingHours.set(series(outsourcing[id]!.maxHours, `service/outsourcing/${id}/maxHours`), g * H)
  })
  const intake = new Float64Array(P * H)
  const intakeCap = new Float64Array(P * H)
  const placesBind = input.training.map(() => false)
  const maxIntake = input.training.map((p, i) => {
    const values = series(p.intake, `training/${p.id}/intake`)
    intake.set(values, i * H)
    const places = p.maxIntake === undefined ? null : series(p.maxIntake, `training/${p.id}/maxIntake`)
    const given = options.maxIntake
    const most =
      typeof given === 'number'
        ? given
        : given !== undefined && Object.hasOwn(given, p.id)
          ? given[p.id]!
          : defaultMaxIntake(values, places ?? undefined)
    for (let t = 0; t < H; t++) {
      // The engine admits at most the places whatever the intake, so the plan cannot go beyond them.
      const cap = places === null ? most : Math.min(most, places[t]!)
      if (cap < most) placesBind[i] = true
      intakeCap[i * H + t] = cap
    }
    return most
  })
  const benches = Float64Array.from(benchesByYear(input))
  const benchCost = options.benchCost ?? defaultBenchCost(input)
  if (!(benchCost >= 0) || !Number.isFinite(benchCost))
    throw new RangeError('benchCost must be a finite number >= 0')
  for (const m of maxIntake) if (!(m >= 0)) throw new RangeError('maxIntake must be >= 0')

  // Allowed unserved share r of the year's demand D' (see docs/decision-tools.md): U <= tol * D' keeps the
  // tolerance; U * (52 (1 - a) + k) <= k * D' keeps turnaround = base + 52 BL / served within the target.
  const { shortageTolerance, abandonRate, targetTurnaroundWeeks, baseTurnaroundWeeks } = input.service
  const k = targetTurnaroundWeeks - baseTurnaroundWeeks
  const turnaroundShare = abandonRate >= 1 ? Infinity : k / (52 * (1 - abandonRate) + k)
  return {
    input,
    H,
    G,
    P,
    gradeIds,
    programmeIds,
    responses: measureResponses(input),
    headcount,
    joiners,
    students,
    demand,
    plannedHires,
    hires,
    hireCap,
    intake,
    admitted,
    intakeCap,
    maxIntake,
    placesBind,
    rampUp: input.service.rampUp ?? [input.service.rampUpFactor],
    overtimeShare: input.service.overtimeShare ?? 0,
    overtimeCost: input.grades.map(
      (g) => (g.salaryPerFte / g.hoursPerFte) * (1 + (input.service.overtimePremium ?? 0.25)),
    ),
    outsourcingHours,
    outsourcingCost: gradeIds.map((id) =>
      Object.hasOwn(outsourcing, id) ? outsourcing[id]!.costPerHour : 0,
    ),
    whole: options.whole ?? false,
    benches,
    benchCost,
    allowedShare: Math.max(0, Math.min(shortageTolerance, turnaroundShare)),
    targetReachable: k >= 0,
    allowHires: options.allowHires ?? true,
    allowIntake: options.allowIntake ?? true,
    allowBenches: options.allowBenches ?? true,
  }
}

/**
 * The input the program is built on: gap hiring left out. It reacts to last year's unserved work, which a
 * shortage-free plan keeps within the tolerance, so the plan cannot count on it; the re-simulation keeps it on.
 */
export function withoutGapHiring(input: ModelInput): ModelInput {
  if (input.workforce.gapHiring === undefined || Object.keys(input.workforce.gapHiring).length === 0)
    return input
  return { ...input, workforce: { ...input.workforce, gapHiring: {} } }
}
