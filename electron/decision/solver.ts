// The cheapest plan of hires, students and benches that keeps every year free of shortage: HiGHS on docs/model-equations.md's equations.
import { project } from '../../shared/engine'
import { benchesByYear, initialBacklogByGrade } from '../../shared/engine/derived'
import { resolveSeries } from '../../shared/engine/series'
import { lastDecisionYears } from '../../shared/decision/lastDecision'
import {
  applyPlan,
  type BindingLimit,
  type Plan,
  type SolveOptions,
  type SolveResult,
} from '../../shared/decision/plan'
import { defaultBenchCost, defaultMaxIntake } from '../../shared/decision/solverDefaults'
import { ModelInputError } from '../../shared/model/problems'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput, ModelResult } from '../../shared/model/types'
import { getHighs, solveLinearProgram, type LpSolution } from './highs'
import { LinearProgram, LinExpr } from './lp'
import { measureResponses, type Responses } from './responses'

export type { SolveOptions, SolveResult, Plan, BindingLimit } from '../../shared/decision/plan'

/**
 * Relative safety margins tried in turn: capacity must exceed what is served, and unserved hours stay
 * under the allowance, by this share. The first is float noise; the others are used only if the
 * engine's re-simulation still finds a shortage.
 */
const safetyMargins = [1e-9, 1e-6, 1e-4, 1e-3, 1e-2, 3e-2]

/** Plan values below this are float noise and written as 0 (FTE, students). */
const noise = 1e-9

