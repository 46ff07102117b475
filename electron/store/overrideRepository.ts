// Override rows (scenario, path, value): the only place an `overrides` row changes shape (rowToOverride).
import type { Db } from './db'
import { parseStoredJson } from './storedJson'
import type { Override, ScenarioId } from '../../shared/workspace/types'

export interface OverrideRow {
  scenario_id: number
  path: string
  value_json: string
}

/** `scenarioName` names the row if its value cannot be read. */
export function rowToOverride(row: OverrideRow, scenarioName: string): Override {
  return {
    path: row.path,
    value: parseStoredJson(row.value_json, `The value of ${row.path} in scenario ${scenarioName}`, row.path),
  }
}

export function createOverrideRepository(db: Db) {
  return {
    listFor(scenarioId: ScenarioId): Promise<OverrideRow[]> {
      return db.all<OverrideRow>(
        'SELECT scenario_id, path, value_json FROM overrides WHERE scenario_id = ? ORDER BY path',
        [scenarioId],
      )
    },

    all(): Promise<OverrideRow[]> {
      return db.all<OverrideRow>(
        'SELECT scenario_id, path, value_json FROM overrides ORDER BY scenario_id, path',
      )
    },

    get(scenarioId: ScenarioId, path: string): Promise<OverrideRow | undefined> {
      return db.get<OverrideRow>(
        'SELECT scenario_id, path, value_json FROM overrides WHERE scenario_id = ? AND path = ?',
        [scenarioId, path],
      )
    },

    async upsert(row: OverrideRow): Promise<void> {
      await db.run(
        `INSERT INTO overrides (scenario_id, path, value_json) VALUES (?, ?, ?)
         ON CONFLICT (scenario_id, path) DO UPDATE SET value_json = excluded.value_json`,
        [row.scenario_id, row.path, row.value_json],
      )
    },

    async delete(scenarioId: ScenarioId, path: string): Promise<void> {
      await db.run('DELETE FROM overrides WHERE scenario_id = ? AND path = ?', [scenarioId, path])
    },

    async counts(): Promise<Map<number, number>> {
      const rows = await db.all<{ scenario_id: number; n: number }>(
        'SELECT scenario_id, COUNT(*) AS n FROM overrides GROUP BY scenario_id',
      )
      return new Map(rows.map((r) => [r.scenario_id, r.n]))
    },
  }
}

export type OverrideRepository = ReturnType<typeof createOverrideRepository>
