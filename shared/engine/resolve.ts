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

const { growth, share, fte, students, hours } = seriesBounds

/** The bounds each kind of series is held to (docs/model-equations.md "Bounds"), here and in every rerun of part of the engine. */
export const slotBounds: Record<keyof ResolvedSeries, SeriesBounds> = {
  newSalesGrowth: growth,
  preOwnedGrowth: growth,
  serviceUptake: share,
  hires: fte,
  marketLimit: fte,
  backfill: share,
  gapHiring: share,
  outsourcingMaxHours: hours,
  intake: students,
  maxIntake: students,
}

/**
 * Where the engine names a problem with series `slot` of the segment, grade or programme at `index` (in the
 * input's order): here and in every rerun of part of the engine, so both report the same field.
 */
export function seriesPath(slot: keyof ResolvedSeries, index: number, layout: Layout): string {
  switch (slot) {
    case 'newSalesGrowth':
    case 'preOwnedGrowth':
    case 'serviceUptake':
      return `segments[${index}].${slot}`
    case 'hires':
    case 'marketLimit':
    case 'backfill':
    case 'gapHiring':
      return formatPath(['workforce', slot, layout.gradeIds[index]!])
    case 'outsourcingMaxHours':
      return formatPath(['service', 'outsourcing', layout.gradeIds[index]!, 'maxHours'])
    case 'intake':
    case 'maxIntake':
      return `training[${index}].${slot}`
  }
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
  type BySegment = 'newSalesGrowth' | 'preOwnedGrowth' | 'serviceUptake'
  const bySegment = (slot: BySegment) =>
    input.segments.map((s, i) => get(s[slot], seriesPath(slot, i, layout), slotBounds[slot]))
  const byGrade = (slot: 'hires' | 'marketLimit' | 'backfill' | 'gapHiring') => {
    const map = input.workforce[slot]
    return layout.gradeIds.map((id, g) =>
      map !== undefined && Object.hasOwn(map, id)
        ? get(map[id], seriesPath(slot, g, layout), slotBounds[slot])
        : null,
    )
  }
  const outsourcing = input.service.outsourcing
  const resolved: ResolvedSeries = {
    newSalesGrowth: bySegment('newSalesGrowth'),
    preOwnedGrowth: bySegment('preOwnedGrowth'),
    serviceUptake: bySegment('serviceUptake'),
    hires: byGrade('hires'),
    marketLimit: byGrade('marketLimit'),
    backfill: byGrade('backfill'),
    gapHiring: byGrade('gapHiring'),
    outsourcingMaxHours: layout.gradeIds.map((id, g) =>
      outsourcing !== undefined && Object.hasOwn(outsourcing, id)
        ? get(
            outsourcing[id].maxHours,
            seriesPath('outsourcingMaxHours', g, layout),
            slotBounds.outsourcingMaxHours,
          )
        : null,
    ),
    intake: input.training.map((p, i) => get(p.intake, seriesPath('intake', i, layout), slotBounds.intake)),
    maxIntake: input.training.map((p, i) =>
      p.maxIntake === undefined
        ? null
        : get(p.maxIntake, seriesPath('maxIntake', i, layout), slotBounds.maxIntake),
    ),
  }
  if (problems.length > 0) throw new ModelInputError(problems)
  return resolved
}
