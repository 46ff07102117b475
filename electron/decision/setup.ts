// The fixed data of one solve: the scenario's projection, its series and limits, and the solver's options resolved.
import { benchesByYear, splitInitialBacklog } from '../../shared/engine/derived'
import { resolveSeries } from '../../shared/engine/series'
import type { SolveOptions } from '../../shared/decision/plan'
import { defaultBenchCost, defaultMaxIntake } from '../../shared/decision/solverDefaults'
import { ModelInputError } from '../../shared/model/problems'
import type { ModelInput, ModelResult } from '../../shared/model/types'
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
  /** Hires the scenario already makes (after its market limit), and the most the market yields. */
  hires: Float64Array
  hireCap: Float64Array
  intake: Float64Array
  maxIntake: number[]
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

/** Resolves series, options and the scenario's own projection into the fixed data of the programs. */
export function prepare(input: ModelInput, base: ModelResult, options: SolveOptions): Setup {
  const H = input.horizonYears
  const G = input.grades.length
  const P = input.training.length
  const gradeIds = input.grades.map((g) => g.id)
  const programmeIds = input.training.map((p) => p.id)
  const series = (value: ModelInput['training'][number]['intake'], path: string) => {
    const resolved = resolveSeries(value, H, input.startYear, path, { min: 0 })
    if (!resolved.ok) throw new ModelInputError(resolved.problems)
    return resolved.values
  }
  const headcount = new Float64Array(G * H)
  const joiners = new Float64Array(G * H)
  const students = new Float64Array(P * H)
  const demand = new Float64Array(G * H)
  base.years.forEach((y, t) => {
    gradeIds.forEach((id, g) => {
      headcount[g * H + t] = y.headcount[id]!
      joiners[g * H + t] = y.joiners[id]!
      demand[g * H + t] = y.demandHours[id]!
    })
    programmeIds.forEach((id, p) => {
      students[p * H + t] = y.students[id]!
    })
  })
  // Year 0's effective demand includes the initial backlog, split like the year's demand.
  const backlog0 = splitInitialBacklog(
    input.service.initialBacklogHours,
    gradeIds.map((_, g) => demand[g * H]!),
  )
  for (let g = 0; g < G; g++) demand[g * H] = demand[g * H]! + backlog0[g]!

  const hires = new Float64Array(G * H)
  const hireCap = new Float64Array(G * H).fill(Infinity)
  gradeIds.forEach((id, g) => {
    const planned = Object.hasOwn(input.workforce.hires, id)
      ? series(input.workforce.hires[id]!, `workforce/hires/${id}`)
      : null
    const limit = Object.hasOwn(input.workforce.marketLimit, id)
      ? series(input.workforce.marketLimit[id]!, `workforce/marketLimit/${id}`)
      : null
    for (let t = 0; t < H; t++) {
      const cap = limit === null ? Infinity : limit[t]!
      hireCap[g * H + t] = cap
      hires[g * H + t] = Math.min(planned === null ? 0 : planned[t]!, cap)
    }
  })
  const intake = new Float64Array(P * H)
  const maxIntake = input.training.map((p, i) => {
    const values = series(p.intake, `training/${p.id}/intake`)
    intake.set(values, i * H)
    const given = options.maxIntake
    if (typeof given === 'number') return given
    if (given !== undefined && Object.hasOwn(given, p.id)) return given[p.id]!
    return defaultMaxIntake(values)
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
    hires,
    hireCap,
    intake,
    maxIntake,
    benches,
    benchCost,
    allowedShare: Math.max(0, Math.min(shortageTolerance, turnaroundShare)),
    targetReachable: k >= 0,
    allowHires: options.allowHires ?? true,
    allowIntake: options.allowIntake ?? true,
    allowBenches: options.allowBenches ?? true,
  }
}
