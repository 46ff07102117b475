// The cheapest plan of hires, students and benches that keeps every year free of shortage: HiGHS on docs/model-equations.md's equations.
import { project } from '../../shared/engine'
import { lastDecisionYears } from '../../shared/decision/lastDecision'
import {
  applyPlan,
  type BindingLimit,
  type Plan,
  type SolveOptions,
  type SolveResult,
} from '../../shared/decision/plan'
import { ModelInputError } from '../../shared/model/problems'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ModelResult } from '../../shared/model/types'
import { getHighs, solveLinearProgram, type LpSolution } from './highs'
import { buildProgram, emptyPlan, extractPlan, type BuildOptions, type Columns } from './program'
import { prepare, withoutGapHiring, type Setup } from './setup'

export type { SolveOptions, SolveResult, Plan, BindingLimit } from '../../shared/decision/plan'

/**
 * Relative safety margins tried in turn: capacity must exceed what is served, and unserved hours stay
 * under the allowance, by this share. The first is float noise; the others are used only if the
 * engine's re-simulation still finds a shortage.
 */
const safetyMargins = [1e-9, 1e-6, 1e-4, 1e-3, 1e-2, 3e-2]

/**
 * Finds the cheapest plan that keeps every year free of shortage, or, when none exists, the plan with the
 * fewest unserved hours beyond the yearly allowances (then the cheapest) and the limits that bind. The
 * plan is re-simulated with `project`; see docs/decision-tools.md for the formulation. Throws
 * ModelInputError for an invalid input.
 */
export async function solvePlan(raw: ModelInput, options: SolveOptions = {}): Promise<SolveResult> {
  const started = performance.now()
  const validation = validateInput(raw)
  if (!validation.ok) throw new ModelInputError(validation.problems)
  const input = validation.input
  const highs = await getHighs()
  const baseResult = project(input)
  const lpInput = withoutGapHiring(input)
  const setup = prepare(input, lpInput === input ? baseResult : project(lpInput), options)
  const notes: string[] = []
  if (lpInput !== input)
    notes.push(
      'gap hiring is left out of the plan (it reacts to a gap the plan closes); the re-simulation keeps it',
    )
  if (options.benchCost === undefined)
    notes.push(`benches priced at ${setup.benchCost} CHF each (the default)`)
  setup.programmeIds.forEach((id, p) => {
    if (setup.allowIntake && setup.maxIntake[p]! <= 0)
      notes.push(`programme ${id}: intake maximum is 0, no extra students`)
  })
  const solve: Solve = (build, whole) => {
    const { lp, columns } = buildProgram(setup, build)
    // The continuous relaxation first (milliseconds). Rounding its cumulative bench counts up keeps every row
    // (more seats never hurt), so it is feasible exactly when the MIP is, and its rounding starts the MIP.
    const relaxed = solveLinearProgram(highs, lp, { relax: true })
    const integers = lp.integerColumns()
    if (!whole || relaxed.status !== 'optimal' || integers.every((c) => Number.isInteger(relaxed.x[c]!))) {
      return { solution: relaxed, columns }
    }
    const start = relaxed.x.slice()
    for (const c of integers) start[c] = Math.ceil(start[c]! - 1e-9)
    // Whole people: a gap of 1 % of the plan's own cost (about one hire on the samples) keeps the search short.
    const mipGap = setup.whole ? 1e-2 : undefined
    const mip = solveLinearProgram(highs, lp, { start, mipGap })
    if (mip.status !== 'failed') return { solution: mip, columns }
    // The search stopped (time limit): the relaxation rounded up, which the engine's re-simulation checks.
    notes.push(`HiGHS stopped before proving the whole plan (${mip.detail}): the relaxation is rounded up`)
    return { solution: { ...relaxed, x: start }, columns }
  }
  const finish = (
    plan: Plan,
    plannedInput: ModelInput,
    plannedResult: ModelResult,
    solver: Omit<SolveResult['solver'], 'elapsedMs'>,
    binding: BindingLimit[],
  ): SolveResult => {
    const shortageYears = plannedResult.years.filter((y) => y.status === 'shortage').map((y) => y.year)
    return {
      feasible: shortageYears.length === 0,
      cost: plannedResult.summary.totalCost,
      baseCost: baseResult.summary.totalCost,
      addedCost: plannedResult.summary.totalCost - baseResult.summary.totalCost,
      plan,
      plannedInput,
      baseSummary: baseResult.summary,
      plannedSummary: plannedResult.summary,
      baseResult,
      plannedResult,
      shortageYears,
      binding,
      lastDecisions: lastDecisionYears(input, baseResult),
      solver: { ...solver, elapsedMs: performance.now() - started },
      options: {
        maxIntake: Object.fromEntries(setup.programmeIds.map((id, p) => [id, setup.maxIntake[p]!])),
        benchCost: setup.benchCost,
        allowHires: setup.allowHires,
        allowIntake: setup.allowIntake,
        allowBenches: setup.allowBenches,
        whole: setup.whole,
      },
      notes,
    }
  }

  // Nothing to do when the scenario is already free of shortage.
  if (baseResult.summary.firstShortageYear === null) {
    notes.push('the scenario has no shortage; the plan adds nothing')
    const plan = emptyPlan()
    return finish(
      plan,
      applyPlan(input, plan),
      baseResult,
      {
        objective: 'cost',
        iterations: 0,
        safetyMargin: 0,
        engineAgrees: true,
      },
      [],
    )
  }

  // Cheapest shortage-free plan; widen the safety margin until the engine agrees.
  let iterations = 0
  if (setup.targetReachable) {
    let last: { plan: Plan; plannedInput: ModelInput; plannedResult: ModelResult; margin: number } | null =
      null
    for (const margin of safetyMargins) {
      iterations++
      const { solution, columns } = solve({ objective: 'cost', margin }, true)
      // Infeasible: no shortage-free plan at all (first margin), or none with this much margin.
      if (solution.status === 'infeasible') break
      if (solution.status !== 'optimal')
        throw new Error(`HiGHS could not solve the plan (${solution.detail})`)
      const plan = extractPlan(setup, columns, solution)
      const plannedInput = applyPlan(input, plan)
      const plannedResult = project(plannedInput)
      last = { plan, plannedInput, plannedResult, margin }
      if (plannedResult.years.every((y) => y.status !== 'shortage')) {
        if (margin > safetyMargins[0]!)
          notes.push(
            `the engine needed a safety margin of ${margin} to confirm the plan (see docs/decision-tools.md)`,
          )
        return finish(
          plan,
          plannedInput,
          plannedResult,
          { objective: 'cost', iterations, safetyMargin: margin, engineAgrees: true },
          [],
        )
      }
    }
    if (last !== null) {
      notes.push(`the engine still finds a shortage in the best plan found (safety margin ${last.margin})`)
      return finish(
        last.plan,
        last.plannedInput,
        last.plannedResult,
        {
          objective: 'cost',
          iterations,
          safetyMargin: last.margin,
          engineAgrees: false,
        },
        [],
      )
    }
  }

  // No shortage-free plan: fewest hours beyond the allowances, then the cheapest such plan; then which limits bind.
  const margin = safetyMargins[0]!
  const best = minimiseExcess(setup, solve, margin, true)
  iterations += 2
  const plan = extractPlan(setup, best.columns, best.solution)
  const plannedInput = applyPlan(input, plan)
  const plannedResult = project(plannedInput)
  const shortYears = plannedResult.years.filter((y) => y.status === 'shortage').map((y) => y.year)
  const binding = diagnose(setup, solve, margin, best.excessHours, shortYears)
  return finish(
    plan,
    plannedInput,
    plannedResult,
    { objective: 'excessHours', iterations, safetyMargin: margin, engineAgrees: true },
    binding,
  )
}

