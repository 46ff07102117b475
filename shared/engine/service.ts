// docs/model-equations.md "Service": backlog, the top-down cascade, (v2) overtime and outsourcing, abandonment, turnaround and status.
import type { GradeStatus, ModelInput, YearStatus } from '../model/types'
import type { Capacity } from './capacity'
import type { Demand } from './demand'
import { splitInitialBacklog } from './derived'
import type { Layout } from './layout'
import type { ResolvedSeries } from './resolve'

/** Service figures of every year; per-grade arrays are laid out [g * H + t]. */
export interface Service {
  /** served[g][t] = SR + OT + OS (h/yr). */
  servedHours: Float64Array
  /** (v2) OT[g][t], overtime hours on the grade's own work (h/yr). */
  overtimeHours: Float64Array
  /** (v2) OS[g][t], outsourced hours of the grade's work (h/yr). */
  outsourcedHours: Float64Array
  /** unserved[g][t] = ED - served (h/yr). */
  unservedHours: Float64Array
  /** Unserved hours whose customers gave up (h/yr). */
  lostHours: Float64Array
  /** BL[g][t+1], backlog carried into the next year (h). */
  backlogHours: Float64Array
  /** Capacity left over after the bottom grade in the regular cascade (h/yr). */
  idleHours: Float64Array
  /** sum SR / sum C, regular hours only (0..1). */
  utilisation: Float64Array
  /** Weeks from drop-off to return; meaningful only where `turnaroundKnown` is 1. */
  turnaroundWeeks: Float64Array
  turnaroundKnown: Uint8Array
  /** (v2) Per grade, laid out [g * H + t]; meaningful only where `turnaroundKnownByGrade` is 1. */
  turnaroundWeeksByGrade: Float64Array
  turnaroundKnownByGrade: Uint8Array
  /** unserved / hoursPerFte (FTE). */
  gapFte: Float64Array
  shortageFte: Float64Array
  /** The status each year reports (workshop basis, or (v2) grade basis). */
  status: YearStatus[]
  /** (v2) Each grade's own status, laid out [g * H + t]. */
  statusByGrade: GradeStatus[]
}

/** Service computed one year at a time, after that year's capacity. */
export interface ServiceRun extends Service {
  step(t: number): void
}

/** Turnaround weeks, or NaN for "unknown" (nothing served while a backlog remains). */
function turnaround(base: number, backlog: number, served: number): number {
  // A backlog so large against what is served that the weeks overflow (served of the order of
  // 1e-300 h) is reported like nothing served: unknown.
  const weeks = served > 0 ? base + (52 * backlog) / served : Infinity
  if (served > 0 && Number.isFinite(weeks)) return weeks
  return backlog > 0 ? Number.NaN : base
}

