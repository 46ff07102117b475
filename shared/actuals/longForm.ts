// Actuals in long form (`year,metric,key,value`): reading a table with line and column errors, and converting to and from actuals by year.
import {
  actualMetrics,
  isActualMetric,
  type ActualMetric,
  type ActualRow,
  type Actuals,
  type ActualsProblem,
  type ActualsYear,
} from './types'

/** The columns a long-form table must have, in any order; the header names them (case and spaces ignored). */
export const actualColumns = ['year', 'metric', 'key', 'value'] as const
type Column = (typeof actualColumns)[number]

export type ParsedActuals =
  | {
      ok: true
      rows: ActualRow[]
      /** The table line (1-based, header = 1) each row came from, for later problems. */
      lines: number[]
      /** Header names of the columns that were not read (a name or comment column is dropped unseen). */
      droppedColumns: string[]
    }
  | { ok: false; problems: ActualsProblem[] }

/** A problem at a table line and column; the message says where, for a person reading an import preview. */
export function tableProblem(
  line: number,
  column: string,
  reason: string,
  code?: string,
  params: Record<string, string | number> = {},
): ActualsProblem {
  const p = { line, field: column, message: `Line ${line}, column ${column}: ${reason}` }
  return code === undefined ? p : { ...p, code, params }
}

/** A table problem with its code under `actualsTable` (the UI's words for it). */
function coded(
  line: number,
  column: string,
  reason: string,
  code: string,
  params: Record<string, string | number> = {},
): ActualsProblem {
  return tableProblem(line, column, reason, `actualsTable.${code}`, params)
}

/**
 * Reads a table given as rows of cells (from CSV or a spreadsheet; the first non-blank row is the
 * header). Only the four columns are read; any other column is dropped, never looked at (it may hold
 * personal data). Blank rows are skipped. Every problem is reported at once, none is fixed silently.
 * Ids are not checked here: see `validateActuals`.
 */
export function parseActualsTable(cells: readonly (readonly unknown[])[]): ParsedActuals {
  const problems: ActualsProblem[] = []
  let headerIndex = cells.findIndex((row) => !isBlankRow(row))
  if (headerIndex < 0) headerIndex = 0
  const header = (cells[headerIndex] ?? []).map(cellText)
  const headerLine = headerIndex + 1
  const position = new Map<Column, number>()
  const droppedColumns: string[] = []
  header.forEach((name, i) => {
    const normal = name.replace(/\s+/g, '').toLowerCase()
    const column = actualColumns.find((c) => c === normal)
    if (column === undefined) {
      if (name !== '') droppedColumns.push(name)
    } else if (position.has(column)) {
      problems.push(coded(headerLine, column, 'appears twice in the header; keep one', 'headerTwice'))
    } else position.set(column, i)
  })
  for (const column of actualColumns) {
    if (!position.has(column)) {
      problems.push(
        coded(
          headerLine,
          column,
          'is missing from the header (it needs year, metric, key and value)',
          'headerMissing',
        ),
      )
    }
  }
  if (problems.length > 0) return { ok: false, problems }

  const rows: ActualRow[] = []
  const lines: number[] = []
  const firstLine = new Map<string, number>()
  const at = (row: readonly unknown[], column: Column): unknown => row[position.get(column)!]
  for (let r = headerIndex + 1; r < cells.length; r++) {
    const row = cells[r]!
    const line = r + 1
    if (isBlankRow(row)) continue
    const before = problems.length
    const year = parseYear(at(row, 'year'), line, problems)
    const metricText = cellText(at(row, 'metric'))
    let metric: ActualMetric | null = null
    if (isActualMetric(metricText)) metric = metricText
    else {
      problems.push(
        metricText === ''
          ? coded(line, 'metric', 'is empty', 'empty')
          : coded(
              line,
              'metric',
              `'${metricText}' is not a metric; it must be one of ${actualMetrics.join(', ')}`,
              'notMetric',
              { text: metricText, metrics: actualMetrics.join(', ') },
            ),
      )
    }
    const key = cellText(at(row, 'key'))
    const value = parseValue(at(row, 'value'), line, problems)
    if (problems.length > before || year === null || metric === null || value === null) continue
    const id = `${year}|${metric}|${key}`
    const earlier = firstLine.get(id)
    if (earlier !== undefined) {
      problems.push(
        coded(line, 'key', `repeats ${metric} ${keyLabel(key)} for ${year} of line ${earlier}`, 'repeated', {
          earlier,
        }),
      )
      continue
    }
    firstLine.set(id, line)
    rows.push({ year, metric, key, value })
    lines.push(line)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows, lines, droppedColumns }
}

