// The hiring plan grid's pure logic: year × (hires, market limit) or (v2) (backfill, gap hiring) columns per grade, cell edits and spreadsheet pastes.
import type { Series, Workforce } from '@shared/model/types'
import { createSeriesResolver } from '@shared/engine/series'
import { parseNumberText, percentToFraction } from '../../components/fields/numberText'
import { compactYears } from '../../components/fields/seriesDraft'

export type PlanKind = 'hires' | 'marketLimit' | 'backfill' | 'gapHiring'

/** What the grid shows: the planned hires and their limit, or (v2) the hiring policies (shares, 0..1). */
export type GridView = 'plan' | 'policies'

export const VIEW_KINDS: Record<GridView, readonly [PlanKind, PlanKind]> = {
  plan: ['hires', 'marketLimit'],
  policies: ['backfill', 'gapHiring'],
}

/** The policy series are shares of last year's flows (shown in percent). */
export function isShareKind(kind: PlanKind): boolean {
  return kind === 'backfill' || kind === 'gapHiring'
}

export interface GridColumn {
  kind: PlanKind
  grade: string
}

/** The first kind for every grade, then the second for every grade (the table's column order). */
export function gridColumns(grades: readonly string[], view: GridView = 'plan'): GridColumn[] {
  return VIEW_KINDS[view].flatMap((kind) => grades.map((grade) => ({ kind, grade })))
}

function mapOf(workforce: Workforce, kind: PlanKind): Record<string, Series> {
  return workforce[kind] ?? {}
}

export interface Horizon {
  horizonYears: number
  startYear: number
}

function resolve(series: Series, h: Horizon): number[] | null {
  const r = createSeriesResolver(h.horizonYears, h.startYear)(series, 'value')
  return r.ok ? Array.from(r.values) : null
}

/**
 * The yearly values of a column: a missing hires, backfill or gap-hiring entry is 0 every year; a missing market
 * limit is null (no limit). A series that cannot be resolved is null too (the grid then shows nothing to edit).
 */
export function columnValues(workforce: Workforce, column: GridColumn, h: Horizon): number[] | null {
  const series = mapOf(workforce, column.kind)[column.grade]
  if (series === undefined)
    return column.kind === 'marketLimit' ? null : new Array<number>(h.horizonYears).fill(0)
  return resolve(series, h)
}

/**
 * The limit a grade gets when "no limit" is unticked: the most it plans to hire in any year, so that the
 * projection does not change until the user lowers it.
 */
export function limitFromHires(workforce: Workforce, grade: string, h: Horizon): number {
  const hires = columnValues(workforce, { kind: 'hires', grade }, h) ?? [0]
  return Math.max(0, ...hires)
}

/** True when the stored value of a column is a formula that is not a plain number (editing a cell replaces it). */
export function isFormula(workforce: Workforce, column: GridColumn): boolean {
  return typeof mapOf(workforce, column.kind)[column.grade] === 'string'
}

export interface PlanWrite {
  path: string
  value: unknown
}

/** What one cell edit writes: the column's series with year t replaced (a constant when every year is equal). */
export function cellWrite(
  workforce: Workforce,
  column: GridColumn,
  t: number,
  value: number,
  h: Horizon,
): PlanWrite {
  const values =
    columnValues(workforce, column, h) ??
    new Array<number>(h.horizonYears).fill(limitFromHires(workforce, column.grade, h))
  const next = [...values]
  next[t] = value
  return { path: `workforce/${column.kind}/${column.grade}`, value: compactYears(next) }
}

/**
 * What a pasted block writes, as one edit: cells go to years from `row` down and columns from `column` right
 * (what falls outside the grid is dropped). One column writes its own series; several columns of one kind
 * write that map whole (`workforce/hires`); a block across both kinds writes the workforce whole. Null when a
 * cell is not a number or nothing lands in the grid.
 */
export function pasteWrite(
  workforce: Workforce,
  grades: readonly string[],
  row: number,
  column: number,
  cells: readonly (readonly string[])[],
  h: Horizon,
  view: GridView = 'plan',
): PlanWrite | null {
  const columns = gridColumns(grades, view)
  const changed = new Map<number, number[]>()
  cells.forEach((line, r) => {
    const t = row + r
    if (t < 0 || t >= h.horizonYears) return
    line.forEach((text, c) => {
      const ci = column + c
      const col = columns[ci]
      if (!col) return
      const parsed = parseNumberText(text)
      if (!parsed.ok) return
      // Shares are typed and pasted in percent, as the cells show them.
      const value = isShareKind(col.kind) ? percentToFraction(parsed.decimal) : parsed.value
      let values = changed.get(ci)
      if (!values) {
        values = [
          ...(columnValues(workforce, col, h) ??
            new Array<number>(h.horizonYears).fill(limitFromHires(workforce, col.grade, h))),
        ]
        changed.set(ci, values)
      }
      values[t] = value
    })
  })
  if (changed.size === 0) return null
  const maps: Partial<Record<PlanKind, Record<string, Series>>> = {}
  for (const [ci, values] of changed) {
    const col = columns[ci]!
    const map = (maps[col.kind] ??= { ...mapOf(workforce, col.kind) })
    map[col.grade] = compactYears(values)
  }
  if (changed.size === 1) {
    const col = columns[[...changed.keys()][0]!]!
    return { path: `workforce/${col.kind}/${col.grade}`, value: maps[col.kind]![col.grade] }
  }
  const kinds = Object.keys(maps) as PlanKind[]
  if (kinds.length === 1) {
    const kind = kinds[0]!
    return { path: `workforce/${kind}`, value: maps[kind] }
  }
  const next: Workforce = { ...workforce, ...maps }
  return { path: 'workforce', value: next }
}

/** The market-limit map without `grade` (no limit), or with it set to `limit`. */
export function limitWrite(workforce: Workforce, grade: string, limit: number | null): PlanWrite {
  if (limit !== null) return { path: `workforce/marketLimit/${grade}`, value: limit }
  const rest = { ...workforce.marketLimit }
  delete rest[grade]
  return { path: 'workforce/marketLimit', value: rest }
}