/** Builds and solves one program: `whole` keeps benches whole (a MIP), else the continuous relaxation. */
type Solve = (build: BuildOptions, whole: boolean) => { solution: LpSolution; columns: Columns }

/** Fewest unserved hours beyond the allowances (first pass), then the cheapest plan within them (second pass). */
function minimiseExcess(
  setup: Setup,
  solve: Solve,
  margin: number,
  whole: boolean,
  lift: Pick<BuildOptions, 'liftGrades' | 'liftProgrammes'> = {},
): { solution: LpSolution; columns: Columns; excessHours: number } {
  // Rounding benches up never changes unserved hours, so the relaxation's least excess is the MIP's; whole
  // people do change them, so a whole plan's least excess is the MIP's own.
  const first = solve({ objective: 'excessHours', margin, ...lift }, whole && setup.whole)
  if (first.solution.status !== 'optimal')
    throw new Error(`HiGHS could not minimise the unserved hours (${first.solution.detail})`)
  const excessHours = Math.max(0, first.solution.objective)
  const second = solve(
    { objective: 'cost', margin, ...lift, excessAtMost: excessHours * (1 + 1e-7) + 1e-6 },
    whole,
  )
  if (second.solution.status !== 'optimal') return { ...first, excessHours }
  return { ...second, excessHours }
}

