// Turns an import table (market volumes, roster, training intakes) into typed rows, errors and the values to write.
import { createSeriesResolver } from '../../../shared/engine/series'
import { getAtPath } from '../../../shared/model/overrides'
import type { ModelInput, Series } from '../../../shared/model/types'
import type {
  ImportError,
  ImportKind,
  ImportRows,
  IntakeRow,
  MarketRow,
  RosterRow,
} from '../../../shared/workspace/types'
import { FIELDS } from './importFields'
import { isPersonalColumn, normalizeHeader } from './personalColumns'
import type { Cell, Table } from './readTable'

export interface PlannedImport {
  data: ImportRows
  errors: ImportError[]
  droppedColumns: string[]
  ignoredColumns: string[]
  /** Values to write, by override path; empty when there are errors. */
  sets: { path: string; value: unknown }[]
}

interface Columns {
  /** field → index of its column. */
  index: Map<string, number>
  headers: string[]
  dropped: string[]
  ignored: string[]
}

function mapColumns(kind: ImportKind, headers: string[]): Columns {
  const index = new Map<string, number>()
  const dropped: string[] = []
  const ignored: string[] = []
  headers.forEach((header, i) => {
    const normalized = normalizeHeader(header)
    const field = Object.entries(FIELDS[kind]).find(([, spec]) => spec.aliases.includes(normalized))?.[0]
    if (field !== undefined && !index.has(field)) index.set(field, i)
    else if (isPersonalColumn(header)) dropped.push(header)
    else if (header !== '') ignored.push(header)
  })
  return { index, headers, dropped, ignored }
}

/** A number as people type it: 1'234.5, 1 234,5, 12 %, or a plain number cell. */
export function parseNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null
  if (cell === null) return null
  let text = cell.trim().replace(/[\s\u00a0\u202f'’]/g, '')
  let scale = 1
  if (text.endsWith('%')) {
    scale = 0.01
    text = text.slice(0, -1)
  }
  if (text.includes(',') && !text.includes('.')) text = text.replace(',', '.')
  else if (text.includes(',')) text = text.replace(/,/g, '')
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return null
  return Number(text) * scale
}

function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')
}

/** Reads rows cell by cell, collecting one error per bad cell. */
class RowReader {
  readonly errors: ImportError[] = []
  constructor(private readonly columns: Columns) {}

  header(field: string): string {
    const i = this.columns.index.get(field)
    return i === undefined ? field : this.columns.headers[i]!
  }

  has(field: string): boolean {
    return this.columns.index.has(field)
  }

  /** An error at a line and column, with the code the UI words it by (`import.<code>`) and its parameters. */
  error(
    line: number,
    field: string,
    message: string,
    code: string,
    params: Record<string, string | number> = {},
  ): void {
    this.errors.push({ line, column: this.header(field), message, code: `import.${code}`, params })
  }

  private cell(cells: Cell[], field: string): Cell | undefined {
    const i = this.columns.index.get(field)
    return i === undefined ? undefined : cells[i]
  }

  /** An id from `known` (exact, else the one matching regardless of case); null after an error. */
  id(line: number, cells: Cell[], field: string, known: string[], what: string): string | null {
    const raw = this.cell(cells, field)
    if (isBlank(raw)) {
      this.error(line, field, `The ${what} is missing.`, 'idMissing', { what })
      return null
    }
    const text = String(raw).trim()
    const found = known.includes(text) ? text : known.find((k) => k.toLowerCase() === text.toLowerCase())
    if (found === undefined) {
      const params = { what, text, known: known.join(', ') }
      this.error(
        line,
        field,
        `Unknown ${what} "${text}"; this scenario has: ${params.known}.`,
        'unknownId',
        params,
      )
      return null
    }
    return found
  }

  number(
    line: number,
    cells: Cell[],
    field: string,
    rule: { integer?: boolean; min?: number; max?: number },
  ): number | null {
    const raw = this.cell(cells, field)
    if (isBlank(raw)) {
      this.error(line, field, 'The value is missing.', 'valueMissing')
      return null
    }
    const value = parseNumber(raw!)
    if (value === null) {
      this.error(line, field, `"${String(raw)}" is not a number.`, 'notNumber', { text: String(raw) })
      return null
    }
    if (rule.integer && !Number.isInteger(value)) {
      this.error(line, field, `${value} must be a whole number.`, 'notWhole', { value })
      return null
    }
    if ((rule.min !== undefined && value < rule.min) || (rule.max !== undefined && value > rule.max)) {
      const range = rule.max === undefined ? `at least ${rule.min}` : `between ${rule.min} and ${rule.max}`
      const params: Record<string, number> = { value, min: rule.min ?? 0 }
      if (rule.max !== undefined) params.max = rule.max
      this.error(
        line,
        field,
        `${value} must be ${range}.`,
        rule.max === undefined ? 'atLeast' : 'between',
        params,
      )
      return null
    }
    return value
  }
}

