// The Réel grid's refusals in the UI language, each naming the row (figure and year) it is about.
import type { ImportError, InputProblem } from '@shared/workspace/types'
import type { Translate } from '../../translate'

/** The row label of a metric and key: "Headcount (FTE) · Watchmaker", or the metric alone for a total. */
export function figureLabel(metric: string, key: string, t: Translate, name: (id: string) => string): string {
  const label = t(`actuals.metrics.${metric}`)
  return key === '' ? label : `${label} · ${name(key)}`
}

/** A refused write in words: coded problems (shared/actuals/validate.ts) translated, others as the store wrote them. */
export function actualsProblemText(
  problem: InputProblem,
  t: Translate,
  name: (id: string) => string,
  exists: (key: string) => boolean,
): string {
  const p = problem.params
  if (problem.code === undefined || p === undefined || !exists(`words.${problem.code}`))
    return problem.message
  return t(`words.${problem.code}`, {
    figure: figureLabel(String(p.metric), String(p.key ?? ''), t, name),
    year: p.year ?? '',
    by: t(`words.actuals.by.${String(p.kind)}`),
  })
}

/** An import preview's error in words: "Line 3, column value: …", the reason translated when it has a code. */
export function importErrorText(
  error: ImportError,
  t: Translate,
  name: (id: string) => string,
  exists: (key: string) => boolean,
): string {
  if (error.code === undefined || !exists(`words.${error.code}`)) return error.message
  // A file that cannot be read at all has no line or column to name.
  if (error.code.startsWith('import.file.')) return t(`words.${error.code}`, error.params ?? {})
  const reason = error.code.startsWith('actualsTable.')
    ? t(`words.${error.code}`, error.params ?? {})
    : actualsProblemText({ path: error.column, ...error }, t, name, exists)
  return t('words.actualsTable.at', { line: error.line, column: error.column, reason })
}
