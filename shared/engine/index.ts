// The projection engine: `project(input)` runs docs/model-equations.md section by section and returns the yearly figures.
import { ModelInputError, problem } from '../model/problems'
import type { ModelInput, ModelResult, ResultSummary, YearResult } from '../model/types'
import { computeCapacity } from './capacity'
import { computeCosts } from './cost'
import { computeDemand } from './demand'
import { makeLayout } from './layout'
import { resolveInputSeries } from './resolve'
import { computeService } from './service'
import { computeTraining } from './training'
import { computeWorkforce } from './workforce'

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
  const workforce = computeWorkforce(input, layout, series, training)
  const capacity = computeCapacity(input, layout, training, workforce)
  const service = computeService(input, layout, demand, capacity)
  const costs = computeCosts(input, layout, training, workforce)

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
    service.unservedHours,
    service.idleHours,
    service.turnaroundWeeks,
    service.shortageFte,
    costs.total,
  ])
  if (overflow >= 0) {
    const year = startYear + overflow
    throw new ModelInputError([
      problem(
        '',
        `figures grow beyond what can be computed in ${year}; check growth rates and very large or very small values`,
        year,
      ),
    ])
  }

  const years: YearResult[] = new Array<YearResult>(H)
  let firstShortageYear: number | null = null
  let peakShortageFte = 0
  let peakShortageYear: number | null = null
  let totalLostHours = 0
  let totalCost = 0
  for (let t = 0; t < H; t++) {
    const year = startYear + t
    const bu = capacity.benchUtilisation[t]
    years[t] = {
      year,
      demandHours: byId(gradeIds, demand.demandHours, H, t),
      capacityHours: byId(gradeIds, capacity.capacityHours, H, t),
      servedHours: byId(gradeIds, service.servedHours, H, t),
      unservedHours: byId(gradeIds, service.unservedHours, H, t),
      lostHours: byId(gradeIds, service.lostHours, H, t),
      backlogHours: byId(gradeIds, service.backlogHours, H, t),
      headcount: byId(gradeIds, workforce.headcount, H, t),
      joiners: byId(gradeIds, workforce.joiners, H, t),
      hires: byId(gradeIds, workforce.hires, H, t),
      leavers: byId(gradeIds, workforce.leavers, H, t),
      retirements: byId(gradeIds, workforce.retirements, H, t),
      gapFte: byId(gradeIds, service.gapFte, H, t),
      jobs: byId(segmentIds, demand.jobs, H, t),
      installedBase: byId(segmentIds, demand.installedBase, H, t),
      students: byId(programmeIds, training.studentsTotal, H, t),
      graduates: byId(programmeIds, training.graduates, H, t),
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
        total: costs.total[t],
      },
    }
    // Summary: first shortage year, first year of the largest shortageFte, sums of lost hours and cost.
    if (firstShortageYear === null && service.status[t] === 'shortage') firstShortageYear = year
    if (service.shortageFte[t] > peakShortageFte) {
      peakShortageFte = service.shortageFte[t]
      peakShortageYear = year
    }
    for (let g = 0; g < gradeIds.length; g++) totalLostHours += service.lostHours[g * H + t]
    totalCost += costs.total[t]
  }
  if (!Number.isFinite(totalLostHours) || !Number.isFinite(totalCost)) {
    throw new ModelInputError([
      problem('', 'total lost hours or total cost grow beyond what can be computed; check very large values'),
    ])
  }
  const summary: ResultSummary = {
    firstShortageYear,
    peakShortageFte,
    peakShortageYear,
    totalLostHours,
    totalCost,
  }
  return { years, summary }
}

function byId(ids: string[], values: Float64Array, H: number, t: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (let i = 0; i < ids.length; i++) out[ids[i]] = values[i * H + t]
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
