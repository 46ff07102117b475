// The sources table: where each figure of a workspace comes from, or that it is assumed (rowToSource).
import type { Db } from './db'
import type { SourceRow } from '../../shared/workspace/types'

export interface SourceDbRow {
  id: number
  figure: string
  value: string
  source: string
  year: number | null
  kind: 'sourced' | 'assumed'
  note: string | null
}

export function rowToSource(row: SourceDbRow): SourceRow {
  const source: SourceRow = {
    figure: row.figure,
    value: row.value,
    source: row.source,
    year: row.year,
    kind: row.kind,
  }
  if (row.note !== null) source.note = row.note
  return source
}

export function createSourceRepository(db: Db) {
  return {
    async list(): Promise<SourceRow[]> {
      const rows = await db.all<SourceDbRow>('SELECT * FROM sources ORDER BY id')
      return rows.map(rowToSource)
    },

    async insert(source: SourceRow): Promise<void> {
      await db.run(
        'INSERT INTO sources (figure, value, source, year, kind, note) VALUES (?, ?, ?, ?, ?, ?)',
        [source.figure, source.value, source.source, source.year, source.kind, source.note ?? null],
      )
    },
  }
}