export function createService(
  input: ModelInput,
  layout: Layout,
  series: ResolvedSeries,
  demand: Demand,
  capacity: Capacity,
): ServiceRun {
  const { H } = layout
  const G = input.grades.length
  const service = input.service
  const D = demand.demandHours
  const C = capacity.capacityHours
  const served = new Float64Array(G * H)
  const overtime = new Float64Array(G * H)
  const outsourced = new Float64Array(G * H)
  const unserved = new Float64Array(G * H)
  const lost = new Float64Array(G * H)
  const backlogNext = new Float64Array(G * H)
  const idleHours = new Float64Array(H)
  const utilisation = new Float64Array(H)
  const turnaroundWeeks = new Float64Array(H)
  const turnaroundKnown = new Uint8Array(H)
  const turnaroundWeeksByGrade = new Float64Array(G * H)
  const turnaroundKnownByGrade = new Uint8Array(G * H)
  const gapFte = new Float64Array(G * H)
  const shortageFte = new Float64Array(H)
  const status: YearStatus[] = new Array<YearStatus>(H)
  const statusByGrade: GradeStatus[] = new Array<GradeStatus>(G * H)
  const overtimeShare = service.overtimeShare ?? 0
  const { abandonRate, baseTurnaroundWeeks: base, targetTurnaroundWeeks: target, shortageTolerance } = service
  const hoursPerFte = Float64Array.from(input.grades, (g) => g.hoursPerFte)
  const byGrade = service.statusBasis === 'grade'
  const outsourcingCap = series.outsourcingMaxHours

  // BL[g][0] = initialBacklogHours split in proportion to D[g][0] (evenly if all are 0).
  const demandYear0 = new Float64Array(G)
  for (let g = 0; g < G; g++) demandYear0[g] = D[g * H]
  const BL = splitInitialBacklog(service.initialBacklogHours, demandYear0)

  const ED = new Float64Array(G)
  const SR = new Float64Array(G)
  const step = (t: number): void => {
    // Effective demand ED[g] = D[g][t] + BL[g][t].
    for (let g = 0; g < G; g++) ED[g] = D[g * H + t] + BL[g]
    // Cascade from the top grade down, in regular hours: SR.
    let spill = 0
    for (let g = G - 1; g >= 0; g--) {
      const avail = C[g * H + t] + spill
      const s = Math.min(ED[g], avail)
      SR[g] = s
      spill = avail - s
    }
    idleHours[t] = spill
    let sumSR = 0
    let sumServed = 0
    let sumUnserved = 0
    let sumED = 0
    let sumC = 0
    let sumBacklog = 0
    let shortage = 0
    let anyGradeShort = false
    for (let g = 0; g < G; g++) {
      const i = g * H + t
      // (v2) OT = min(ED - SR, overtimeShare * C); OS = min(ED - SR - OT, maxHours[t]), 0 without outsourcing.
      const ot = Math.min(ED[g] - SR[g], overtimeShare * C[i])
      const cap = outsourcingCap[g]
      const os = cap === null ? 0 : Math.min(ED[g] - SR[g] - ot, cap[t])
      overtime[i] = ot
      outsourced[i] = os
      // served = SR + OT + OS, never above ED: the min only removes rounding noise (an ulp).
      const sv = Math.min(ED[g], SR[g] + ot + os)
      served[i] = sv
      // unserved = ED - served; lost = unserved * abandonRate; BL[g][t+1] = unserved - lost
      const u = ED[g] - sv
      const l = u * abandonRate
      unserved[i] = u
      lost[i] = l
      BL[g] = u - l
      backlogNext[i] = BL[g]
      // gapFte[g][t] = unserved[g] / hoursPerFte[g]
      gapFte[i] = u / hoursPerFte[g]
      shortage += gapFte[i]
      // (v2) Turnaround and status of the grade's own work; ok when it has no work.
      const weeks = turnaround(base, BL[g], sv)
      const known = !Number.isNaN(weeks)
      turnaroundWeeksByGrade[i] = known ? weeks : 0
      turnaroundKnownByGrade[i] = known ? 1 : 0
      const gradeShort = ED[g] !== 0 && (u > shortageTolerance * ED[g] || !known || weeks > target)
      statusByGrade[i] = gradeShort ? 'shortage' : 'ok'
      if (gradeShort) anyGradeShort = true
      sumSR += SR[g]
      sumServed += sv
      sumUnserved += u
      sumED += ED[g]
      sumC += C[i]
      sumBacklog += BL[g]
    }
    shortageFte[t] = shortage
    // turnaroundWeeks = base + 52 * sum BL[.][t+1] / sum served; null when nothing is served and a backlog remains.
    const weeks = turnaround(base, sumBacklog, sumServed)
    const known = !Number.isNaN(weeks)
    turnaroundWeeks[t] = known ? weeks : 0
    turnaroundKnown[t] = known ? 1 : 0
    // utilisation = sum SR / sum C (0 when sum C is 0): regular hours only.
    utilisation[t] = sumC > 0 ? sumSR / sumC : 0
    // Workshop status: shortage, else tight at utilisation >= 0.9, else ok.
    const late = !known || weeks > target
    let year: YearStatus
    if (sumUnserved > shortageTolerance * sumED || late) year = 'shortage'
    else if (utilisation[t] >= 0.9) year = 'tight'
    else year = 'ok'
    // (v2) With statusBasis "grade", any grade in shortage makes the year a shortage.
    status[t] = byGrade && anyGradeShort ? 'shortage' : year
  }
  return {
    servedHours: served,
    overtimeHours: overtime,
    outsourcedHours: outsourced,
    unservedHours: unserved,
    lostHours: lost,
    backlogHours: backlogNext,
    idleHours,
    utilisation,
    turnaroundWeeks,
    turnaroundKnown,
    turnaroundWeeksByGrade,
    turnaroundKnownByGrade,
    gapFte,
    shortageFte,
    status,
    statusByGrade,
    step,
  }
}