/** Everything the programs are built from, fixed for one solve. Arrays by [entity * H + t]. */
interface Setup {
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

/** Columns of one program, -1 where a decision does not exist. */
interface Columns {
  extraHires: Int32Array
  extraIntake: Int32Array
  /** Benches added up to and including year t (cumulative, integer, non-decreasing). */
  addedBenches: Int32Array
  unserved: Int32Array
  /** Unserved hours beyond the year's allowance (objective `excessHours` only). */
  excess: Int32Array
}

interface BuildOptions {
  /** `cost`: no year above its allowance, cheapest; `excessHours`: fewest unserved hours beyond the allowances. */
  objective: 'cost' | 'excessHours'
  margin: number
  /** Grades whose market limit, and programmes whose intake maximum, are lifted (for the diagnosis). */
  liftGrades?: ReadonlySet<number>
  liftProgrammes?: ReadonlySet<number>
  /** For the second, cheapest pass after `excessHours`: the excess may not exceed this (hours). */
  excessAtMost?: number
}

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
  const setup = prepare(input, baseResult, options)
  const notes: string[] = []
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
    return { solution: solveLinearProgram(highs, lp, { start }), columns }
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
  // Rounding benches up never changes unserved hours, so the relaxation's least excess is the MIP's.
  const first = solve({ objective: 'excessHours', margin, ...lift }, false)
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
  const excessWith = (lift: Pick<BuildOptions, 'liftGrades' | 'liftProgrammes'>) => {
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
  if (setup.allowIntake && setup.P > 0) {
    for (let p = 0; p < setup.P; p++) {
      const lifted = excessWith({ liftProgrammes: new Set([p]) })
      if (better(lifted)) {
        binding.push({
          limit: 'intakeMaximum',
          ids: [programmeIds[p]!],
          years: shortYears,
          excessHoursIfLifted: lifted,
          message:
            `the intake maximum of ${programmeIds[p]} (${setup.maxIntake[p]} students a year) binds: ` +
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
    for (let g = 0; g < G; g++) {
      const c = columns.unserved[g * H + t]!
      if (c >= 0) unserved += solution.x[c]!
      total += demand[g * H + t]!
    }
    if (unserved > allowedShare * total * (1 + 1e-6) + 1e-6) years.push(input.startYear + t)
  }
  return years
}

function emptyPlan(): Plan {
  return { hires: {}, extraHires: {}, intake: {}, extraIntake: {}, benchExpansions: [] }
}

/** Resolves series, options and the scenario's own projection into the fixed data of the programs. */
function prepare(input: ModelInput, base: ModelResult, options: SolveOptions): Setup {
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
  const backlog0 = initialBacklogByGrade(
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

/**
 * The program. Decisions: extra hires e[g][τ] in [0, marketLimit - hires], extra students x[p][τ] for
 * τ >= 1 in [0, maxIntake - intake], new benches b[τ] (integers). Unserved hours u[g][t] >= 0 follow
 * the service equations with the served hours left free (<= the engine's cascade); see the docs.
 */
function buildProgram(s: Setup, o: BuildOptions): { lp: LinearProgram; columns: Columns } {
  const { input, H, G, P, responses: r } = s
  const lp = new LinearProgram()
  const columns: Columns = {
    extraHires: new Int32Array(G * H).fill(-1),
    extraIntake: new Int32Array(P * H).fill(-1),
    addedBenches: new Int32Array(H).fill(-1),
    unserved: new Int32Array(G * H).fill(-1),
    excess: new Int32Array(H).fill(-1),
  }
  const cost = new LinExpr()
  for (let g = 0; g < G; g++) {
    if (!s.allowHires) break
    const lifted = o.liftGrades?.has(g) === true
    for (let t = 0; t < H; t++) {
      const room = lifted ? Infinity : s.hireCap[g * H + t]! - s.hires[g * H + t]!
      if (room > noise) {
        const c = lp.addColumn(0, room)
        columns.extraHires[g * H + t] = c
        cost.add(c, input.grades[g]!.hireCost)
      }
    }
  }
  for (let p = 0; p < P; p++) {
    if (!s.allowIntake) break
    const lifted = o.liftProgrammes?.has(p) === true
    for (let t = 1; t < H; t++) {
      const room = lifted ? Infinity : s.maxIntake[p]! - s.intake[p * H + t]!
      if (room > noise) columns.extraIntake[p * H + t] = lp.addColumn(0, room)
    }
  }
  if (s.allowBenches) {
    // Cumulative counts B[t] (whole benches), B[t] >= B[t-1]; the benches bought in year t are B[t] - B[t-1].
    // Their cost is benchCost × B[H-1]; a tiny charge on every B[t] buys each bench only when it is needed.
    for (let t = 0; t < H; t++) {
      const c = lp.addColumn(0, Infinity, s.benchCost * 1e-7, true)
      columns.addedBenches[t] = c
      if (t > 0) lp.addAtLeast(new LinExpr().add(c, 1).add(columns.addedBenches[t - 1]!, -1), 0)
    }
    cost.add(columns.addedBenches[H - 1]!, s.benchCost)
  }
  for (let i = 0; i < G * H; i++) columns.unserved[i] = lp.addColumn(0, Infinity)
  const relaxed = o.objective === 'excessHours' || o.excessAtMost !== undefined
  if (relaxed) for (let t = 0; t < H; t++) columns.excess[t] = lp.addColumn(0, Infinity)

  // Linear expressions of W[g][t], J[g][t] and students S[p][t]: the scenario's own plus the responses.
  const W: LinExpr[] = []
  const J: LinExpr[] = []
  for (let g = 0; g < G; g++) {
    for (let t = 0; t < H; t++) {
      const w = new LinExpr(s.headcount[g * H + t]!)
      const j = new LinExpr(s.joiners[g * H + t]!)
      for (let h = 0; h < G; h++) {
        for (let tau = 0; tau <= t; tau++) {
          const c = columns.extraHires[h * H + tau]!
          if (c < 0) continue
          w.add(c, r.hireHeadcount[(h * G + g) * H + t - tau]!)
          j.add(c, r.hireJoiners[(h * G + g) * H + t - tau]!)
        }
      }
      for (let p = 0; p < P; p++) {
        for (let tau = 1; tau <= t; tau++) {
          const c = columns.extraIntake[p * H + tau]!
          if (c < 0) continue
          w.add(c, r.intakeHeadcount[(p * G + g) * H + t - tau]!)
          j.add(c, r.intakeJoiners[(p * G + g) * H + t - tau]!)
        }
      }
      W.push(w)
      J.push(j)
    }
  }
  const S: LinExpr[] = []
  for (let p = 0; p < P; p++) {
    for (let t = 0; t < H; t++) {
      const e = new LinExpr(s.students[p * H + t]!)
      for (let tau = 1; tau <= t; tau++) {
        const c = columns.extraIntake[p * H + tau]!
        if (c >= 0) e.add(c, r.intakeStudents[p * H + t - tau]!)
      }
      S.push(e)
    }
  }

  const ramp = input.service.rampUpFactor
  const keep = 1 - input.service.abandonRate
  const excess = new LinExpr()
  for (let t = 0; t < H; t++) {
    // Capacity: C[g] = hoursPerFte (W - J (1 - rampUpFactor)) - tutoring hours taken from supervisor grade g.
    const capacity: LinExpr[] = []
    for (let g = 0; g < G; g++) {
      const c = new LinExpr()
        .addExpr(W[g * H + t]!, input.grades[g]!.hoursPerFte)
        .addExpr(J[g * H + t]!, -(1 - ramp) * input.grades[g]!.hoursPerFte)
      capacity.push(c)
    }
    input.training.forEach((prog, p) => {
      const g = s.gradeIds.indexOf(prog.supervisorGrade)
      capacity[g]!.addExpr(S[p * H + t]!, -prog.supervisionHoursPerStudent)
    })
    // A supervisor grade covers its tutoring (else the engine's floor at 0 would break linearity).
    for (const g of new Set(input.training.map((prog) => s.gradeIds.indexOf(prog.supervisorGrade)))) {
      lp.addAtLeast(capacity[g]!, 0)
    }
    // Seats >= seats needed, so that benchFactor = 1.
    const seats = new LinExpr(input.benches.shifts * s.benches[t]!)
    if (columns.addedBenches[t]! >= 0) seats.add(columns.addedBenches[t]!, input.benches.shifts)
    for (let g = 0; g < G; g++) seats.addExpr(W[g * H + t]!, -1)
    input.training.forEach((prog, p) => seats.addExpr(S[p * H + t]!, -prog.benchSharePerStudent))
    lp.addAtLeast(seats, 0)
    // Served hours served[g] = D'[g][t] + (1 - abandonRate) u[g][t-1] - u[g][t] >= 0.
    const served: LinExpr[] = []
    for (let g = 0; g < G; g++) {
      const e = new LinExpr(s.demand[g * H + t]!).add(columns.unserved[g * H + t]!, -1)
      if (t > 0) e.add(columns.unserved[g * H + t - 1]!, keep)
      lp.addAtLeast(e, 0)
      served.push(e)
    }
    // The cascade: what grades m and above serve fits in their capacity, for every m.
    const servedAbove = new LinExpr()
    const capacityAbove = new LinExpr()
    for (let m = G - 1; m >= 0; m--) {
      servedAbove.addExpr(served[m]!)
      capacityAbove.addExpr(capacity[m]!)
      lp.addAtMost(new LinExpr().addExpr(servedAbove).addExpr(capacityAbove, -(1 - o.margin)), 0)
    }
    // No shortage: unserved within the allowance of this year's demand (or beyond it by the excess column).
    const unserved = new LinExpr()
    let total = 0
    for (let g = 0; g < G; g++) {
      unserved.add(columns.unserved[g * H + t]!, 1)
      total += s.demand[g * H + t]!
    }
    if (relaxed) {
      unserved.add(columns.excess[t]!, -1)
      excess.add(columns.excess[t]!, 1)
    }
    lp.addAtMost(unserved, s.allowedShare * total * (1 - o.margin))
    // Cost of the year: salaries of W, training of S (hiring and benches are on their columns).
    for (let g = 0; g < G; g++) cost.addExpr(W[g * H + t]!, input.grades[g]!.salaryPerFte)
    input.training.forEach((prog, p) => cost.addExpr(S[p * H + t]!, prog.costPerStudentYear))
  }
  if (o.excessAtMost !== undefined) lp.addAtMost(excess, o.excessAtMost)
  lp.addObjective(o.objective === 'cost' ? cost : excess)
  return { lp, columns }
}

/** Reads the plan from a solution: extra hires and students (noise dropped), whole benches. */
function extractPlan(s: Setup, columns: Columns, solution: LpSolution): Plan {
  const { input, H } = s
  const plan = emptyPlan()
  const value = (c: number, upper: number) => {
    if (c < 0) return 0
    const v = solution.x[c]!
    return v < noise ? 0 : Math.min(v, upper)
  }
  s.gradeIds.forEach((id, g) => {
    const extra = Array.from({ length: H }, (_, t) =>
      value(columns.extraHires[g * H + t]!, s.hireCap[g * H + t]! - s.hires[g * H + t]!),
    )
    if (extra.some((x) => x > 0)) {
      plan.extraHires[id] = extra
      plan.hires[id] = extra.map((x, t) => s.hires[g * H + t]! + x)
    }
  })
  s.programmeIds.forEach((id, p) => {
    const extra = Array.from({ length: H }, (_, t) =>
      value(columns.extraIntake[p * H + t]!, s.maxIntake[p]! - s.intake[p * H + t]!),
    )
    if (extra.some((x) => x > 0)) {
      plan.extraIntake[id] = extra
      plan.intake[id] = extra.map((x, t) => s.intake[p * H + t]! + x)
    }
  })
  let before = 0
  for (let t = 0; t < H; t++) {
    const c = columns.addedBenches[t]!
    const upTo = c < 0 ? 0 : Math.round(solution.x[c]!)
    if (upTo > before)
      plan.benchExpansions.push({
        year: input.startYear + t,
        benches: upTo - before,
        costPerBench: s.benchCost,
      })
    before = Math.max(before, upTo)
  }
  return plan
}
