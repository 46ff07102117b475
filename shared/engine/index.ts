// The projection engine: `project(input)` runs docs/model-equations.md section by section and returns the yearly figures.
import { ModelInputError, problem, projectionCodes } from '../model/problems'
import type { GradeStatus, ModelInput, ModelResult, ResultSummary, YearResult } from '../model/types'
import { computeDemand } from './demand'
import { makeLayout } from './layout'
import { resolveInputSeries } from './resolve'
import { computeTraining } from './training'
import { runYears } from './years'

export { ModelInputError } from '../model/problems'

/**
 * Projects a validated input over `horizonYears` annual steps, following docs/model-equations.md.
 *
 * Units: hours are bench hours per year (h/yr), headcounts FTE, costs CHF (or the input's currency)
 * per year, turnaround weeks. Per-grade maps are keyed by grade id, per-segment maps by segment id,
 * per-programme maps by programme id, each in the input's order. Nothing is rounded.
 *
 * Invariants: no NaN and no negative stock; `benchUtilisation` is null for "no seats, some needed"
 * and `turnaroundWeeks` null when nothing is served while a backlog remains.
 *
 * The input must have passed `validateInput`. Throws `ModelInputError` when a series cannot be
 * resolved (a formula that fails) or when figures overflow floating point.
 */
export function project(input: ModelInput): ModelResult {
  const layout = makeLayout(input)
  const series = resolveInputSeries(input, layout)
  const demand = computeDemand(input, layout, series)
  const training = computeTraining(input, layout, series)
  const { workforce, capacity, service, costs } = runYears(input, layout, series, demand, training)

  const { H, startYear, gradeIds, segmentIds, programmeIds } = layout
  const overflow = firstNonFiniteYear(H, [
    demand.demandHours,
    demand.installedBase,
    demand.jobs,
    workforce.headcount,
    workforce.joiners,
    workforce.leavers,
    workforce.retirements,
    training.studentsTotal,
    capacity.capacityHours,
    capacity.seats,
    capacity.seatsNeeded,
    capacity.supervisionHours,
    capacity.unsupervisedHours,
    service.servedHours,
    service.overtimeHours,
    service.outsourcedHours,
    service.unservedHours,
    service.turnaroundWeeksByGrade,
    service.idleHours,
    service.turnaroundWeeks,
    service.shortageFte,
    costs.total,
    costs.revenue,
    costs.lostRevenue,
    costs.margin,
  ])
  if (overflow >= 0) {
    const year = startYear + overflow
    throw new ModelInputError([
      {
        ...problem(
          '',
          `figures grow beyond what can be computed in ${year}; check growth rates and very large or very small values`,
          year,
        ),
        code: projectionCodes.overflow,
        params: { year },
      },
    ])
  }

  const years: YearResult[] = new Array<YearResult>(H)
  let firstShortageYear: number | null = null
  let firstShortageGrade: string | null = null
  let peakShortageFte = 0
  let peakShortageYear: number | null = null
  let totalLostHours = 0
  let totalCost = 0
  let totalRevenue = 0
  let totalLostRevenue = 0
  let totalMargin = 0
  const G = gradeIds.length
  const byGrade = keyedBy(gradeIds)
  const bySegment = keyedBy(segmentIds)
  const byProgramme = keyedBy(programmeIds)
  for (let t = 0; t < H; t++) {
    const year = startYear + t
    const bu = capacity.benchUtilisation[t]
    years[t] = {
      year,
      demandHours: byGrade(demand.demandHours, H, t),
      capacityHours: byGrade(capacity.capacityHours, H, t),
      servedHours: byGrade(service.servedHours, H, t),
      unservedHours: byGrade(service.unservedHours, H, t),
      lostHours: byGrade(service.lostHours, H, t),
      backlogHours: byGrade(service.backlogHours, H, t),
      overtimeHours: byGrade(service.overtimeHours, H, t),
      outsourcedHours: byGrade(service.outsourcedHours, H, t),
      turnaroundWeeksByGrade: turnaroundByGrade(
        gradeIds,
        service.turnaroundWeeksByGrade,
        service.turnaroundKnownByGrade,
        H,
        t,
      ),
      statusByGrade: statusByGrade(gradeIds, service.statusByGrade, H, t),
      headcount: byGrade(workforce.headcount, H, t),
      joiners: byGrade(workforce.joiners, H, t),
      hires: byGrade(workforce.hires, H, t),
      leavers: byGrade(workforce.leavers, H, t),
      retirements: byGrade(workforce.retirements, H, t),
      gapFte: byGrade(service.gapFte, H, t),
      jobs: bySegment(demand.jobs, H, t),
      resaleJobs: bySegment(demand.resaleJobs, H, t),
      installedBase: bySegment(demand.installedBase, H, t),
      students: byProgramme(training.studentsTotal, H, t),
      graduates: byProgramme(training.graduates, H, t),
      admitted: byProgramme(training.admitted, H, t),
      seats: capacity.seats[t],
      seatsNeeded: capacity.seatsNeeded[t],
      benchFactor: capacity.benchFactor[t],
      benchUtilisation: bu === Infinity ? null : bu,
      supervisionHours: capacity.supervisionHours[t],
      unsupervisedHours: capacity.unsupervisedHours[t],
      idleHours: service.idleHours[t],
      utilisation: service.utilisation[t],
      turnaroundWeeks: service.turnaroundKnown[t] === 1 ? service.turnaroundWeeks[t] : null,
      shortageFte: service.shortageFte[t],
      status: service.status[t],
      cost: {
        salaries: costs.salaries[t],
        hiring: costs.hiring[t],
        training: costs.training[t],
        benches: costs.benches[t],
        overtime: costs.overtime[t],
        outsourcing: costs.outsourcing[t],
        total: costs.total[t],
      },
      revenue: costs.revenue[t],
      lostRevenue: costs.lostRevenue[t],
      margin: costs.margin[t],
    }
    // Summary: first shortage year and (v2) its short grade with the largest gapFte (first in input
    // order on a tie), first year of the largest shortageFte, sums of lost hours, cost, revenue and margin.
    if (firstShortageYear === null && service.status[t] === 'shortage') {
      firstShortageYear = year
      let largest = -1
      for (let g = 0; g < G; g++) {
        const i = g * H + t
        if (service.statusByGrade[i] === 'shortage' && service.gapFte[i] > largest) {
          largest = service.gapFte[i]
          firstShortageGrade = gradeIds[g]
        }
      }
    }
    if (service.shortageFte[t] > peakShortageFte) {
      peakShortageFte = service.shortageFte[t]
      peakShortageYear = year
    }
    for (let g = 0; g < gradeIds.length; g++) totalLostHours += service.lostHours[g * H + t]
    totalCost += costs.total[t]
    totalRevenue += costs.revenue[t]
    totalLostRevenue += costs.lostRevenue[t]
    totalMargin += costs.margin[t]
  }
  const totals = [totalLostHours, totalCost, totalRevenue, totalLostRevenue, totalMargin]
  if (!totals.every(Number.isFinite)) {
    throw new ModelInputError([
      {
        ...problem(
          '',
          'total lost hours, cost or revenue grow beyond what can be computed; check very large values',
        ),
        code: projectionCodes.totalsOverflow,
        params: {},
      },
    ])
  }
  const summary: ResultSummary = {
    firstShortageYear,
    firstShortageGrade,
    peakShortageFte,
    peakShortageYear,
    totalLostHours,
    totalCost,
    totalRevenue,
    totalLostRevenue,
    totalMargin,
  }
  return { years, summary }
}

