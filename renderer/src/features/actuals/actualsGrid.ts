// The Réel screen's year × metric grid: its rows (a workshop total and one per segment, grade or programme), its years, and a pasted block as figures to write.
import { actualMetrics, metricKeyKind, type ActualMetric, type ActualRow } from '@shared/actuals/types'
import { idsForMetric } from '@shared/actuals/planFigures'
import type { ModelInput } from '@shared/model/types'
import { parseNumberText } from '../../components/fields/numberText'
import type { PastedTable } from '../../components/fields/pasteNumbers'

export interface GridRow {
  metric: ActualMetric
  /** '' for the workshop total (or the workshop figure of turnaroundWeeks). */
  key: string
}

/** Every metric's workshop row, then its rows by id where the metric has them, in `actualMetrics` order. */
export function gridRows(input: ModelInput): GridRow[] {
  const rows: GridRow[] = []
  for (const metric of actualMetrics) {
    rows.push({ metric, key: '' })
    if (metricKeyKind[metric] !== 'workshop')
      for (const key of idsForMetric(input, metric)) rows.push({ metric, key })
  }
  return rows
}

/**
 * The grid's years: from the first year with actuals (or two years before the plan starts) to the year after
 * the last actuals, at least the plan's first three years.
 */
export function gridYears(input: ModelInput, rows: readonly ActualRow[]): number[] {
  const stored = rows.map((r) => r.year)
  const first = Math.min(input.startYear - 2, ...stored)
  const last = Math.max(input.startYear + 2, ...stored.map((y) => y + 1))
  return Array.from({ length: last - first + 1 }, (_, i) => first + i)
}

export function cellValue(rows: readonly ActualRow[], year: number, row: GridRow): number | null {
  return rows.find((r) => r.year === year && r.metric === row.metric && r.key === row.key)?.value ?? null
}

export type ActualWrite = GridRow & { year: number; value: number | null }

/**
 * The figures a block pasted at grid row `row`, year column `col` writes: cell (i, j) goes to row + i, year
 * col + j. Blank cells are skipped; cells beyond the grid are refused as a whole (nothing half-written).
 */
export function pastedWrites(
  table: Extract<PastedTable, { ok: true }>,
  grid: readonly GridRow[],
  years: readonly number[],
  row: number,
  col: number,
): ActualWrite[] | null {
  const out: ActualWrite[] = []
  for (let i = 0; i < table.rows.length; i++) {
    const cells = table.rows[i]!
    for (let j = 0; j < cells.length; j++) {
      const parsed = parseNumberText(cells[j]!)
      if (!parsed.ok) continue
      const target = grid[row + i]
      const year = years[col + j]
      if (target === undefined || year === undefined) return null
      out.push({ ...target, year, value: parsed.value })
    }
  }
  return out
}
