// History rows: one undoable step each, its operations as JSON (rowToHistoryEntry).
import type { Db } from './db'
import type { HistoryEntry } from '../../shared/workspace/types'
import type { Op } from './ops'

export interface HistoryRow {
  id: number
  at: string
  description: string
  undo_json: string
  redo_json: string
  undone: 0 | 1
}

export function rowToHistoryEntry(
  row: Pick<HistoryRow, 'id' | 'at' | 'description' | 'undone'>,
): HistoryEntry {
  return { id: row.id, at: row.at, description: row.description, undone: row.undone === 1 }
}

export function createHistoryRepository(db: Db) {
  return {
    /** Records a new step after dropping the redo tail (a new edit after undo forgets what was undone). */
    async append(at: string, description: string, undo: Op[], redo: Op[]): Promise<number> {
      await db.run('DELETE FROM history WHERE undone = 1')
      const result = await db.run(
        'INSERT INTO history (at, description, undo_json, redo_json) VALUES (?, ?, ?, ?)',
        [at, description, JSON.stringify(undo), JSON.stringify(redo)],
      )
      return result.lastId
    },

    /** The step undo would revert: the latest not undone. */
    lastDone(): Promise<HistoryRow | undefined> {
      return db.get<HistoryRow>('SELECT * FROM history WHERE undone = 0 ORDER BY id DESC LIMIT 1')
    },

    /** The step redo would replay: the earliest undone. */
    firstUndone(): Promise<HistoryRow | undefined> {
      return db.get<HistoryRow>('SELECT * FROM history WHERE undone = 1 ORDER BY id LIMIT 1')
    },

    async setUndone(id: number, undone: boolean): Promise<void> {
      await db.run('UPDATE history SET undone = ? WHERE id = ?', [undone ? 1 : 0, id])
    },

    /** Newest first; `limit` caps the number of rows. */
    list(limit = 1000): Promise<Pick<HistoryRow, 'id' | 'at' | 'description' | 'undone'>[]> {
      return db.all('SELECT id, at, description, undone FROM history ORDER BY id DESC LIMIT ?', [limit])
    },
  }
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>
