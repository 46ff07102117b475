// Which input figures can be uncertain (the path picker's options), their names and units, and a first distribution for each.
import type { ModelInput } from '@shared/model/types'
import { getAtPath, parsePath } from '@shared/model/overrides'
import { resolveSeries } from '@shared/engine/series'
import { v2Fields } from '@shared/decision/uncertainFields'
import {
  fieldInfo,
  type Distribution,
  type UncertainApply,
  type UncertainInput,
} from '@shared/decision/uncertainty'
import type { Translate } from '../../translate'

export type PathGroup = 'market' | 'workforce' | 'training' | 'benches' | 'service'

export interface PathOption {
  path: string
  group: PathGroup
}

// The numeric fields docs/model-equations.md lets vary (docs/decision-tools.md "Paths"), in the editors' order.
const gradeFields = ['hoursPerFte', 'attritionRate', 'promotionRate', 'salaryPerFte', 'hireCost']
const segmentFields = [
  'installedBase',
  'scrapRate',
  'newSales',
  'newSalesGrowth',
  'preOwned',
  'preOwnedGrowth',
  'serviceIntervalYears',
  'serviceUptake',
  'warrantyClaimRate',
  'preOwnedServiceRate',
]
const programmeFields = [
  'intake',
  'dropoutRate',
  'captureRate',
  'initialStudents',
  'supervisionHoursPerStudent',
  'benchSharePerStudent',
  'costPerStudentYear',
]
const benchFields = ['initial', 'shifts']
// (v2) Offered when the scenario is version 2 and gives the figure (a missing policy entry is 0, so always offered).
const v2GradeFields = ['revenuePerHour']
const v2SegmentFields = ['resaleReplacesService']
const v2ProgrammeFields = ['maxIntake']
const v2ServiceFields = ['rampUp', 'overtimeShare', 'overtimePremium']
const serviceFields = [
  'initialBacklogHours',
  'abandonRate',
  'baseTurnaroundWeeks',
  'targetTurnaroundWeeks',
  'shortageTolerance',
  'productivityGain',
  'rampUpFactor',
]

/** Every figure of `input` a user may mark uncertain, grouped as the navigation groups the editors. */
export function uncertainPathOptions(input: ModelInput): PathOption[] {
  const out: PathOption[] = []
  const add = (path: string, group: PathGroup) => {
    if (fieldInfo(path).ok) out.push({ path, group })
  }
  for (const s of input.segments) {
    for (const f of segmentFields) add(`segments/${s.id}/${f}`, 'market')
    for (const j of Object.keys(s.hoursPerJob)) add(`segments/${s.id}/hoursPerJob/${j}`, 'market')
  }
  for (const g of input.grades) for (const f of gradeFields) add(`grades/${g.id}/${f}`, 'workforce')
  add('workforce/roster', 'workforce')
  for (const g of input.grades) {
    add(`workforce/hires/${g.id}`, 'workforce')
    add(`workforce/marketLimit/${g.id}`, 'workforce')
  }
  for (const p of input.training) {
    for (const f of programmeFields) {
      if (f === 'initialStudents' && !p.initialStudents) continue
      add(`training/${p.id}/${f}`, 'training')
    }
  }
  for (const f of benchFields) add(`benches/${f}`, 'benches')
  for (const f of serviceFields) add(`service/${f}`, 'service')
  if (input.schemaVersion === 2) addV2(input, add)
  return out
}

/** (v2) The version 2 figures a scenario gives (policies, rates, limits) that can be uncertain; a figure it leaves out is 0 and is not offered. */
function addV2(input: ModelInput, add: (path: string, group: PathGroup) => void): void {
  const given = (path: string, group: PathGroup) => {
    if (getAtPath(input, path) !== undefined) add(path, group)
  }
  for (const s of input.segments) {
    for (const f of v2SegmentFields) given(`segments/${s.id}/${f}`, 'market')
    for (const j of Object.keys(s.resaleHoursPerJob ?? {}))
      given(`segments/${s.id}/resaleHoursPerJob/${j}`, 'market')
  }
  for (const g of input.grades) {
    for (const f of v2GradeFields) given(`grades/${g.id}/${f}`, 'workforce')
    given(`workforce/backfill/${g.id}`, 'workforce')
    given(`workforce/gapHiring/${g.id}`, 'workforce')
  }
  for (const p of input.training)
    for (const f of v2ProgrammeFields) given(`training/${p.id}/${f}`, 'training')
  for (const f of v2ServiceFields) given(`service/${f}`, 'service')
  for (const g of input.grades) {
    given(`service/outsourcing/${g.id}/maxHours`, 'service')
    given(`service/outsourcing/${g.id}/costPerHour`, 'service')
  }
}

