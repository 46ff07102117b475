// Figures derived from a projection that charts and the solver need (docs/model-equations.md "Service" and "Training"): one home, beside the engine.
import type { ModelInput, ModelResult } from '../model/types'

/**
 * BL[g][0]: `initialBacklogHours` split across grades in proportion to year 0's demand D[g][0], evenly
 * when all of it is 0. The engine's service uses this very function.
 */
export function splitInitialBacklog(
  initialBacklogHours: number,
  demandYear0: ArrayLike<number>,
): Float64Array {
  const G = demandYear0.length
  const out = new Float64Array(G)
  let total = 0
  for (let g = 0; g < G; g++) total += demandYear0[g]
  for (let g = 0; g < G; g++) {
    out[g] = total > 0 ? (initialBacklogHours * demandYear0[g]) / total : initialBacklogHours / G
  }
  return out
}

/**
 * Effective demand ED[g][t] = D[g][t] + BL[g][t] (h), per year and grade: the year's demand plus the
 * backlog carried into it (year 0: the initial backlog, split; later: the previous year's backlogHours).
 */
export function effectiveDemandHours(input: ModelInput, result: ModelResult): Record<string, number>[] {
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

/**
 * Graduates of each year who join the workshop, sum over programmes of captureRate * GR[p][t] (FTE).
 * They join at the start of year t+1; graduates of the last year never join.
 */
export function capturedGraduates(input: ModelInput, result: ModelResult): number[] {
  return result.years.map((y) =>
    input.training.reduce((sum, p) => sum + p.captureRate * (y.graduates[p.id] ?? 0), 0),
  )
}
