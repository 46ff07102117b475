// Resolves every series parameter of an input to one value per year, or throws ModelInputError naming each failure.
import { formatPath, ModelInputError, type Problem } from '../model/problems'
import type { ModelInput } from '../model/types'
import { seriesBounds } from '../model/limits'
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
  /** (v2) Per grade; null where the grade has no entry (0 every year). */
  backfill: (Float64Array | null)[]
  gapHiring: (Float64Array | null)[]
  /** (v2) outsourcing[g].maxHours per grade; null where the grade outsources nothing. */
  outsourcingMaxHours: (Float64Array | null)[]
  /** Per programme, in `training` order. */
  intake: Float64Array[]
  /** (v2) Per programme; null where there is no cap. */
  maxIntake: (Float64Array | null)[]
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
  const { growth, share, fte, students, hours } = seriesBounds
  const byGrade = (map: ModelInput['workforce']['hires'] | undefined, field: string, bounds: SeriesBounds) =>
    layout.gradeIds.map((id) =>
      map !== undefined && Object.hasOwn(map, id)
        ? get(map[id], formatPath(['workforce', field, id]), bounds)
        : null,
    )
  const outsourcing = input.service.outsourcing
  const resolved: ResolvedSeries = {
    newSalesGrowth: input.segments.map((s, i) =>
      get(s.newSalesGrowth, `segments[${i}].newSalesGrowth`, growth),
    ),
    preOwnedGrowth: input.segments.map((s, i) =>
      get(s.preOwnedGrowth, `segments[${i}].preOwnedGrowth`, growth),
    ),
    serviceUptake: input.segments.map((s, i) => get(s.serviceUptake, `segments[${i}].serviceUptake`, share)),
    hires: byGrade(input.workforce.hires, 'hires', fte),
    marketLimit: byGrade(input.workforce.marketLimit, 'marketLimit', fte),
    backfill: byGrade(input.workforce.backfill, 'backfill', share),
    gapHiring: byGrade(input.workforce.gapHiring, 'gapHiring', share),
    outsourcingMaxHours: layout.gradeIds.map((id) =>
      outsourcing !== undefined && Object.hasOwn(outsourcing, id)
        ? get(outsourcing[id].maxHours, formatPath(['service', 'outsourcing', id, 'maxHours']), hours)
        : null,
    ),
    intake: input.training.map((p, i) => get(p.intake, `training[${i}].intake`, students)),
    maxIntake: input.training.map((p, i) =>
      p.maxIntake === undefined ? null : get(p.maxIntake, `training[${i}].maxIntake`, students),
    ),
  }
  if (problems.length > 0) throw new ModelInputError(problems)
  return resolved
}
