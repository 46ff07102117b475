// Turns an override path and value (and the store's step descriptions) into words a user reads: field label, item name, unit, percent.
import { ID_KEYED_LISTS } from '@shared/model/overrides'
import { fractionToPercent } from './components/fields/numberText'
import { describeLeverStep } from './features/results/leverText'
import { formatShort } from './format'
import type { Translate } from './translate'

/** How a field's value is shown: a fraction as percent, or a number with its unit (an `editors.units` key). */
interface FieldKind {
  percent?: boolean
  unit?: string
  /** Calendar years are not grouped (2026, not 2'026). */
  year?: boolean
}

// One entry per input field name (the last named part of a path); MODEL.md gives each one's unit.
const KINDS: Record<string, FieldKind> = {
  startYear: { year: true },
  horizonYears: { unit: 'years' },
  retirementAge: { unit: 'age' },
  hireAge: { unit: 'age' },
  installedBase: { unit: 'watches' },
  scrapRate: { percent: true, unit: 'percentPerYear' },
  newSales: { unit: 'watchesPerYear' },
  newSalesGrowth: { percent: true, unit: 'percentPerYear' },
  preOwned: { unit: 'watchesPerYear' },
  preOwnedGrowth: { percent: true, unit: 'percentPerYear' },
  serviceIntervalYears: { unit: 'years' },
  serviceUptake: { percent: true, unit: 'percent' },
  warrantyClaimRate: { percent: true, unit: 'percent' },
  preOwnedServiceRate: { percent: true, unit: 'percent' },
  resaleReplacesService: { percent: true, unit: 'percent' },
  jobMix: { percent: true, unit: 'percent' },
  resaleJobMix: { percent: true, unit: 'percent' },
  hoursPerJob: { unit: 'hoursPerJob' },
  resaleHoursPerJob: { unit: 'hoursPerJob' },
  hoursPerFte: { unit: 'hoursPerFte' },
  attritionRate: { percent: true, unit: 'percentPerYear' },
  promotionRate: { percent: true, unit: 'percentPerYear' },
  salaryPerFte: { unit: 'chfPerFte' },
  hireCost: { unit: 'chfPerHire' },
  hires: { unit: 'ftePerYear' },
  marketLimit: { unit: 'ftePerYear' },
  backfill: { percent: true, unit: 'percent' },
  gapHiring: { percent: true, unit: 'percent' },
  durationYears: { unit: 'years' },
  intake: { unit: 'studentsPerYear' },
  maxIntake: { unit: 'studentsPerYear' },
  dropoutRate: { percent: true, unit: 'percentPerYear' },
  captureRate: { percent: true, unit: 'percent' },
  entryAge: { unit: 'age' },
  initialStudents: { unit: 'students' },
  supervisionHoursPerStudent: { unit: 'hoursPerStudent' },
  benchSharePerStudent: { percent: true, unit: 'percentOfSeat' },
  costPerStudentYear: { unit: 'chfPerStudentYear' },
  initial: { unit: 'benches' },
  shifts: { unit: 'shifts' },
  costPerBench: { unit: 'chfPerBench' },
  initialBacklogHours: { unit: 'hours' },
  abandonRate: { percent: true, unit: 'percentPerYear' },
  baseTurnaroundWeeks: { unit: 'weeks' },
  targetTurnaroundWeeks: { unit: 'weeks' },
  shortageTolerance: { percent: true, unit: 'percentOfDemand' },
  productivityGain: { percent: true, unit: 'percentPerYear' },
  rampUpFactor: { percent: true, unit: 'percent' },
  rampUp: { percent: true, unit: 'percent' },
  overtimeShare: { percent: true, unit: 'percent' },
  overtimePremium: { percent: true, unit: 'percent' },
  maxHours: { unit: 'hours' },
}

/** Maps whose keys are ids (a job type, a grade) rather than field names. */
const ID_MAPS: ReadonlySet<string> = new Set([
  'jobMix',
  'hoursPerJob',
  'resaleJobMix',
  'resaleHoursPerJob',
  'hires',
  'marketLimit',
  'backfill',
  'gapHiring',
  'outsourcing',
])

export interface DescribeContext {
  t: Translate
  /** Display name of a grade, segment, job type or programme id. */
  name: (id: string) => string
  /** True when a text key exists (labels of newer fields may live in another text tree). */
  has: (key: string) => boolean
}

export interface DescribedChange {
  /** The field's label with the item it belongs to, e.g. "Warranty returns (Quartz)". */
  field: string
  /** The value in units, e.g. "3.5 %"; "—" when the path has no value. */
  value: string
}

