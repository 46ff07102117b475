// Scenario rows: the only place a `scenarios` row changes shape (rowToScenario).
import type { Db } from './db'
import { said, StoreError } from './errors'
import { parseStoredJson } from './storedJson'
import type { ScenarioId, ScenarioSummary } from '../../shared/workspace/types'

export interface ScenarioRow {
  id: number
  name: string
  parent_id: number | null
  position: number
  note: string
  created_at: string
  /** Full ModelInput JSON for the base and frozen versions; null for a scenario of overrides. */
  input_json: string | null
  frozen_at: string | null
  frozen_from: number | null
  frozen_from_name: string | null
  /**
   * The scenario's uncertain figures as JSON (an Uncertainty list), NULL when none were saved (schema
   * version 2). Optional so that rows recorded in the history of a version 1 file still insert.
   */
  uncertainty_json?: string | null
}

export type ScenarioFields = Partial<Pick<ScenarioRow, 'name' | 'note' | 'position' | 'parent_id'>>

/** The full input a base or frozen row stores (callers check `input_json` is not null), read by name. */
export function rowInput(row: ScenarioRow & { input_json: string }): unknown {
  return parseStoredJson(row.input_json, `The input of scenario ${row.name}`)
}

/** The uncertain figures a row stores, as stored (null: none saved). */
export function rowUncertainty(row: ScenarioRow): unknown {
  const json = row.uncertainty_json ?? null
  return json === null ? null : parseStoredJson(json, `The uncertain figures of scenario ${row.name}`)
}

export function rowToScenario(row: ScenarioRow, overrideCount: number): ScenarioSummary {
  return {
    id: row.id,
    name: row.name,
    parentId: row.parent_id,
    isBase: row.parent_id === null && row.frozen_at === null,
    position: row.position,
    note: row.note,
    createdAt: row.created_at,
    frozenAt: row.frozen_at,
    frozenFromId: row.frozen_from,
    frozenFromName: row.frozen_from_name,
    overrideCount,
  }
}

const V1_COLUMNS = [
  'id',
  'name',
  'parent_id',
  'position',
  'note',
  'created_at',
  'input_json',
  'frozen_at',
  'frozen_from',
  'frozen_from_name',
]
const COLUMNS = [...V1_COLUMNS, 'uncertainty_json'].join(', ')

export function createScenarioRepository(db: Db) {
  // A version 1 file opened read-only (in use elsewhere, a read-only folder) is not migrated: it has no
  // uncertainty_json column, so its rows read NULL there. Checked once per connection.
  let selectList: Promise<(prefix: string) => string> | null = null
  const select = (prefix = ''): Promise<string> => {
    selectList ??= db.all<{ name: string }>('PRAGMA table_info(scenarios)').then((rows) => {
      const hasUncertainty = rows.some((r) => r.name === 'uncertainty_json')
      return (p: string) =>
        [
          ...V1_COLUMNS.map((c) => `${p}${c}`),
          hasUncertainty ? `${p}uncertainty_json` : 'NULL AS uncertainty_json',
        ].join(', ')
    })
    return selectList.then((list) => list(prefix))
  }
  return {
    async get(id: ScenarioId): Promise<ScenarioRow | undefined> {
      return db.get<ScenarioRow>(`SELECT ${await select()} FROM scenarios WHERE id = ?`, [id])
    },

    async require(id: ScenarioId): Promise<ScenarioRow> {
      const row = await this.get(id)
      if (row === undefined)
        throw new StoreError(
          'no-such-scenario',
          `There is no scenario with id ${id}.`,
          undefined,
          said('noScenario'),
        )
      return row
    },

    async byName(name: string): Promise<ScenarioRow | undefined> {
      return db.get<ScenarioRow>(`SELECT ${await select()} FROM scenarios WHERE name = ?`, [name])
    },

    /** Live scenarios by position, then frozen versions by time. */
    async list(): Promise<ScenarioRow[]> {
      return db.all<ScenarioRow>(
        `SELECT ${await select()} FROM scenarios ORDER BY frozen_at IS NOT NULL, frozen_at, position, id`,
      )
    },

    /** The base scenario: the live scenario without a parent (there is exactly one). */
    async base(): Promise<ScenarioRow> {
      const row = await db.get<ScenarioRow>(
        `SELECT ${await select()} FROM scenarios WHERE parent_id IS NULL AND frozen_at IS NULL ORDER BY id LIMIT 1`,
      )
      if (row === undefined)
        throw new StoreError('corrupt', 'The workspace has no base scenario.', undefined, said('noBase'))
      return row
    },

    /** `id` and every scenario below it, parents before children. */
    async subtree(id: ScenarioId): Promise<ScenarioRow[]> {
      return db.all<ScenarioRow>(
        `WITH RECURSIVE tree(id, depth) AS (
           SELECT id, 0 FROM scenarios WHERE id = ?
           UNION ALL SELECT s.id, tree.depth + 1 FROM scenarios s JOIN tree ON s.parent_id = tree.id)
         SELECT ${await select('s.')} FROM scenarios s JOIN tree ON s.id = tree.id ORDER BY tree.depth, s.id`,
        [id],
      )
    },

    async insert(row: ScenarioRow): Promise<void> {
      await db.run(`INSERT INTO scenarios (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        row.id,
        row.name,
        row.parent_id,
        row.position,
        row.note,
        row.created_at,
        row.input_json,
        row.frozen_at,
        row.frozen_from,
        row.frozen_from_name,
        row.uncertainty_json ?? null,
      ])
    },

    async delete(id: ScenarioId): Promise<void> {
      await db.run('DELETE FROM scenarios WHERE id = ?', [id])
    },

    async update(id: ScenarioId, fields: ScenarioFields): Promise<void> {
      const entries = Object.entries(fields).filter(([, v]) => v !== undefined)
      if (entries.length === 0) return
      await db.run(`UPDATE scenarios SET ${entries.map(([k]) => `${k} = ?`).join(', ')} WHERE id = ?`, [
        ...entries.map(([, v]) => v as string | number | null),
        id,
      ])
    },

    async setInputJson(id: ScenarioId, json: string): Promise<void> {
      await db.run('UPDATE scenarios SET input_json = ? WHERE id = ?', [json, id])
    },

    /** Stores a scenario's uncertain figures (JSON of an Uncertainty list), or NULL for none saved. */
    async setUncertaintyJson(id: ScenarioId, json: string | null): Promise<void> {
      await db.run('UPDATE scenarios SET uncertainty_json = ? WHERE id = ?', [json, id])
    },

    async nextId(): Promise<number> {
      const row = await db.get<{ next: number }>('SELECT COALESCE(MAX(id), 0) + 1 AS next FROM scenarios')
      return row!.next
    },

    async nextPosition(): Promise<number> {
      const row = await db.get<{ next: number }>(
        'SELECT COALESCE(MAX(position), -1) + 1 AS next FROM scenarios WHERE frozen_at IS NULL',
      )
      return row!.next
    },
  }
}

export type ScenarioRepository = ReturnType<typeof createScenarioRepository>
