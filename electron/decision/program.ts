// The linear program of one solve (HiGHS columns and rows on docs/decision-tools.md's formulation), and the plan read from its solution.
import type { Plan } from '../../shared/decision/plan'
import type { LpSolution } from './highs'
import { LinearProgram, LinExpr } from './lp'
import type { Setup } from './setup'

/** Plan values below this are float noise and written as 0 (FTE, students). */
const noise = 1e-9

/** Columns of one program, -1 where a decision does not exist. */
export interface Columns {
  extraHires: Int32Array
  extraIntake: Int32Array
  /** Benches added up to and including year t (cumulative, integer, non-decreasing). */
  addedBenches: Int32Array
  unserved: Int32Array
  /** Unserved hours beyond the year's allowance (objective `excessHours` only). */
  excess: Int32Array
  /** (v2) With statusBasis "grade": a grade's unserved hours beyond its own allowance (relaxed programs only). */
  gradeExcess: Int32Array
  /** (v2) Overtime and outsourced hours per grade and year (-1 where none is available). */
  overtime: Int32Array
  outsourced: Int32Array
}

export interface BuildOptions {
  /** `cost`: no year above its allowance, cheapest; `excessHours`: fewest unserved hours beyond the allowances. */
  objective: 'cost' | 'excessHours'
  margin: number
  /** Grades whose market limit, and programmes whose intake maximum, are lifted (for the diagnosis). */
  liftGrades?: ReadonlySet<number>
  liftProgrammes?: ReadonlySet<number>
  /** New benches, extra hires or extra students allowed although the options forbid them (for the diagnosis). */
  liftBenches?: boolean
  liftHires?: boolean
  liftIntake?: boolean
  /** For the second, cheapest pass after `excessHours`: the excess may not exceed this (hours). */
  excessAtMost?: number
}

export function emptyPlan(): Plan {
  return { hires: {}, extraHires: {}, intake: {}, extraIntake: {}, benchExpansions: [] }
}

/**
 * The program. Decisions: extra hires e[g][τ] (with the backfill they bring, within marketLimit), extra
 * students x[p][τ] for τ >= 1 in [0, places - admitted], new benches b[τ] (integers); with `whole`, e and
 * x are integers too. Unserved hours u[g][t] >= 0 follow the service equations with the served hours left
 * free (<= the engine's cascade plus overtime and outsourcing at their prices); see the docs.
 */