function humanise(key: string): string {
  const spaced = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

function fieldLabel(key: string, ctx: DescribeContext): string {
  for (const k of [`editors.field.${key}`, `ux.field.${key}`]) if (ctx.has(k)) return ctx.t(k)
  return humanise(key)
}

/** The field name a path ends in and the names of the items on the way (segment, then job type or grade). */
function parts(path: string): { key: string; items: string[] } {
  const segs = path.split('/')
  const items: string[] = []
  let key = segs[0] ?? ''
  for (let i = 0; i < segs.length; i++) {
    const s = segs[i]!
    const parent = segs[i - 1]
    if (i === 1 && parent !== undefined && ID_KEYED_LISTS.has(parent)) items.push(s)
    else if (parent !== undefined && ID_MAPS.has(parent) && i === segs.length - 1) items.push(s)
    else if (parent === 'outsourcing') items.push(s)
    else key = s
  }
  return { key, items }
}

function numberText(value: number, kind: FieldKind, ctx: DescribeContext): string {
  if (kind.year) return String(value)
  const n = kind.percent ? fractionToPercent(value) : value
  const text = formatShort(n, kind.percent ? 2 : 3)
  return kind.unit ? `${text} ${ctx.t(`editors.units.${kind.unit}`)}` : text
}

/** A value in the field's units: numbers, per-year lists as their range, formulas as written, maps entry by entry. */
export function describeValue(value: unknown, key: string, ctx: DescribeContext): string {
  const kind = KINDS[key] ?? {}
  if (value === undefined || value === null) return '—'
  if (typeof value === 'number') return numberText(value, kind, ctx)
  if (typeof value === 'string') return ctx.t('ux.value.formula', { formula: value })
  if (typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.t('ux.value.empty')
    if (value.every((v) => typeof v === 'number')) {
      const nums = value as number[]
      return ctx.t('editors.series.summaryYears', {
        min: numberText(Math.min(...nums), kind, ctx),
        max: numberText(Math.max(...nums), kind, ctx),
      })
    }
    return ctx.t('ux.value.entries', { count: value.length })
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
    if (ID_MAPS.has(key) && entries.every(([, v]) => typeof v === 'number' || typeof v === 'string')) {
      const shown = entries.slice(0, 3).map(([id, v]) => `${ctx.name(id)} ${describeValue(v, key, ctx)}`)
      return entries.length > 3 ? `${shown.join(', ')}, …` : shown.join(', ')
    }
    return ctx.t('ux.value.entries', { count: entries.length })
  }
  return '—'
}

/** The label of the field at `path`, with the item(s) it belongs to, in the UI language. */
export function describeField(path: string, ctx: DescribeContext): string {
  const { key, items } = parts(path)
  const label = fieldLabel(key, ctx)
  return items.length === 0 ? label : `${label} (${items.map(ctx.name).join(', ')})`
}

/** What an edit at `path` sets, in words and units. */
export function describeChange(path: string, value: unknown, ctx: DescribeContext): DescribedChange {
  return { field: describeField(path, ctx), value: describeValue(value, parts(path).key, ctx) }
}

/** The stored value text of a history step: JSON, cut to 40 characters with "…" (electron/store/domains/rules.ts). */
function storedValue(text: string, path: string, ctx: DescribeContext): string | null {
  if (text === 'nothing') return '—'
  try {
    return describeValue(JSON.parse(text), parts(path).key, ctx)
  } catch {
    return text.endsWith('…') ? ctx.t('ux.value.changed') : null
  }
}

// The sentences the store writes for each kind of step (electron/store/domains/*.ts), in order of trial.
const STEPS: { re: RegExp; key: string; names: string[] }[] = [
  { re: /^Reset (\S+) to the parent's value in (.+)$/, key: 'reset', names: ['path', 'scenario'] },
  { re: /^Create scenario (.+) on (.+)$/, key: 'create', names: ['name', 'parent'] },
  { re: /^Duplicate (.+) as (.+)$/, key: 'duplicate', names: ['source', 'name'] },
  { re: /^Rename (.+) to (.+)$/, key: 'rename', names: ['source', 'name'] },
  { re: /^Freeze (.+) as (.+)$/, key: 'freeze', names: ['source', 'name'] },
  { re: /^Edit the note of (.+)$/, key: 'note', names: ['scenario'] },
  { re: /^Delete (.+) and (\d+) scenarios? built on it$/, key: 'deleteTree', names: ['scenario', 'count'] },
  { re: /^Delete (.+)$/, key: 'delete', names: ['scenario'] },
  { re: /^Reorder scenarios$/, key: 'reorder', names: [] },
  { re: /^Forget the uncertain figures of (.+)$/, key: 'forgetUncertain', names: ['scenario'] },
  { re: /^Set (\d+) uncertain figures? in (.+)$/, key: 'setUncertain', names: ['count', 'scenario'] },
  {
    re: /^Apply the solver's plan for (.+) as scenario (.+)$/,
    key: 'applyPlan',
    names: ['source', 'name'],
  },
]

/**
 * A stored history description ("Set segments/quartz/warrantyClaimRate to 0.035 in Base") in the UI
 * language ("Warranty returns (Quartz): 3.5 % — Base"). Sentences it does not know are shown as stored.
 */
export function describeStep(description: string, ctx: DescribeContext): string {
  const lever = describeLeverStep(description, ctx)
  if (lever !== null) return lever
  const set = /^Set (\S+) to (.+)$/.exec(description)
  if (set) {
    const path = set[1]!
    const rest = set[2]!
    // The scenario name may itself contain " in ": try each split until the value part reads as a stored value.
    let at = rest.indexOf(' in ')
    while (at >= 0) {
      const value = storedValue(rest.slice(0, at), path, ctx)
      if (value !== null) {
        return ctx.t('ux.step.set', {
          field: describeField(path, ctx),
          value,
          scenario: rest.slice(at + 4),
        })
      }
      at = rest.indexOf(' in ', at + 1)
    }
  }
  for (const step of STEPS) {
    const m = step.re.exec(description)
    if (!m) continue
    const vars: Record<string, string | number> = {}
    step.names.forEach((n, i) => {
      const v = m[i + 1]!
      vars[n] = n === 'path' ? describeField(v, ctx) : n === 'count' ? Number(v) : v
    })
    return ctx.t(`ux.step.${step.key}`, vars)
  }
  return description
}
