// Reads a block of numbers copied from a spreadsheet (rows on lines, cells split by tabs or semicolons) for the year grids.
import { parseNumberText } from './numberText'

export type PastedTable =
  { ok: true; rows: string[][] } | { ok: false; row: number; column: number; cell: string }

/**
 * Splits clipboard text into rows and cells. Lines are rows; tabs (what spreadsheets copy) or semicolons
 * (French CSV) separate cells. Commas and spaces are not separators: they are decimal commas and digit
 * groups in French (`1 234,5`). Blank lines at the ends are dropped; a cell that is not a number is an error
 * naming its row and column (1-based), so nothing is written from a half-read paste.
 */
export function parsePastedTable(text: string): PastedTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop()
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift()
  const rows: string[][] = []
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r]!
    const cells = line.split(line.includes('\t') ? '\t' : ';').map((c) => c.trim())
    // A trailing separator (some spreadsheets add one) leaves an empty last cell.
    while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop()
    for (let c = 0; c < cells.length; c++) {
      if (!parseNumberText(cells[c]!).ok) return { ok: false, row: r + 1, column: c + 1, cell: cells[c]! }
    }
    rows.push(cells)
  }
  return { ok: true, rows }
}

/**
 * The cells of a pasted block for a one-dimensional year grid: a column (one cell per line) or a row (one
 * line) is read in order; a larger block is read row by row.
 */
export function flattenPasted(rows: readonly (readonly string[])[]): string[] {
  return rows.flatMap((r) => [...r])
}

/** True when clipboard text holds more than one cell (a single value is left to the input's own paste). */
export function isMultiCell(text: string): boolean {
  return /[\t\n;]/.test(text.replace(/\r?\n$/, ''))
}
