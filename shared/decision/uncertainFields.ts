// The figures that can be uncertain: each field's shape (number, series, list, roster) and valid range, per MODEL.md "Validation".
import type { SeriesBounds } from '../engine/series'
import { parsePath } from '../model/overrides'
import type { Interval } from './distributions'

// Field kinds and valid ranges, per docs/model-equations.md "Validation".
type Shape = 'scalar' | 'series' | 'list' | 'roster'

/** What an uncertain path may do: its shape and the valid range of every number it holds. */
export interface FieldInfo {
  shape: Shape
  range: Interval
  /** The field's range as series bounds (series only); each run is held to the engine's own (resolve.ts slotBounds). */
  seriesBounds?: SeriesBounds
}

/** Smallest value drawn for a field that must be > 0 (hoursPerFte, serviceIntervalYears). */
const positiveFloor = 1e-6
const rateRange: Interval = { min: 0, max: 1 }
const countRange: Interval = { min: 0, max: Infinity }
const positiveRange: Interval = { min: positiveFloor, max: Infinity }
const growthRange: Interval = { min: -1, max: Infinity }

const scalar = (range: Interval): FieldInfo => ({ shape: 'scalar', range })
const seriesOf = (range: Interval): FieldInfo => ({
  shape: 'series',
  range,
  seriesBounds: Number.isFinite(range.max) ? { min: range.min, max: range.max } : { min: range.min },
})

export const gradeFields: Record<string, FieldInfo> = {
  hoursPerFte: scalar(positiveRange),
  attritionRate: scalar(rateRange),
  promotionRate: scalar(rateRange),
  salaryPerFte: scalar(countRange),
  hireCost: scalar(countRange),
  revenuePerHour: scalar(countRange),
}
export const segmentFields: Record<string, FieldInfo> = {
  installedBase: scalar(countRange),
  scrapRate: scalar(rateRange),
  newSales: scalar(countRange),
  newSalesGrowth: seriesOf(growthRange),
  preOwned: scalar(countRange),
  preOwnedGrowth: seriesOf(growthRange),
  serviceIntervalYears: scalar(positiveRange),
  serviceUptake: seriesOf(rateRange),
  warrantyClaimRate: scalar(rateRange),
  preOwnedServiceRate: scalar(rateRange),
  resaleReplacesService: scalar(rateRange),
}
export const programmeFields: Record<string, FieldInfo> = {
  intake: seriesOf(countRange),
  maxIntake: seriesOf(countRange),
  dropoutRate: scalar(rateRange),
  captureRate: scalar(rateRange),
  initialStudents: { shape: 'list', range: countRange },
  supervisionHoursPerStudent: scalar(countRange),
  benchSharePerStudent: scalar(rateRange),
  costPerStudentYear: scalar(countRange),
}
export const serviceFields: Record<string, FieldInfo> = {
  initialBacklogHours: scalar(countRange),
  abandonRate: scalar(rateRange),
  baseTurnaroundWeeks: scalar(countRange),
  targetTurnaroundWeeks: scalar(countRange),
  shortageTolerance: scalar(rateRange),
  productivityGain: scalar(rateRange),
  rampUpFactor: scalar(rateRange),
  rampUp: { shape: 'list', range: rateRange },
  overtimeShare: scalar(rateRange),
  overtimePremium: scalar(countRange),
}
export const benchFields: Record<string, FieldInfo> = {
  initial: scalar(countRange),
  shifts: scalar(countRange),
}

/** Fields that are numbers but may not be uncertain, and why. */
const refused: Record<string, string> = {
  schemaVersion: 'is not a model figure',
  startYear: 'is a calendar year, not an uncertain figure',
  horizonYears: 'is a whole number of years; it cannot be drawn at random',
  retirementAge: 'is a whole age; it cannot be drawn at random',
  hireAge: 'is a whole age; it cannot be drawn at random',
  entryAge: 'is a whole age; it cannot be drawn at random',
  durationYears: 'is a whole number of years; it cannot be drawn at random',
  jobMix: 'shares must sum to 1; make hoursPerJob or the installed base uncertain instead',
  expansions: 'is a list of dated expansions; make benches/initial uncertain instead',
}

