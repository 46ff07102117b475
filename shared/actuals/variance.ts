// Plan versus actual: for every year with actuals, the plan's figure, the actual, their difference (actual - plan) and its share of the plan.
import { project } from '../engine/index'
import type { ModelInput, ModelResult } from '../model/types'
import { planFigure } from './planFigures'
import { actualMetrics, type ActualMetric, type Actuals } from './types'

/** One cell of the variance table. Sign convention everywhere: difference = actual - plan. */
export interface VarianceCell {
  year: number
  metric: ActualMetric
  /** Segment, grade or programme id; '' for a workshop total or figure. */
  key: string
  /** The plan's figure (docs/calibration.md "Mapping"); null when the plan has none (turnaround unknown). */
  plan: number | null
  actual: number
  /** actual - plan, in the metric's unit; null when plan is null. Positive: more happened than planned. */
  difference: number | null
  /** 100 * (actual - plan) / plan; null when plan is null or 0. */
  percent: number | null
}

export interface Variance {
  cells: VarianceCell[]
  /** Years with actuals that the scenario does not cover (not compared). */
  yearsOutside: number[]
}

/** True for a projection result rather than an input (both are plain JSON). */
function isResult(x: ModelInput | ModelResult): x is ModelResult {
  return Array.isArray((x as ModelResult).years) && (x as ModelResult).summary !== undefined
}

/**
 * The variance of a scenario (projected here) or of a stored result (a frozen version) against
 * actuals, year by year in `actualMetrics` order, keys in the actuals' order. Actuals must have
 * passed `validateActuals` against the scenario.
 */
export function variance(plan: ModelInput | ModelResult, actuals: Actuals): Variance {
  const result = isResult(plan) ? plan : project(plan)
  const cells: VarianceCell[] = []
  const yearsOutside: number[] = []
  for (const { year, figures } of [...actuals].sort((a, b) => a.year - b.year)) {
    const projected = result.years.find((y) => y.year === year)
    if (projected === undefined) {
      yearsOutside.push(year)
      continue
    }
    for (const metric of actualMetrics) {
      const values = figures[metric]
      if (values === undefined) continue
      for (const key of Object.keys(values)) {
        const actual = values[key]!
        const planned = planFigure(projected, metric, key)
        const difference = planned === null ? null : actual - planned
        const percent = planned === null || planned === 0 ? null : (100 * (actual - planned)) / planned
        cells.push({ year, metric, key, plan: planned, actual, difference, percent })
      }
    }
  }
  return { cells, yearsOutside }
}
