// Figures derived from an input and its projection that the charts and the solver need: computed here, beside the engine, once.
import type { ModelInput, ModelResult } from '../model/types'

const total = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0)

/**
 * BL[g][0] (h by grade, in the order of `demandYear0ByGrade`): the initial backlog split in proportion to
 * each grade's year-0 demand D[g][0], evenly when every D[g][0] is 0 (docs/model-equations.md "Service").
 */
export function initialBacklogByGrade(
  initialBacklogHours: number,
  demandYear0ByGrade: ArrayLike<number>,
): number[] {
  const demand = Array.from(demandYear0ByGrade)
  const sum = demand.reduce((a, b) => a + b, 0)
  return demand.map((d) => (sum > 0 ? (initialBacklogHours * d) / sum : initialBacklogHours / demand.length))
}

/**
 * Effective demand per year, all grades (h/yr): the year's demand plus the backlog carried in — the
 * initial backlog in year 0, the previous year's `backlogHours` after that.
 */
export function effectiveDemandHours(input: ModelInput, result: ModelResult): number[] {
  let carried = input.service.initialBacklogHours
  return result.years.map((y) => {
    const effective = total(y.demandHours) + carried
    carried = total(y.backlogHours)
    return effective
  })
}

/**
 * Graduates who take a job here, per year (FTE/yr): the sum over programmes of graduates × captureRate.
 * They graduate at the end of the year shown and join the workshop the year after.
 */
export function joiningGraduates(input: ModelInput, result: ModelResult): number[] {
  return result.years.map((y) =>
    input.training.reduce((acc, p) => acc + (y.graduates[p.id] ?? 0) * p.captureRate, 0),
  )
}

/** Benches in place each year of the horizon: initial plus the expansions dated up to that year (seats = benches × shifts). */
export function benchesByYear(input: ModelInput): number[] {
  return Array.from({ length: input.horizonYears }, (_, t) => {
    let count = input.benches.initial
    for (const e of input.benches.expansions) if (e.year <= input.startYear + t) count += e.benches
    return count
  })
}
