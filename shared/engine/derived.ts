// Figures derived from an input and its projection that the engine, the charts and the solver need (docs/model-equations.md "Service" and "Training"): one home, beside the engine.
import type { ModelInput, ModelResult } from '../model/types'

const total = (values: Record<string, number>): number => Object.values(values).reduce((a, b) => a + b, 0)

/**
 * BL[g][0] (h by grade, in the order of `demandYear0`): `initialBacklogHours` split across grades in
 * proportion to year 0's demand D[g][0], evenly when all of it is 0. The engine's service uses this very function.
 */
export function splitInitialBacklog(
  initialBacklogHours: number,
  demandYear0: ArrayLike<number>,
): Float64Array {
  const G = demandYear0.length
  const out = new Float64Array(G)
  let sum = 0
  for (let g = 0; g < G; g++) sum += demandYear0[g]
  for (let g = 0; g < G; g++) {
    out[g] = sum > 0 ? (initialBacklogHours * demandYear0[g]) / sum : initialBacklogHours / G
  }
  return out
}

/**
 * Effective demand ED[g][t] = D[g][t] + BL[g][t] (h), per year and grade: the year's demand plus the
 * backlog carried into it (year 0: the initial backlog, split; later: the previous year's backlogHours).
 */
export function effectiveDemandByGrade(input: ModelInput, result: ModelResult): Record<string, number>[] {
  const ids = input.grades.map((g) => g.id)
  const first = result.years[0]
  if (first === undefined) return []
  const initial = splitInitialBacklog(
    input.service.initialBacklogHours,
    ids.map((id) => first.demandHours[id] ?? 0),
  )
  return result.years.map((y, t) => {
    const out: Record<string, number> = {}
    ids.forEach((id, g) => {
      const carried = t === 0 ? initial[g] : (result.years[t - 1].backlogHours[id] ?? 0)
      out[id] = (y.demandHours[id] ?? 0) + carried
    })
    return out
  })
}

/** Effective demand per year, all grades (h/yr): the sum over grades of `effectiveDemandByGrade`. */
export function effectiveDemandHours(input: ModelInput, result: ModelResult): number[] {
  return effectiveDemandByGrade(input, result).map(total)
}

/**
 * Graduates who take a job here, per year (FTE/yr): the sum over programmes of captureRate * GR[p][t].
 * They graduate at the end of the year shown and join the workshop the year after; graduates of the last year never join.
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