/** The per-year values of a series as the scenario has it, or null when it cannot be resolved. */
function seriesValues(series: Series | undefined, input: ModelInput): number[] | null {
  if (series === undefined) return null
  const resolved = createSeriesResolver(input.horizonYears, input.startYear)(series, 'series')
  return resolved.ok ? Array.from(resolved.values) : null
}

/** Reads a table for one kind of import against the scenario's current input. */
export function planImport(kind: ImportKind, table: Table, input: ModelInput): PlannedImport {
  const empty: ImportRows = { kind, rows: [] } as ImportRows
  if (table.fileError !== null) {
    return {
      data: empty,
      errors: [{ line: 0, column: '', ...table.fileError }],
      droppedColumns: [],
      ignoredColumns: [],
      sets: [],
    }
  }
  const columns = mapColumns(kind, table.headers)
  const reader = new RowReader(columns)
  for (const [field, spec] of Object.entries(FIELDS[kind])) {
    if (spec.required && !columns.index.has(field)) {
      reader.errors.push({
        line: table.headerLine,
        column: field,
        message: `The column "${field}" is missing (accepted headers: ${spec.aliases.join(', ')}).`,
        code: 'import.columnMissing',
        params: { field, aliases: spec.aliases.join(', ') },
      })
    }
  }
  if (kind === 'market' && !columns.index.has('newSales') && !columns.index.has('preOwned')) {
    reader.errors.push({
      line: table.headerLine,
      column: 'newSales',
      message: 'A market file needs a "newSales" or a "preOwned" column, or both.',
      code: 'import.marketColumns',
      params: {},
    })
  }
  const base = { droppedColumns: columns.dropped, ignoredColumns: columns.ignored }
  if (reader.errors.length > 0) return { data: empty, errors: reader.errors, ...base, sets: [] }

  let planned: { data: ImportRows; sets: { path: string; value: unknown }[] }
  if (kind === 'market') planned = planMarket(table, input, reader)
  else if (kind === 'roster') planned = planRoster(table, input, reader)
  else planned = planIntakes(table, input, reader)
  const errors = reader.errors.sort((a, b) => a.line - b.line)
  return { data: planned.data, errors, ...base, sets: errors.length === 0 ? planned.sets : [] }
}

function checkYear(reader: RowReader, line: number, year: number, input: ModelInput): boolean {
  const last = input.startYear + input.horizonYears - 1
  if (year < input.startYear || year > last) {
    reader.error(
      line,
      'year',
      `${year} is outside this scenario's years (${input.startYear}–${last}).`,
      'outsideYears',
      {
        year,
        first: input.startYear,
        last,
      },
    )
    return false
  }
  return true
}

/**
 * Market volumes: the start year's row sets `newSales` / `preOwned`; later rows (consecutive years) set
 * the growth series so the projection reproduces each imported volume. Years after the last imported
 * one keep the scenario's growth for those years.
 */
function planMarket(
  table: Table,
  input: ModelInput,
  reader: RowReader,
): { data: ImportRows; sets: { path: string; value: unknown }[] } {
  const rows: MarketRow[] = []
  const segmentIds = input.segments.map((s) => s.id)
  for (const { line, cells } of table.rows) {
    const segment = reader.id(line, cells, 'segment', segmentIds, 'segment')
    const year = reader.number(line, cells, 'year', { integer: true })
    const newSales = reader.has('newSales') ? reader.number(line, cells, 'newSales', { min: 0 }) : null
    const preOwned = reader.has('preOwned') ? reader.number(line, cells, 'preOwned', { min: 0 }) : null
    if (segment === null || year === null || !checkYear(reader, line, year, input)) continue
    rows.push({ line, segment, year, newSales, preOwned })
  }
  const sets: { path: string; value: unknown }[] = []
  for (const segment of input.segments) {
    const mine = rows
      .filter((r) => r.segment === segment.id)
      .sort((a, b) => a.year - b.year || a.line - b.line)
    if (mine.length === 0) continue
    const byYear = new Map<number, MarketRow>()
    for (const row of mine) {
      const earlier = byYear.get(row.year)
      if (earlier)
        reader.error(
          row.line,
          'year',
          `A second row for ${segment.id} in ${row.year} (the first is on line ${earlier.line}).`,
          'secondRow',
          { id: segment.id, year: row.year, earlier: earlier.line },
        )
      else byYear.set(row.year, row)
    }
    const first = mine[0]!
    if (first.year !== input.startYear) {
      reader.error(
        first.line,
        'year',
        `The rows for ${segment.id} must start with the start year ${input.startYear}.`,
        'mustStart',
        { id: segment.id, year: input.startYear },
      )
      continue
    }
    const lastYear = mine[mine.length - 1]!.year
    let complete = true
    for (let y = input.startYear; y <= lastYear; y++) {
      if (!byYear.has(y)) {
        reader.error(
          first.line,
          'year',
          `No row for ${segment.id} in ${y}: the years must follow each other.`,
          'yearGap',
          { id: segment.id, year: y },
        )
        complete = false
      }
    }
    if (!complete) continue
    const fields = [
      ['newSales', 'newSalesGrowth'],
      ['preOwned', 'preOwnedGrowth'],
    ] as const
    for (const [field, growthField] of fields) {
      if (!reader.has(field)) continue
      const volumes: number[] = []
      for (let y = input.startYear; y <= lastYear; y++) volumes.push(byYear.get(y)![field]!)
      if (volumes.some((v) => v === null)) continue
      sets.push({ path: `segments/${segment.id}/${field}`, value: volumes[0] })
      if (volumes.length < 2) continue
      const existing = seriesValues(segment[growthField], input)
      const growth: number[] = []
      let ok = true
      for (let t = 0; t < input.horizonYears; t++) {
        if (t >= 1 && t < volumes.length) {
          const [before, after] = [volumes[t - 1]!, volumes[t]!]
          if (before === 0 && after > 0) {
            const line = byYear.get(input.startYear + t)!.line
            reader.error(
              line,
              field,
              `${segment.id} rises from 0 in ${input.startYear + t - 1} to ${after}: a growth rate cannot express that.`,
              'fromZero',
              { id: segment.id, year: input.startYear + t - 1, value: after },
            )
            ok = false
            break
          }
          growth.push(before === 0 ? 0 : after / before - 1)
        } else {
          // Year 0's growth is never used (the start-year volume is given); later years keep the scenario's own.
          growth.push(existing?.[t] ?? (t === 0 ? 0 : growth[t - 1]!))
        }
      }
      if (ok) sets.push({ path: `segments/${segment.id}/${growthField}`, value: growth })
    }
  }
  return { data: { kind: 'market', rows }, sets }
}