function keyedBy(ids: string[]): (values: Float64Array, H: number, t: number) => Record<string, number> {
  return (values, H, t) => {
    const out: Record<string, number> = {}
    for (let i = 0; i < ids.length; i++) out[ids[i]] = values[i * H + t]
    return out
  }
}

function turnaroundByGrade(
  ids: string[],
  weeks: Float64Array,
  known: Uint8Array,
  H: number,
  t: number,
): Record<string, number | null> {
  const out: Record<string, number | null> = {}
  for (let i = 0; i < ids.length; i++) out[ids[i]] = known[i * H + t] === 1 ? weeks[i * H + t] : null
  return out
}

function statusByGrade(
  ids: string[],
  status: GradeStatus[],
  H: number,
  t: number,
): Record<string, GradeStatus> {
  const out: Record<string, GradeStatus> = {}
  for (let i = 0; i < ids.length; i++) out[ids[i]] = status[i * H + t]
  return out
}

/** The first year index where any of the arrays (laid out [i * H + t]) holds a non-finite value, or -1. */
function firstNonFiniteYear(H: number, arrays: Float64Array[]): number {
  let first = -1
  for (const values of arrays) {
    for (let i = 0; i < values.length; i++) {
      if (!Number.isFinite(values[i])) {
        const t = i % H
        if (first < 0 || t < first) first = t
      }
    }
  }
  return first
}
