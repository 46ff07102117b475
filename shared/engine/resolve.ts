// Resolves every series parameter of an input to one value per year, or throws ModelInputError naming each failure.
import { formatPath, ModelInputError, type Problem } from '../model/problems'
import type { ModelInput } from '../model/types'
import type { Layout } from './layout'
import { createSeriesResolver, type SeriesBounds } from './series'

/**
 * Every series of the input, one Float64Array of H values each. Read only: a formula's values are
 * shared with the formula cache.
 */
export interface ResolvedSeries {
  /** Per segment, in `segments` order. */
  newSalesGrowth: Float64Array[]
  preOwnedGrowth: Float64Array[]
  serviceUptake: Float64Array[]
  /** Per grade, in `grades` order; null where the grade has no entry (no hires; no market limit). */
  hires: (Float64Array | null)[]
  marketLimit: (Float64Array | null)[]
  /** Per programme, in `training` order. */
  intake: Float64Array[]
}

export function resolveInputSeries(input: ModelInput, layout: Layout): ResolvedSeries {
  const resolve = createSeriesResolver(layout.H, layout.startYear)
  const problems: Problem[] = []
  const empty = new Float64Array(layout.H)
  const get = (
    value: ModelInput['segments'][number]['newSalesGrowth'],
    path: string,
    bounds: SeriesBounds,
  ) => {
    const result = resolve(value, path, bounds)
    if (result.ok) return result.values
    problems.push(...result.problems)
    return empty
  }
  const growth = { min: -1 }
  const share = { min: 0, max: 1 }
  const count = { min: 0 }
  const byGrade = (map: ModelInput['workforce']['hires'], field: string) =>
    layout.gradeIds.map((id) =>
      Object.hasOwn(map, id) ? get(map[id], formatPath(['workforce', field, id]), count) : null,
    )
  const resolved: ResolvedSeries = {
    newSalesGrowth: input.segments.map((s, i) =>
      get(s.newSalesGrowth, `segments[${i}].newSalesGrowth`, growth),
    ),
    preOwnedGrowth: input.segments.map((s, i) =>
      get(s.preOwnedGrowth, `segments[${i}].preOwnedGrowth`, growth),
    ),
    serviceUptake: input.segments.map((s, i) => get(s.serviceUptake, `segments[${i}].serviceUptake`, share)),
    hires: byGrade(input.workforce.hires, 'hires'),
    marketLimit: byGrade(input.workforce.marketLimit, 'marketLimit'),
    intake: input.training.map((p, i) => get(p.intake, `training[${i}].intake`, count)),
  }
  if (problems.length > 0) throw new ModelInputError(problems)
  return resolved
}
