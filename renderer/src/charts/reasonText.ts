// The words of a year's "why" (shortageReasons.yearReasons) for chart tooltips and data tables, in the UI language.
import type { ModelInput, ModelResult } from '@shared/model/types'
import { yearReasons, type YearReason } from '@shared/engine/shortageReasons'
import { formatNumber, formatShort } from '../format'
import type { Translate } from '../translate'

/** Grades named one per line; beyond this many, the rest are counted (a tooltip must fit its chart). */
const MAX_GRADES = 3

const percent = (fraction: number, digits = 1): string => `${formatShort(fraction * 100, digits)} %`

/** A share beside the tolerance it is compared with: one more decimal when one would write them alike (2.04 % vs 2 %). */
function shareAgainst(share: number, tolerance: number): string {
  return percent(share) === percent(tolerance) && share !== tolerance ? percent(share, 2) : percent(share)
}
const weeks = (w: number | null): string => (w === null ? '—' : formatShort(w, 1))

/**
 * The lines that say why the year is a shortage, why its gap is not one, or that a grade is short while the
 * workshop is not; no lines for a year without a gap or a short grade. `name` gives a grade's UI name.
 */
export function reasonLines(r: YearReason, t: Translate, name: (id: string) => string): string[] {
  const shortGrades = r.grades.filter((g) => g.short)
  if (!r.shortage && r.gapFte <= 0 && shortGrades.length === 0) return []
  const lines: string[] = []
  const tolerance = percent(r.tolerance)
  const target = formatShort(r.targetWeeks, 1)
  if (r.shortage) lines.push(t('charts.why.shortage'))
  else
    lines.push(
      t('charts.why.notShortage', {
        gap: formatNumber(r.gapFte, 1),
        share: shareAgainst(r.unservedShare, r.tolerance),
        tolerance,
        weeks: weeks(r.turnaroundWeeks),
        target,
      }),
    )
  if (!r.shortage && shortGrades.length > 0) lines.push(t('charts.why.gradeOnly'))
  for (const g of shortGrades.slice(0, MAX_GRADES)) {
    const grade = name(g.grade)
    if (g.cause === 'unserved')
      lines.push(
        t('charts.why.gradeUnserved', {
          grade,
          gap: formatNumber(g.gapFte, 1),
          share: shareAgainst(g.unservedShare, r.tolerance),
          tolerance,
        }),
      )
    else if (g.turnaroundWeeks === null) lines.push(t('charts.why.gradeStuck', { grade }))
    else lines.push(t('charts.why.gradeLate', { grade, weeks: weeks(g.turnaroundWeeks), target }))
  }
  if (shortGrades.length > MAX_GRADES)
    lines.push(t('charts.why.moreGrades', { count: shortGrades.length - MAX_GRADES }))
  if (r.shortage && shortGrades.length === 0) {
    // statusBasis "workshop": the totals fail while no single grade does.
    if (r.unservedShare > r.tolerance)
      lines.push(
        t('charts.why.workshopUnserved', { share: shareAgainst(r.unservedShare, r.tolerance), tolerance }),
      )
    else lines.push(t('charts.why.workshopLate', { weeks: weeks(r.turnaroundWeeks), target }))
  }
  if (r.idleHours > 0) lines.push(t('charts.why.cascade', { idle: formatNumber(r.idleHours, 0) }))
  if (r.benchFactor !== null) lines.push(t('charts.why.benches', { share: percent(r.benchFactor) }))
  return lines
}

/** The lines of every label of a year chart (empty where there is nothing to say), as ChartSpec.notes takes them. */
export function yearNotes(
  labels: readonly string[],
  reasons: readonly YearReason[],
  t: Translate,
  name: (id: string) => string,
): string[][] {
  const byYear = new Map(reasons.map((r) => [String(r.year), r]))
  return labels.map((label) => {
    const r = byYear.get(label)
    return r ? reasonLines(r, t, name) : []
  })
}

/** Why each year of a projection is, or is not, a shortage, in the UI language (tooltip footers, tables' column). */
export function shortageNotes(ctx: {
  input: ModelInput
  result: ModelResult
  t: Translate
  name: (id: string) => string
}): string[][] {
  const { input, result, t, name } = ctx
  return yearNotes(
    result.years.map((y) => String(y.year)),
    yearReasons(input, result),
    t,
    name,
  )
}
