// The solver's contract: options, the plan it proposes, its result, and applyPlan (the plan written into a scenario input).
import type { BenchExpansion, ModelInput, ModelResult, ResultSummary } from '../model/types'
import type { LastDecision } from './lastDecision'

export interface SolveOptions {
  /**
   * Most students a programme admits per year, in total (current intake plus extra), per programme id or
   * one number for all; never above the programme's places (maxIntake), which the engine enforces.
   * Default: the programme's largest number of places, else twice its largest current yearly intake.
   */
  maxIntake?: number | Record<string, number>
  /** Cost of one new bench (CHF/bench). Default: the costPerBench of the scenario's latest expansion, else 25,000. */
  benchCost?: number
  /** May the plan add hires (within marketLimit)? Default true. */
  allowHires?: boolean
  /** May the plan add students (within maxIntake)? Default true. */
  allowIntake?: boolean
  /** May the plan add benches? Default true. */
  allowBenches?: boolean
  /** Plan whole hires and whole students per year (integers, solved as a MIP); default false (fractional). */
  whole?: boolean
}

/** What the solver proposes, on top of the scenario's own plan. Per-year arrays hold horizonYears values. */
export interface Plan {
  /** Hires per year after the plan (FTE/yr, within marketLimit), for every grade the plan changes. */
  hires: Record<string, number[]>
  /** The part of `hires` the plan adds to the scenario's hires (after its market limit). */
  extraHires: Record<string, number[]>
  /** Intake per year after the plan (students/yr), for every programme the plan changes; year 0 never changes. */
  intake: Record<string, number[]>
  /** The part of `intake` the plan adds. */
  extraIntake: Record<string, number[]>
  /** New bench expansions, added to the scenario's `benches.expansions` (whole benches). */
  benchExpansions: BenchExpansion[]
}

/** A limit that keeps the best plan from removing the shortage. */
export interface BindingLimit {
  /** `places`: the programme's own places (maxIntake) bind, not only the solver's maximum. */
  /**
   * `benches`, `hiresNotAllowed`, `intakeNotAllowed`: the options forbid new benches (and the seats bind), extra
   * hires or extra students, and allowing them alone would leave less work unserved.
   */
  limit:
    | 'labourMarket'
    | 'intakeMaximum'
    | 'places'
    | 'trainingTime'
    | 'turnaroundTarget'
    | 'benches'
    | 'hiresNotAllowed'
    | 'intakeNotAllowed'
  /** Grades (labourMarket) or programmes (intakeMaximum, places) whose limit binds; empty otherwise. */
  ids: string[]
  /** Calendar years still short because of it. */
  years: number[]
  /**
   * Unserved hours beyond the yearly allowances, over the horizon, if this limit alone were lifted (the
   * program's figure; for trainingTime: with every intake maximum lifted).
   */
  excessHoursIfLifted?: number
  /** One sentence for the user. */
  message: string
}

export interface SolveResult {
  /** True when the plan keeps every year free of shortage (checked by re-simulating it with the engine). */
  feasible: boolean
  /** totalCost of the planned scenario, from the engine (CHF over the horizon). */
  cost: number
  /** totalCost of the scenario as it is. */
  baseCost: number
  /** cost - baseCost. */
  addedCost: number
  plan: Plan
  /** The full input with the plan applied, runnable by `project`. */
  plannedInput: ModelInput
  baseSummary: ResultSummary
  plannedSummary: ResultSummary
  /** The engine's projection of the scenario as it is, and of the planned scenario. */
  baseResult: ModelResult
  plannedResult: ModelResult
  /** Calendar years whose status is still 'shortage' with the plan (empty when feasible). */
  shortageYears: number[]
  /** Why no plan removes the shortage (empty when feasible). */
  binding: BindingLimit[]
  /** The last decision year of each programme, for the scenario as it is. */
  lastDecisions: LastDecision[]
  solver: {
    /**
     * `cost`: the cheapest shortage-free plan; `excessHours`: none exists, so the fewest unserved hours beyond
     * the yearly allowances (hence the fewest lost hours beyond the tolerance), then the cheapest such plan.
     */
    objective: 'cost' | 'excessHours'
    /** Linear programs solved to reach the answer (margin steps included; not the diagnosis of binding limits). */
    iterations: number
    /** Relative safety margin on capacity and tolerance in the last program (see docs/decision-tools.md). */
    safetyMargin: number
    /** True when the engine confirms what the program promised (no shortage, for objective `cost`). */
    engineAgrees: boolean
    /** Milliseconds, start to finish. */
    elapsedMs: number
  }
  /** Options with every default filled in. */
  options: {
    maxIntake: Record<string, number>
    benchCost: number
    allowHires: boolean
    allowIntake: boolean
    allowBenches: boolean
    whole: boolean
  }
  notes: string[]
}

/**
 * The input with the plan written in: hires and intake of the planned grades and programmes replaced by
 * their per-year lists, new expansions appended (sorted by year). `input` is not changed.
 */
export function applyPlan(input: ModelInput, plan: Plan): ModelInput {
  const out = JSON.parse(JSON.stringify(input)) as ModelInput
  for (const [grade, values] of Object.entries(plan.hires)) out.workforce.hires[grade] = [...values]
  for (const [programme, values] of Object.entries(plan.intake)) {
    const p = out.training.find((x) => x.id === programme)
    if (p !== undefined) p.intake = [...values]
  }
  if (plan.benchExpansions.length > 0) {
    out.benches.expansions = [...out.benches.expansions, ...plan.benchExpansions.map((e) => ({ ...e }))].sort(
      (a, b) => a.year - b.year,
    )
  }
  return out
}