export function buildProgram(s: Setup, o: BuildOptions): { lp: LinearProgram; columns: Columns } {
  const { input, H, G, P, responses: r } = s
  const lp = new LinearProgram()
  const columns: Columns = {
    extraHires: new Int32Array(G * H).fill(-1),
    extraIntake: new Int32Array(P * H).fill(-1),
    addedBenches: new Int32Array(H).fill(-1),
    unserved: new Int32Array(G * H).fill(-1),
    excess: new Int32Array(H).fill(-1),
    gradeExcess: new Int32Array(G * H).fill(-1),
    overtime: new Int32Array(G * H).fill(-1),
    outsourced: new Int32Array(G * H).fill(-1),
  }
  const cost = new LinExpr()
  for (let g = 0; g < G; g++) {
    if (!s.allowHires && o.liftHires !== true) break
    const lifted = o.liftGrades?.has(g) === true
    for (let t = 0; t < H; t++) {
      const room = lifted ? Infinity : s.hireCap[g * H + t]! - s.hires[g * H + t]!
      if (room > noise && !(s.whole && room < 1)) {
        const c = lp.addColumn(0, room, 0, s.whole)
        columns.extraHires[g * H + t] = c
        cost.add(c, input.grades[g]!.hireCost)
      }
    }
  }
  for (let p = 0; p < P; p++) {
    if (!s.allowIntake && o.liftIntake !== true) break
    const lifted = o.liftProgrammes?.has(p) === true
    for (let t = 1; t < H; t++) {
      const room = lifted ? Infinity : s.intakeCap[p * H + t]! - s.admitted[p * H + t]!
      if (room > noise && !(s.whole && room < 1))
        columns.extraIntake[p * H + t] = lp.addColumn(0, room, 0, s.whole)
    }
  }
  if (s.allowBenches || o.liftBenches === true) {
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
  // (v2) Flexible capacity at its price: overtime up to a share of capacity (row below), outsourcing up to its hours.
  for (let g = 0; g < G; g++) {
    for (let t = 0; t < H; t++) {
      if (s.overtimeShare > 0) {
        columns.overtime[g * H + t] = lp.addColumn(0, Infinity)
        cost.add(columns.overtime[g * H + t]!, s.overtimeCost[g]!)
      }
      if (s.outsourcingHours[g * H + t]! > 0) {
        columns.outsourced[g * H + t] = lp.addColumn(0, s.outsourcingHours[g * H + t]!)
        cost.add(columns.outsourced[g * H + t]!, s.outsourcingCost[g]!)
      }
    }
  }
  const relaxed = o.objective === 'excessHours' || o.excessAtMost !== undefined
  if (relaxed) for (let t = 0; t < H; t++) columns.excess[t] = lp.addColumn(0, Infinity)

  // Linear expressions of W[g][t], J[g][t] and students S[p][t]: the scenario's own plus the responses.
  const W: LinExpr[] = []
  const J: LinExpr[] = []
  for (let g = 0; g < G; g++) {
    for (let t = 0; t < H; t++) {
      const w = new LinExpr(s.headcount[g * H + t]!)
      const j = new LinExpr(s.joiners[g * H + t]!)
      // Backfill hires the plan brings in grade g, year t.
      const induced = new LinExpr()
      for (let h = 0; h < G; h++) {
        for (let tau = 0; tau <= t; tau++) {
          const c = columns.extraHires[h * H + tau]!
          if (c < 0) continue
          const at = (h * G + g) * H + t - tau
          w.add(c, r.hireHeadcount[at]!)
          j.add(c, r.hireJoiners[at]!)
          induced.add(c, r.hireHires[at]!)
        }
      }
      for (let p = 0; p < P; p++) {
        for (let tau = 1; tau <= t; tau++) {
          const c = columns.extraIntake[p * H + tau]!
          if (c < 0) continue
          const at = (p * G + g) * H + t - tau
          w.add(c, r.intakeHeadcount[at]!)
          j.add(c, r.intakeJoiners[at]!)
          induced.add(c, r.intakeHires[at]!)
        }
      }
      W.push(w)
      J.push(j)
      cost.addExpr(induced, input.grades[g]!.hireCost)
      // The market limit caps all hires of the year, the backfill the plan brings included. A year the
      // scenario already hires at its limit is left out: the engine caps the backfill there (see the docs).
      const lifted = o.liftGrades?.has(g) === true
      const cap = s.hireCap[g * H + t]!
      if (!lifted && Number.isFinite(cap) && cap - s.hires[g * H + t]! > noise && induced.terms.size > 0) {
        const hr = new LinExpr(s.hires[g * H + t]!).addExpr(induced)
        const own = columns.extraHires[g * H + t]!
        if (own >= 0) hr.add(own, 1)
        lp.addAtMost(hr, cap)
      }
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

  const keep = 1 - input.service.abandonRate
  const excess = new LinExpr()
  for (let t = 0; t < H; t++) {
    // Capacity: C[g] = hoursPerFte (W - RD) - tutoring hours taken from supervisor grade g, with the ramp-up
    // deficit RD[g][t] = sum over k of J[g][t-k] (1 - attritionRate)^k (1 - rampUp[k]) (MODEL.md v2).
    const capacity: LinExpr[] = []
    for (let g = 0; g < G; g++) {
      const { hoursPerFte, attritionRate } = input.grades[g]!
      const c = new LinExpr().addExpr(W[g * H + t]!, hoursPerFte)
      for (let k = 0; k < s.rampUp.length && k <= t; k++) {
        const deficit = (1 - attritionRate) ** k * (1 - s.rampUp[k]!)
        if (deficit !== 0) c.addExpr(J[g * H + t - k]!, -deficit * hoursPerFte)
      }
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
    // Seats >= seats needed, so that benchFactor = 1. Without new benches, a scenario that already lacks seats
    // (the engine then scales capacity by benchFactor) could never meet that: the plan may then need no more
    // seats than the scenario does, else the program has no solution at all and nothing could be named.
    const seats = new LinExpr(input.benches.shifts * s.benches[t]!)
    if (columns.addedBenches[t]! >= 0) seats.add(columns.addedBenches[t]!, input.benches.shifts)
    for (let g = 0; g < G; g++) seats.addExpr(W[g * H + t]!, -1)
    input.training.forEach((prog, p) => seats.addExpr(S[p * H + t]!, -prog.benchSharePerStudent))
    lp.addAtLeast(seats, columns.addedBenches[t]! >= 0 ? 0 : Math.min(0, seats.constant))
    // Served hours served[g] = D'[g][t] + (1 - abandonRate) u[g][t-1] - u[g][t] >= 0.
    const served: LinExpr[] = []
    for (let g = 0; g < G; g++) {
      const e = new LinExpr(s.demand[g * H + t]!).add(columns.unserved[g * H + t]!, -1)
      if (t > 0) e.add(columns.unserved[g * H + t - 1]!, keep)
      lp.addAtLeast(e, 0)
      served.push(e)
    }
    // Regular hours: served less overtime (at most its share of the grade's capacity) and outsourcing.
    const regular = served.map((e, g) => {
      const sr = new LinExpr().addExpr(e)
      const ot = columns.overtime[g * H + t]!
      const os = columns.outsourced[g * H + t]!
      if (ot >= 0) {
        sr.add(ot, -1)
        lp.addAtMost(new LinExpr().add(ot, 1).addExpr(capacity[g]!, -s.overtimeShare), 0)
      }
      if (os >= 0) sr.add(os, -1)
      if (ot >= 0 || os >= 0) lp.addAtLeast(sr, 0)
      return sr
    })
    // The cascade: what grades m and above serve in regular hours fits in their capacity, for every m.
    const servedAbove = new LinExpr()
    const capacityAbove = new LinExpr()
    for (let m = G - 1; m >= 0; m--) {
      servedAbove.addExpr(regular[m]!)
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
    // (v2) statusBasis "grade": every grade's own unserved work within the allowance of its own demand
    // (the same bound per grade keeps its tolerance and its turnaround; MODEL.md "Service").
    if (input.service.statusBasis === 'grade') {
      for (let g = 0; g < G; g++) {
        const own = new LinExpr().add(columns.unserved[g * H + t]!, 1)
        if (relaxed) {
          const c = lp.addColumn(0, Infinity)
          columns.gradeExcess[g * H + t] = c
          own.add(c, -1)
          excess.add(c, 1)
        }
        lp.addAtMost(own, s.allowedShare * s.demand[g * H + t]! * (1 - o.margin))
      }
    }
    // Cost of the year: salaries of W, training of S (hiring and benches are on their columns).
    for (let g = 0; g < G; g++) cost.addExpr(W[g * H + t]!, input.grades[g]!.salaryPerFte)
    input.training.forEach((prog, p) => cost.addExpr(S[p * H + t]!, prog.costPerStudentYear))
  }
  if (o.excessAtMost !== undefined) lp.addAtMost(excess, o.excessAtMost)
  lp.addObjective(o.objective === 'cost' ? cost : excess)
  return { lp, columns }
}

/** Reads the plan from a solution: extra hires and students (noise dropped), whole benches. */
export function extractPlan(s: Setup, columns: Columns, solution: LpSolution): Plan {
  const { input, H } = s
  const plan = emptyPlan()
  const value = (c: number, upper: number) => {
    if (c < 0) return 0
    // A whole plan's columns are integers up to HiGHS's tolerance: written as the integer.
    const v = s.whole ? Math.round(solution.x[c]!) : solution.x[c]!
    return v < noise ? 0 : Math.min(v, upper)
  }
  s.gradeIds.forEach((id, g) => {
    const extra = Array.from({ length: H }, (_, t) =>
      value(columns.extraHires[g * H + t]!, s.hireCap[g * H + t]! - s.hires[g * H + t]!),
    )
    if (extra.some((x) => x > 0)) {
      plan.extraHires[id] = extra
      // Written on top of the planned hires series; the policies (backfill, gap hiring) still add theirs.
      plan.hires[id] = extra.map((x, t) => s.plannedHires[g * H + t]! + x)
    }
  })
  s.programmeIds.forEach((id, p) => {
    const extra = Array.from({ length: H }, (_, t) =>
      value(columns.extraIntake[p * H + t]!, s.intakeCap[p * H + t]! - s.admitted[p * H + t]!),
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
