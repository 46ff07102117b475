// Global levers (one change to a field of every segment, grade or programme) and scenario templates: the one home of their arithmetic.
import { applyOverrides, getAtPath } from '../model/overrides'
import type { ModelInput, Series } from '../model/types'

/** The fields a global lever can move, each in every item that has it (MODEL.md v2 input). */
export const LEVERS = [
  'preOwnedGrowth',
  'newSalesGrowth',
  'serviceUptake',
  'attritionRate',
  'hires',
  'intake',
] as const
export type LeverId = (typeof LEVERS)[number]

/** `add`: the amount is added (points for a rate: 0.02 is +2 points); `scale`: every value is multiplied. */
export const LEVER_OPS = ['add', 'scale'] as const
export type LeverOp = (typeof LEVER_OPS)[number]

/**
 * One application of a lever. `years` limits it to the years t = from … to (0-based, inclusive) of the
 * horizon; without it, every year. A template uses windows so it fits any workspace's start year.
 */
export interface LeverApplication {
  lever: LeverId
  op: LeverOp
  amount: number
  years?: { from: number; to: number }
}

/** True for the levers whose values are shares (shown in percent, moved in points). */
export function isRateLever(lever: LeverId): boolean {
  return lever !== 'hires' && lever !== 'intake'
}

/** The override paths a lever moves in `input`: every segment, grade or programme (hires: grades with a plan). */
export function leverPaths(input: ModelInput, lever: LeverId): string[] {
  switch (lever) {
    case 'preOwnedGrowth':
    case 'newSalesGrowth':
    case 'serviceUptake':
      return input.segments.map((s) => `segments/${s.id}/${lever}`)
    case 'attritionRate':
      return input.grades.map((g) => `grades/${g.id}/attritionRate`)
    case 'hires':
      // A grade without planned hires hires 0: scaling 0 changes nothing, and adding FTE to every grade is not this lever.
      return input.grades
        .filter((g) => Object.hasOwn(input.workforce.hires, g.id))
        .map((g) => `workforce/hires/${g.id}`)
    case 'intake':
      return input.training.map((p) => `training/${p.id}/intake`)
  }
}

/** A sum or product without binary noise (0.1 + 0.02 is 0.12, not 0.12000000000000001). */
function clean(value: number): number {
  return Number(value.toPrecision(12))
}

/** A number as formula text (never in exponent form, which a reader of the formula would not expect). */
function formulaNumber(value: number): string {
  const text = String(clean(value))
  return /e/i.test(text)
    ? clean(value)
        .toFixed(12)
        .replace(/\.?0+$/, '')
    : text
}

/** The condition of a year window in the formula grammar (MODEL.md "Formulas": comparisons and `and`). */
function windowCondition(years: { from: number; to: number }): string {
  return years.from === years.to ? `t == ${years.from}` : `t >= ${years.from} and t <= ${years.to}`
}

function inWindow(t: number, years: LeverApplication['years']): boolean {
  return years === undefined || (t >= years.from && t <= years.to)
}

/**
 * A value with the lever applied, in the same form where it can be:
 * - a constant (all years) becomes a constant: `c + x`, `c × k`;
 * - a per-year list is changed year by year (only the window's years);
 * - a formula `f` becomes `(f) + x` / `(f) - x` / `(f) * k`, which the formula grammar allows;
 * - a constant with a window becomes the formula `c + (t == 1 ? x : 0)` (or `c * (… ? k : 1)`), since one
 *   number cannot hold two values; a formula with a window gets the same conditional term.
 * The results are not clamped: a value the model refuses (an uptake above 100 %) is refused as a whole.
 */
export function applyToSeries(
  series: Series,
  op: LeverOp,
  amount: number,
  years?: LeverApplication['years'],
): Series {
  const apply = (v: number) => clean(op === 'add' ? v + amount : v * amount)
  if (Array.isArray(series)) return series.map((v, t) => (inWindow(t, years) ? apply(v) : v))
  if (typeof series === 'number' && years === undefined) return apply(series)
  const base = typeof series === 'number' ? formulaNumber(series) : `(${series})`
  if (years === undefined) {
    if (op === 'scale') return `${base} * ${formulaNumber(amount)}`
    return amount < 0 ? `${base} - ${formulaNumber(-amount)}` : `${base} + ${formulaNumber(amount)}`
  }
  const neutral = op === 'add' ? 0 : 1
  return `${base} ${op === 'add' ? '+' : '*'} (${windowCondition(years)} ? ${formulaNumber(amount)} : ${neutral})`
}

/** True when applying the lever would change nothing (adding 0, scaling by 1, or scaling a zero constant). */
function isNoChange(series: Series, op: LeverOp, amount: number): boolean {
  if (op === 'add' ? amount === 0 : amount === 1) return true
  if (op === 'scale' && typeof series === 'number' && series === 0) return true
  return Array.isArray(series) && op === 'scale' && series.every((v) => v === 0)
}

export interface LeverWrite {
  path: string
  value: Series
}

/** The values one lever application writes: one per field it changes, in item order. */
export function leverWrites(input: ModelInput, application: LeverApplication): LeverWrite[] {
  const writes: LeverWrite[] = []
  for (const path of leverPaths(input, application.lever)) {
    const current = getAtPath(input, path) as Series | undefined
    if (current === undefined || isNoChange(current, application.op, application.amount)) continue
    writes.push({
      path,
      value: applyToSeries(current, application.op, application.amount, application.years),
    })
  }
  return writes
}

/** The input with lever applications made one after the other (a later one acts on the earlier one's result). */
export function applyLevers(input: ModelInput, applications: readonly LeverApplication[]): ModelInput {
  let out = input
  for (const application of applications) out = applyOverrides(out, leverWrites(out, application)).input
  return out
}

export const TEMPLATE_IDS = ['boom', 'recession', 'academy', 'competition'] as const
export type TemplateId = (typeof TEMPLATE_IDS)[number]

/** The scenario templates, each a list of lever applications (docs/scenario-templates.md gives their figures' sources). */
export const TEMPLATES: Record<TemplateId, readonly LeverApplication[]> = {
  /** Pre-owned +2 points (BCG/McKinsey ≈10 %/yr vs LuxeConsult's 12 %), new sales +3 points (FH's best recent years). */
  boom: [
    { lever: 'preOwnedGrowth', op: 'add', amount: 0.02 },
    { lever: 'newSalesGrowth', op: 'add', amount: 0.03 },
  ],
  /**
   * New sales −20 points in the first projected year (FH exports 2020: −21.8 % in value; mechanical units
   * 2009: −13 %), +10 points the year after (a partial rebound), and owners postponing services: uptake
   * × 0.8 in those two years (an assumption, as in the sample's "Récession 2027").
   */
  recession: [
    { lever: 'newSalesGrowth', op: 'add', amount: -0.2, years: { from: 1, to: 1 } },
    { lever: 'newSalesGrowth', op: 'add', amount: 0.1, years: { from: 2, to: 2 } },
    { lever: 'serviceUptake', op: 'scale', amount: 0.8, years: { from: 1, to: 2 } },
  ],
  /** Every programme admits twice as many students every year. */
  academy: [{ lever: 'intake', op: 'scale', amount: 2 }],
  /** Competition for watchmakers: leavers × 1.5 at every grade (an assumption; the Geneva sample doubles them). */
  competition: [{ lever: 'attritionRate', op: 'scale', amount: 1.5 }],
}

/** The input a template gives from `input`. */
export function applyTemplate(input: ModelInput, template: TemplateId): ModelInput {
  return applyLevers(input, TEMPLATES[template])
}
