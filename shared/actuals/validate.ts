// Checks actuals against a scenario: every key names one of its segments, grades or programmes, totals are not mixed with breakdowns.
import type { ModelInput } from '../model/types'
import { keyLabel, tableProblem } from './longForm'
import { idsForMetric } from './planFigures'
import { actualRowsSchema, metricKeyKind, totalKey, type ActualRow, type ActualsProblem } from './types'

export interface ActualsCheck {
  /** Errors: the actuals must not be used (or stored) until they are fixed. */
  problems: ActualsProblem[]
  /** Valid but worth a look (a year outside the scenario is kept, but no comparison uses it). */
  warnings: ActualsProblem[]
}

type Coded = { code: string; params: Record<string, string | number> }

const kindNoun = { segment: 'segment', grade: 'grade', programme: 'programme', workshop: '' } as const

/**
 * Checks rows (parsed with `parseActualsTable`, or received over IPC) against `input`'s ids. With
 * `lines` (one per row, from the parser) problems name the table line and column; without, the row
 * index and field (`[3].key`). Rules: a key is '' or an id of the metric's kind (no other name, not
 * `__proto__` or `constructor`); turnaroundWeeks takes only ''; for one year and metric, either a
 * workshop total ('') or figures by id, not both (they could disagree); no repeated year, metric and key.
 */
export function validateActuals(
  rows: readonly unknown[],
  input: ModelInput,
  lines?: readonly number[],
): ActualsCheck {
  const problems: ActualsProblem[] = []
  const warnings: ActualsProblem[] = []
  const where = (i: number, field: string, reason: string, coded?: Coded): ActualsProblem => {
    const line = lines?.[i]
    const p =
      line !== undefined
        ? tableProblem(line, field, reason)
        : { field: `[${i}].${field}`, message: `Row ${i + 1}, ${field}: ${reason}` }
    return coded === undefined ? p : { ...p, code: `actuals.${coded.code}`, params: coded.params }
  }
  const parsed = actualRowsSchema.safeParse(rows)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, field] = issue.path
      if (typeof index === 'number') problems.push(where(index, String(field ?? 'row'), issue.message))
      else problems.push({ field: '', message: `Actuals: ${issue.message}` })
    }
    return { problems, warnings }
  }
  const valid: ActualRow[] = parsed.data
  const firstYear = input.startYear
  const lastYear = input.startYear + input.horizonYears - 1
  const seen = new Map<string, number>()
  const shape = new Map<string, { total: number | null; keyed: number | null }>()
  const outside = new Set<number>()
  valid.forEach((row, i) => {
    const kind = metricKeyKind[row.metric]
    const ids = idsForMetric(input, row.metric)
    const about = { year: row.year, metric: row.metric, key: row.key, kind }
    if (row.key !== totalKey && !ids.includes(row.key)) {
      const reason =
        kind === 'workshop'
          ? `${row.metric} is a workshop figure; leave the key empty`
          : `'${row.key}' is not a ${kindNoun[kind]} of this scenario; it must be empty (workshop total) or one of ${ids.join(', ')}`
      problems.push(where(i, 'key', reason, { code: 'unknownKey', params: about }))
      return
    }
    const id = `${row.year}|${row.metric}|${row.key}`
    const earlier = seen.get(id)
    if (earlier !== undefined) {
      const reason = `repeats ${row.metric} ${keyLabel(row.key)} for ${row.year}`
      problems.push(where(i, 'key', reason, { code: 'repeated', params: about }))
      return
    }
    seen.set(id, i)
    const slot = `${row.year}|${row.metric}`
    const s = shape.get(slot) ?? { total: null, keyed: null }
    if (row.key === totalKey) s.total ??= i
    else s.keyed ??= i
    shape.set(slot, s)
    if (s.total !== null && s.keyed !== null && (s.total === i || s.keyed === i)) {
      problems.push(
        where(
          i,
          'key',
          `${row.year} has ${row.metric} both as a workshop total and by ${kindNoun[kind]}; give one or the other`,
          { code: 'totalAndBreakdown', params: about },
        ),
      )
    }
    if (row.year < firstYear || row.year > lastYear) outside.add(row.year)
  })
  for (const year of [...outside].sort((a, b) => a - b)) {
    warnings.push({
      field: 'year',
      message: `${year} is outside the scenario's years (${firstYear}–${lastYear}); its actuals are kept but nothing compares them`,
    })
  }
  return { problems, warnings }
}