/** How a key reads in a message: its id, or "(workshop total)" for the empty key. */
export function keyLabel(key: string): string {
  return key === '' ? '(workshop total)' : `'${key}'`
}

function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cellText(cell) === '')
}

function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'string') return cell.trim()
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell)
  return '\u0000'
}

function parseYear(cell: unknown, line: number, problems: ActualsProblem[]): number | null {
  const n = parseNumberCell(cell)
  if (n === null || !Number.isInteger(n) || n < 1900 || n > 2200) {
    const text = cellText(cell)
    problems.push(
      text === ''
        ? coded(line, 'year', 'is empty', 'empty')
        : coded(line, 'year', `'${text}' is not a calendar year (a whole number such as 2026)`, 'notYear', {
            text,
          }),
    )
    return null
  }
  return n
}

function parseValue(cell: unknown, line: number, problems: ActualsProblem[]): number | null {
  const text = cellText(cell)
  const n = parseNumberCell(cell)
  if (n === null) {
    problems.push(
      text === ''
        ? coded(line, 'value', 'is empty', 'empty')
        : /^\s*[+-]?\d+,\d+\s*$/.test(text)
          ? coded(line, 'value', `'${text}' uses a comma; write decimals with a point (1'234.5)`, 'comma', {
              text,
            })
          : coded(line, 'value', `'${text}' is not a number`, 'notNumber', { text }),
    )
    return null
  }
  if (n < 0) {
    problems.push(coded(line, 'value', `is ${text}; it must be at least 0`, 'negative', { text }))
    return null
  }
  return n
}

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** A number cell, or text in Swiss format (1'234.5; apostrophes and spaces group thousands); null otherwise. */
export function parseNumberCell(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  if (typeof cell !== 'string') return null
  const text = cell.trim().replace(/(?<=\d)['’\u00a0\u202f ](?=\d)/g, '')
  if (!plainNumber.test(text)) return null
  const n = Number(text)
  return Number.isFinite(n) ? n : null
}

/** Groups rows by year (ascending) and metric; a later row for the same year, metric and key replaces an earlier one. */
export function rowsToActuals(rows: readonly ActualRow[]): Actuals {
  const byYear = new Map<number, ActualsYear>()
  for (const { year, metric, key, value } of rows) {
    let entry = byYear.get(year)
    if (entry === undefined) {
      entry = { year, figures: {} }
      byYear.set(year, entry)
    }
    const values = (entry.figures[metric] ??= {})
    // defineProperty, not assignment: an unchecked key such as `__proto__` stays a plain own key.
    Object.defineProperty(values, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

/** The long form of actuals: by year, then in `actualMetrics` order, keys in their order. */
export function actualsToRows(actuals: Actuals): ActualRow[] {
  const rows: ActualRow[] = []
  for (const { year, figures } of [...actuals].sort((a, b) => a.year - b.year)) {
    for (const metric of actualMetrics) {
      const values = figures[metric]
      if (values === undefined) continue
      for (const key of Object.keys(values)) rows.push({ year, metric, key, value: values[key]! })
    }
  }
  return rows
}

/** The value of one actual, or undefined when it was not recorded. */
export function actualValue(
  actuals: Actuals,
  year: number,
  metric: ActualMetric,
  key: string,
): number | undefined {
  const values = actuals.find((y) => y.year === year)?.figures[metric]
  return values !== undefined && Object.hasOwn(values, key) ? values[key] : undefined
}