/** Which limits keep the shortage: each lifted alone, do the fewest hours beyond the allowances drop? */
function diagnose(
  setup: Setup,
  solve: Solve,
  margin: number,
  excessHours: number,
  shortYears: number[],
): BindingLimit[] {
  const { input, H, gradeIds, programmeIds } = setup
  const binding: BindingLimit[] = []
  const better = (x: number) => x < excessHours - Math.max(1e-6 * excessHours, 1e-3)
  const excessWith = (lift: Omit<BuildOptions, 'objective' | 'margin' | 'excessAtMost'>) => {
    const { solution } = solve({ objective: 'excessHours', margin, ...lift }, false)
    return solution.status === 'optimal' ? Math.max(0, solution.objective) : Infinity
  }
  if (!setup.targetReachable) {
    binding.push({
      limit: 'turnaroundTarget',
      ids: [],
      years: shortYears,
      message:
        `the target turnaround (${input.service.targetTurnaroundWeeks} weeks) is below the base turnaround ` +
        `(${input.service.baseTurnaroundWeeks} weeks), so every year counts as a shortage whatever the plan`,
    })
  }
  if (setup.allowHires) {
    for (let g = 0; g < setup.G; g++) {
      let capped = false
      for (let t = 0; t < H; t++) if (Number.isFinite(setup.hireCap[g * H + t]!)) capped = true
      if (!capped) continue
      const lifted = excessWith({ liftGrades: new Set([g]) })
      if (better(lifted)) {
        binding.push({
          limit: 'labourMarket',
          ids: [gradeIds[g]!],
          years: shortYears,
          excessHoursIfLifted: lifted,
          message:
            `the labour market limits hires of ${gradeIds[g]}: ` +
            'more hires of that grade would leave less work unserved',
        })
      }
    }
  }
  // What the options forbid: each allowed alone, does the excess drop?
  const forbidden = [
    [!setup.allowBenches, 'benches', { liftBenches: true }, 'new benches are not allowed and the seats bind'],
    [!setup.allowHires, 'hiresNotAllowed', { liftHires: true }, 'hires are not allowed'],
    [
      !setup.allowIntake && setup.P > 0,
      'intakeNotAllowed',
      { liftIntake: true },
      'extra students are not allowed',
    ],
  ] as const
  for (const [applies, limit, lift, reason] of forbidden) {
    if (!applies) continue
    const lifted = excessWith(lift)
    if (better(lifted))
      binding.push({
        limit,
        ids: [],
        years: shortYears,
        excessHoursIfLifted: lifted,
        message: `${reason}: allowing them would leave less work unserved`,
      })
  }
  if (setup.allowIntake && setup.P > 0) {
    for (let p = 0; p < setup.P; p++) {
      const lifted = excessWith({ liftProgrammes: new Set([p]) })
      if (better(lifted)) {
        const places = setup.placesBind[p] === true
        binding.push({
          limit: places ? 'places' : 'intakeMaximum',
          ids: [programmeIds[p]!],
          years: shortYears,
          excessHoursIfLifted: lifted,
          message: places
            ? `the places of ${programmeIds[p]} are the binding limit: the gap cannot be closed by training ` +
              `alone ${untilText(input, shortYears)}; raise places or hire`
            : `the intake maximum of ${programmeIds[p]} (${setup.maxIntake[p]} students a year) binds: ` +
              'more students would leave less work unserved',
        })
      }
    }
    // Training time: with unlimited students, which years stay short? Their graduates cannot arrive in time.
    const all = new Set(programmeIds.map((_, p) => p))
    const {
      solution,
      columns,
      excessHours: left,
    } = minimiseExcess(setup, solve, margin, false, { liftProgrammes: all })
    const years = shortYearsOf(setup, columns, solution)
    if (years.length > 0) {
      const earliest = input.startYear + 1 + Math.min(...input.training.map((p) => p.durationYears))
      binding.push({
        limit: 'trainingTime',
        ids: [],
        years,
        excessHoursIfLifted: left,
        message:
          `even unlimited extra students cannot close the gap in ${years.join(', ')}: students admitted from ` +
          `${input.startYear + 1} join from ${earliest} at the earliest (and reach higher grades only by promotion)`,
      })
    }
  }
  return binding
}

/** Years whose unserved hours in a program's solution exceed the allowance (with a little slack for noise). */
function shortYearsOf(setup: Setup, columns: Columns, solution: LpSolution): number[] {
  const { H, G, demand, allowedShare, input } = setup
  const years: number[] = []
  for (let t = 0; t < H; t++) {
    let unserved = 0
    let total = 0
    let gradeShort = false
    for (let g = 0; g < G; g++) {
      const c = columns.unserved[g * H + t]!
      const u = c >= 0 ? solution.x[c]! : 0
      unserved += u
      total += demand[g * H + t]!
      const byGrade = input.service.statusBasis === 'grade'
      if (byGrade && u > allowedShare * demand[g * H + t]! * (1 + 1e-6) + 1e-6) gradeShort = true
    }
    if (gradeShort || unserved > allowedShare * total * (1 + 1e-6) + 1e-6) years.push(input.startYear + t)
  }
  return years
}

/** "before 2034" (the year after the last short one), or "within the horizon" when the last year is short. */
function untilText(input: ModelInput, shortYears: number[]): string {
  const last = Math.max(...shortYears)
  const end = input.startYear + input.horizonYears - 1
  return shortYears.length === 0 || last >= end ? 'within the horizon' : `before ${last + 1}`
}
