// The parameters calibration may fit (uptake and an hours scale per segment, attrition per grade): their bounds and the overrides that write them.
import { resolveSeries } from '../engine/series'
import { applyOverrides, type Override } from '../model/overrides'
import type { ModelInput, Series } from '../model/types'

export const calibrationKinds = ['serviceUptake', 'hoursPerJob', 'attritionRate'] as const
export type CalibrationKind = (typeof calibrationKinds)[number]

/** One parameter to fit: a kind and the segment (serviceUptake, hoursPerJob) or grade (attritionRate) id. */
export interface CalibrationTarget {
  kind: CalibrationKind
  id: string
}

/**
 * A parameter as the optimiser sees it. `measure` 'value' is the field itself (a constant
 * serviceUptake, an attritionRate); 'scale' is a factor on the scenario's figures (1 = unchanged):
 * every hoursPerJob (and resaleHoursPerJob) of the segment, or every year of a serviceUptake given as
 * a list or a formula. Bounds are inclusive.
 */
export interface ParameterSpec extends CalibrationTarget {
  /** The override path the fitted value is written at (shared/model/overrides.ts syntax). */
  path: string
  measure: 'value' | 'scale'
  before: number
  min: number
  max: number
}

/** Lowest and highest scale on a segment's hours per job: a tenth to ten times the scenario's. */
export const hoursScaleBounds = { min: 0.1, max: 10 } as const

/** Every target of the given kinds: one per segment for uptake and hours, one per grade for attrition. */
export function calibrationTargets(
  input: ModelInput,
  kinds: readonly CalibrationKind[],
): CalibrationTarget[] {
  const out: CalibrationTarget[] = []
  for (const kind of calibrationKinds) {
    if (!kinds.includes(kind)) continue
    const ids = kind === 'attritionRate' ? input.grades.map((g) => g.id) : input.segments.map((s) => s.id)
    for (const id of ids) out.push({ kind, id })
  }
  return out
}

/** The specs of `targets` in `input`; throws an Error naming a target whose segment or grade does not exist. */
export function parameterSpecs(input: ModelInput, targets: readonly CalibrationTarget[]): ParameterSpec[] {
  return targets.map(({ kind, id }) => {
    if (kind === 'attritionRate') {
      const grade = input.grades.find((g) => g.id === id)
      if (grade === undefined) throw new Error(`attritionRate: '${id}' is not a grade of this scenario`)
      return {
        kind,
        id,
        path: `grades/${id}/attritionRate`,
        measure: 'value',
        before: grade.attritionRate,
        min: 0,
        max: 1,
      }
    }
    const segment = input.segments.find((s) => s.id === id)
    if (segment === undefined) throw new Error(`${kind}: '${id}' is not a segment of this scenario`)
    const path = `segments/${id}/${kind}`
    if (kind === 'hoursPerJob') return { kind, id, path, measure: 'scale', before: 1, ...hoursScaleBounds }
    const uptake = segment.serviceUptake
    if (typeof uptake === 'number')
      return { kind, id, path, measure: 'value', before: uptake, min: 0, max: 1 }
    // A list or formula keeps its shape: the factor may go up to where its highest year reaches 1.
    const resolved = resolveSeries(uptake, input.horizonYears, input.startYear, path, { min: 0, max: 1 })
    const highest = resolved.ok ? Math.max(...resolved.values) : 1
    return { kind, id, path, measure: 'scale', before: 1, min: 0, max: highest > 0 ? 1 / highest : 1 }
  })
}

/** The overrides that set each parameter to its value (`values[i]` for `specs[i]`), as a scenario would carry them. */
export function parameterOverrides(
  input: ModelInput,
  specs: readonly ParameterSpec[],
  values: readonly number[],
): Override[] {
  const out: Override[] = []
  specs.forEach((spec, i) => {
    const value = values[i]!
    if (spec.kind === 'attritionRate') {
      out.push({ path: spec.path, value })
      return
    }
    const segment = input.segments.find((s) => s.id === spec.id)!
    if (spec.kind === 'serviceUptake') {
      out.push({
        path: spec.path,
        value: spec.measure === 'value' ? value : scaleSeries(segment.serviceUptake, value),
      })
      return
    }
    out.push({ path: spec.path, value: scaleRecord(segment.hoursPerJob, value) })
    // (v2) resale services have their own hours per job; the scale is on the segment's work, so both move.
    const resale: unknown = (segment as unknown as Record<string, unknown>).resaleHoursPerJob
    if (isNumberRecord(resale)) {
      out.push({ path: `segments/${spec.id}/resaleHoursPerJob`, value: scaleRecord(resale, value) })
    }
  })
  return out
}

/** `input` with each parameter at its value (the input is not changed). */
export function withParameters(
  input: ModelInput,
  specs: readonly ParameterSpec[],
  values: readonly number[],
): ModelInput {
  return applyOverrides(input, parameterOverrides(input, specs, values)).input
}

function scaleRecord(record: Record<string, number>, factor: number): Record<string, number> {
  const out: Record<string, number> = {}
  for (const key of Object.keys(record)) out[key] = record[key]! * factor
  return out
}

/** A share series times a factor: a list year by year (kept within 0..1), a formula wrapped. */
function scaleSeries(series: Series, factor: number): Series {
  if (typeof series === 'number') return Math.min(1, series * factor)
  if (Array.isArray(series)) return series.map((x) => Math.min(1, x * factor))
  return `(${series}) * ${factor}`
}

function isNumberRecord(v: unknown): v is Record<string, number> {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    Object.values(v as Record<string, unknown>).every((x) => typeof x === 'number')
  )
}
