// Flattens a ModelResult into CSV, one row per year: scalar figures, then `field.id` columns for per-grade/segment/programme maps.
import type { ModelResult, YearResult } from '../../shared/model/types'

type Cell = string | number | null

/** Column names and rows; maps such as `demandHours` become `demandHours.<id>` columns, `cost` becomes `cost.<part>`. */
export function flattenYears(result: ModelResult): { columns: string[]; rows: Cell[][] } {
  const first = result.years[0]
  if (first === undefined) return { columns: ['year'], rows: [] }
  const columns: string[] = []
  const getters: ((y: YearResult) => Cell)[] = []
  for (const key of Object.keys(first) as (keyof YearResult)[]) {
    const value = first[key]
    if (value !== null && typeof value === 'object') {
      for (const sub of Object.keys(value)) {
        columns.push(`${key}.${sub}`)
        getters.push((y) => (y[key] as unknown as Record<string, number>)[sub])
      }
    } else {
      columns.push(key)
      getters.push((y) => y[key] as Cell)
    }
  }
  return { columns, rows: result.years.map((y) => getters.map((get) => get(y))) }
}

function csvCell(value: Cell): string {
  if (value === null) return ''
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV with a header row; null (no turnaround, no seats) is an empty cell. */
export function resultToCsv(result: ModelResult): string {
  const { columns, rows } = flattenYears(result)
  return [columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