/**
 * The kind and valid range of the field a path names, or why it cannot be uncertain. Does not look at an
 * input (`prepareUncertainty` checks that the figure exists, and that a v2 figure has a v2 scenario).
 */
export function fieldInfo(path: string): { ok: true; info: FieldInfo } | { ok: false; reason: string } {
  const s = parsePath(path)
  const no = (reason: string) => ({ ok: false as const, reason })
  if (s === null) return no('is not a valid path (segments separated by /)')
  // The field is the last segment, or the third under a list element (segments/<id>/jobMix/<job>).
  const field = [s[s.length - 1]!, s[2]].find((f) => f !== undefined && Object.hasOwn(refused, f))
  if (field !== undefined) return no(refused[field]!)
  const pick = (table: Record<string, FieldInfo>, key: string | undefined) =>
    key !== undefined && Object.hasOwn(table, key) ? { ok: true as const, info: table[key]! } : null
  const [top, second, third, fourth] = s
  let found: { ok: true; info: FieldInfo } | null = null
  if (top === 'grades' && s.length === 3) found = pick(gradeFields, third)
  else if (top === 'segments' && s.length === 3) found = pick(segmentFields, third)
  else if (top === 'segments' && s.length === 4 && isJobHours(third) && fourth !== undefined)
    found = { ok: true, info: scalar(countRange) }
  else if (top === 'training' && s.length === 3) found = pick(programmeFields, third)
  else if (top === 'service' && s.length === 2) found = pick(serviceFields, second)
  else if (top === 'benches' && s.length === 2) found = pick(benchFields, second)
  else if (top === 'workforce' && s.length === 3 && (second === 'hires' || second === 'marketLimit'))
    found = { ok: true, info: seriesOf(countRange) }
  else if (top === 'workforce' && s.length === 3 && isPolicy(second))
    found = { ok: true, info: seriesOf(rateRange) }
  else if (top === 'service' && s.length === 4 && second === 'outsourcing' && fourth === 'maxHours')
    found = { ok: true, info: seriesOf(countRange) }
  else if (top === 'service' && s.length === 4 && second === 'outsourcing' && fourth === 'costPerHour')
    found = { ok: true, info: scalar(countRange) }
  else if (top === 'workforce' && s.length === 2 && second === 'roster')
    found = { ok: true, info: { shape: 'roster', range: countRange } }
  return found ?? no('does not name a numeric input that can be uncertain')
}

/** (v2) Hiring policies: per-grade series of shares (`workforce/backfill/<grade>`, `workforce/gapHiring/<grade>`). */
export function isPolicy(key: string | undefined): boolean {
  return key === 'backfill' || key === 'gapHiring'
}

/** Hours per job of a segment: the owners' (`hoursPerJob`) or, in v2, the resale service's (`resaleHoursPerJob`). */
export function isJobHours(key: string | undefined): boolean {
  return key === 'hoursPerJob' || key === 'resaleHoursPerJob'
}

/**
 * (v2) Path segments that name a version 2 field: they need a scenario with schemaVersion 2 (and the UI
 * labels them until the editors do). maxHours and costPerHour occur only under outsourcing.
 */
export const v2Fields: ReadonlySet<string> = new Set([
  'revenuePerHour',
  'resaleReplacesService',
  'resaleHoursPerJob',
  'maxIntake',
  'rampUp',
  'overtimeShare',
  'overtimePremium',
  'outsourcing',
  'backfill',
  'gapHiring',
  'maxHours',
  'costPerHour',
])

/** True when the path names a version 2 field (MODEL.md "(v2)"). */
export function isV2Path(path: string): boolean {
  return (parsePath(path) ?? []).some((segment) => v2Fields.has(segment))
}