/** A path's figure as a person names it: "Départs volontaires · Horloger". */
export function pathLabel(path: string, t: Translate, name: (id: string) => string): string {
  const s = parsePath(path) ?? [path]
  const field = (key: string) =>
    v2Fields.has(key) ? t(`decisions.v2Field.${key}`) : t(`editors.field.${key}`)
  const [top, second, third, fourth] = s
  if (
    top === 'segments' &&
    (third === 'hoursPerJob' || third === 'resaleHoursPerJob') &&
    fourth !== undefined
  )
    return `${field(third)} · ${name(second!)} · ${name(fourth)}`
  if (top === 'service' && second === 'outsourcing' && third !== undefined && fourth !== undefined)
    return `${field(fourth)} · ${name(third)}`
  if ((top === 'grades' || top === 'segments' || top === 'training') && third !== undefined)
    return `${field(third)} · ${name(second!)}`
  if (top === 'workforce' && second === 'roster') return field('roster')
  if (top === 'workforce' && third !== undefined) return `${field(second!)} · ${name(third)}`
  if ((top === 'service' || top === 'benches') && second !== undefined) return field(second)
  return path
}

const rates = new Set([
  'attritionRate',
  'promotionRate',
  'scrapRate',
  'serviceUptake',
  'warrantyClaimRate',
  'preOwnedServiceRate',
  'dropoutRate',
  'captureRate',
  'benchSharePerStudent',
  'abandonRate',
  'shortageTolerance',
  'productivityGain',
  'rampUpFactor',
  'resaleReplacesService',
  'rampUp',
  'overtimeShare',
  'overtimePremium',
  'backfill',
  'gapHiring',
])
const growths = new Set(['newSalesGrowth', 'preOwnedGrowth'])
const unitKeys: Record<string, string> = {
  hoursPerFte: 'editors.units.hoursPerFte',
  salaryPerFte: 'editors.units.chfPerFte',
  hireCost: 'editors.units.chfPerHire',
  installedBase: 'editors.units.watches',
  newSales: 'editors.units.watchesPerYear',
  preOwned: 'editors.units.watchesPerYear',
  serviceIntervalYears: 'editors.units.years',
  hoursPerJob: 'editors.units.hoursPerJob',
  hires: 'editors.units.ftePerYear',
  marketLimit: 'editors.units.ftePerYear',
  roster: 'editors.units.fte',
  intake: 'editors.units.studentsPerYear',
  initialStudents: 'editors.units.students',
  supervisionHoursPerStudent: 'editors.units.hoursPerStudent',
  costPerStudentYear: 'editors.units.chfPerStudentYear',
  initial: 'editors.units.benches',
  shifts: 'editors.units.shifts',
  initialBacklogHours: 'editors.units.hours',
  baseTurnaroundWeeks: 'editors.units.weeks',
  targetTurnaroundWeeks: 'editors.units.weeks',
  revenuePerHour: 'decisions.units.chfPerHour',
  costPerHour: 'decisions.units.chfPerHour',
  maxHours: 'editors.units.hours',
  maxIntake: 'editors.units.studentsPerYear',
  resaleHoursPerJob: 'editors.units.hoursPerJob',
}

/** The field a path ends in (`hoursPerJob` for a job's hours, `hires` for a grade's hires). */
export function fieldOf(path: string): string {
  const s = parsePath(path) ?? [path]
  if (s[0] === 'segments' && (s[2] === 'hoursPerJob' || s[2] === 'resaleHoursPerJob')) return s[2]
  if (s[0] === 'workforce' && s.length === 3) return s[1]!
  return s[s.length - 1]!
}

/** The unit of the distribution's parameters: the figure's unit (set), a change in it (add), or a factor (scale). */
export function parameterUnit(path: string, apply: UncertainApply, t: Translate): string {
  if (apply === 'scale') return t('decisions.units.factor')
  const field = fieldOf(path)
  if (apply === 'add' && growths.has(field)) return t('decisions.units.growthChange')
  const unit = rates.has(field)
    ? t('decisions.units.fraction')
    : growths.has(field)
      ? t('decisions.units.growth')
      : unitKeys[field] !== undefined
        ? t(unitKeys[field])
        : ''
  return apply === 'add' ? t('decisions.units.change', { unit }) : unit
}

/** The modes a path allows: lists and the roster scale only (a list also adds); a missing market limit only sets. */
export function applyModes(path: string, input: ModelInput): UncertainApply[] {
  const info = fieldInfo(path)
  if (!info.ok) return ['set', 'add', 'scale']
  if (info.info.shape === 'roster') return ['scale']
  if (info.info.shape === 'list') return ['add', 'scale']
  if (path.startsWith('workforce/marketLimit/') && getAtPath(input, path) === undefined) return ['set']
  return ['set', 'add', 'scale']
}