/** The roster: rows of the same grade and age are added up; the whole roster is replaced. A row without an FTE column counts 1. */
function planRoster(
  table: Table,
  input: ModelInput,
  reader: RowReader,
): { data: ImportRows; sets: { path: string; value: unknown }[] } {
  const rows: RosterRow[] = []
  const gradeIds = input.grades.map((g) => g.id)
  for (const { line, cells } of table.rows) {
    const grade = reader.id(line, cells, 'grade', gradeIds, 'grade')
    const age = reader.number(line, cells, 'age', { integer: true, min: 15, max: 80 })
    const fte = reader.has('fte') ? reader.number(line, cells, 'fte', { min: 0 }) : 1
    if (grade === null || age === null || fte === null) continue
    rows.push({ line, grade, age, fte })
  }
  const totals = new Map<string, { grade: string; age: number; fte: number }>()
  for (const row of rows) {
    const key = `${row.grade}\u0000${row.age}`
    const entry = totals.get(key) ?? { grade: row.grade, age: row.age, fte: 0 }
    entry.fte += row.fte
    totals.set(key, entry)
  }
  const roster = [...totals.values()]
    .filter((e) => e.fte > 0)
    .sort((a, b) => gradeIds.indexOf(a.grade) - gradeIds.indexOf(b.grade) || a.age - b.age)
  if (rows.length === 0 && reader.errors.length === 0) {
    reader.errors.push({
      line: table.headerLine,
      column: reader.header('grade'),
      message: 'The file has no roster rows.',
      code: 'import.noRosterRows',
      params: {},
    })
  }
  return { data: { kind: 'roster', rows }, sets: [{ path: 'workforce/roster', value: roster }] }
}

/** Training intakes: each programme's intake becomes one value per year; years not in the file keep the scenario's values. */
function planIntakes(
  table: Table,
  input: ModelInput,
  reader: RowReader,
): { data: ImportRows; sets: { path: string; value: unknown }[] } {
  const rows: IntakeRow[] = []
  const programmeIds = input.training.map((p) => p.id)
  for (const { line, cells } of table.rows) {
    const programme = reader.id(line, cells, 'programme', programmeIds, 'programme')
    const year = reader.number(line, cells, 'year', { integer: true })
    const intake = reader.number(line, cells, 'intake', { min: 0 })
    if (programme === null || year === null || intake === null || !checkYear(reader, line, year, input))
      continue
    rows.push({ line, programme, year, intake })
  }
  const sets: { path: string; value: unknown }[] = []
  for (const programme of input.training) {
    const mine = rows.filter((r) => r.programme === programme.id)
    if (mine.length === 0) continue
    const path = `training/${programme.id}/intake`
    const values =
      seriesValues(getAtPath(input, path) as Series, input) ?? new Array<number>(input.horizonYears).fill(0)
    const seen = new Map<number, number>()
    for (const row of mine) {
      const earlier = seen.get(row.year)
      if (earlier !== undefined) {
        reader.error(
          row.line,
          'year',
          `A second row for ${programme.id} in ${row.year} (the first is on line ${earlier}).`,
          'secondRow',
          { id: programme.id, year: row.year, earlier },
        )
        continue
      }
      seen.set(row.year, row.line)
      values[row.year - input.startYear] = row.intake
    }
    sets.push({ path, value: values })
  }
  return { data: { kind: 'intakes', rows }, sets }
}