/** The figure's value in the first year (a series resolved; a missing hires entry is 0); null when unknown. */
export function firstValue(path: string, input: ModelInput): number | null {
  const value = getAtPath(input, path)
  if (typeof value === 'number') return value
  if (Array.isArray(value) && typeof value[0] === 'number') return value[0]
  if (typeof value === 'string') {
    const resolved = resolveSeries(value, input.horizonYears, input.startYear, path)
    return resolved.ok ? (resolved.values[0] ?? null) : null
  }
  const zeroWhenMissing = ['workforce/hires/', 'workforce/backfill/', 'workforce/gapHiring/']
  if (value === undefined && zeroWhenMissing.some((p) => path.startsWith(p))) return 0
  return null
}

const round = (x: number) => Number.parseFloat(x.toPrecision(6))

/** A triangular distribution around `centre` ± `spread`, kept within [lo, hi]. */
function triangular(centre: number, spread: number, lo: number, hi: number): Distribution {
  const mode = Math.min(hi, Math.max(lo, centre))
  return {
    kind: 'triangular',
    min: round(Math.max(lo, mode - spread)),
    mode: round(mode),
    max: round(Math.min(hi, mode + spread)),
  }
}

/**
 * A first distribution for a figure, to edit from there: growth series ± 2 points (add); a figure set
 * directly ± 10 % of its first-year value within its valid range; a factor 0.9 … 1.1 (scale).
 */
export function defaultDistribution(path: string, apply: UncertainApply, input: ModelInput): Distribution {
  const info = fieldInfo(path)
  const range = info.ok ? info.info.range : { min: -Infinity, max: Infinity }
  if (apply === 'scale') return triangular(1, 0.1, 0, Infinity)
  const field = fieldOf(path)
  const v = firstValue(path, input) ?? 0
  const spread = growths.has(field) ? 0.02 : v === 0 ? (rates.has(field) ? 0.05 : 1) : Math.abs(v) * 0.1
  if (apply === 'add') return triangular(0, spread, -Infinity, Infinity)
  return triangular(v, spread, range.min, range.max)
}

/** The mode a new row starts with: add for growth series, set for a missing market limit, scale otherwise. */
export function defaultApply(path: string, input: ModelInput): UncertainApply {
  const modes = applyModes(path, input)
  if (modes.length === 1) return modes[0]!
  if (growths.has(fieldOf(path))) return 'add'
  return 'scale'
}

/** A new uncertain row for `path` with its default mode and distribution. */
export function newRow(path: string, input: ModelInput): UncertainInput {
  const apply = defaultApply(path, input)
  return { path, apply, distribution: defaultDistribution(path, apply, input) }
}

/** The parameters a distribution kind takes, in display order (optional bounds last). */
export const parameterKeys: Record<Distribution['kind'], string[]> = {
  triangular: ['min', 'mode', 'max'],
  uniform: ['min', 'max'],
  normal: ['mean', 'sd', 'min', 'max'],
  lognormal: ['median', 'sigma', 'min', 'max'],
}

/** Parameters that may be left empty (the bounds of normal and lognormal). */
export function isOptionalParameter(kind: Distribution['kind'], key: string): boolean {
  return (kind === 'normal' || kind === 'lognormal') && (key === 'min' || key === 'max')
}

/** The same figure's distribution as another kind, keeping its centre and spread. */
export function convertDistribution(d: Distribution, kind: Distribution['kind']): Distribution {
  if (d.kind === kind) return d
  const centre =
    d.kind === 'triangular'
      ? d.mode
      : d.kind === 'uniform'
        ? (d.min + d.max) / 2
        : d.kind === 'normal'
          ? d.mean
          : d.median
  const half =
    d.kind === 'triangular' || d.kind === 'uniform'
      ? (d.max - d.min) / 2
      : d.kind === 'normal'
        ? 2 * d.sd
        : Math.abs(d.median) * (Math.exp(2 * d.sigma) - 1)
  const spread = Number.isFinite(half) && half > 0 ? half : Math.abs(centre) * 0.1 || 0.1
  switch (kind) {
    case 'triangular':
      return { kind, min: round(centre - spread), mode: round(centre), max: round(centre + spread) }
    case 'uniform':
      return { kind, min: round(centre - spread), max: round(centre + spread) }
    case 'normal':
      return { kind, mean: round(centre), sd: round(spread / 2) }
    case 'lognormal': {
      const median = centre > 0 ? centre : 1
      return { kind, median: round(median), sigma: round(Math.max(0.01, Math.log(1 + spread / median) / 2)) }
    }
  }
}
