// Actual rows (year, metric, key, value): the only place an `actuals` row changes shape.
import type { ActualMetric, ActualRow } from '../../shared/actuals'
import { isActualMetric } from '../../shared/actuals'
import type { Db } from './db'
import { said, StoreError } from './errors'

interface Row {
  year: number
  metric: string
  key: string
  value: number
}

export function createActualsRepository(db: Db) {
  // A version 2 file opened read-only is not migrated: it has no actuals table and reads none.
  let hasTable: Promise<boolean> | null = null
  const exists = (): Promise<boolean> =>
    (hasTable ??= db
      .get<{ n: number }>("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = 'actuals'")
      .then((r) => (r?.n ?? 0) > 0))
  return {
    /** Every actual, by year, then metric, then key. A row whose metric this version does not know is refused. */
    async list(): Promise<ActualRow[]> {
      if (!(await exists())) return []
      const rows = await db.all<Row>(
        'SELECT year, metric, key, value FROM actuals ORDER BY year, metric, key',
      )
      return rows.map((r) => {
        if (!isActualMetric(r.metric)) {
          throw new StoreError(
            'damaged',
            `The actuals of ${r.year} hold a figure this version of Établi does not know (${JSON.stringify(r.metric)}).`,
            undefined,
            said('damagedPart'),
          )
        }
        return { year: r.year, metric: r.metric, key: r.key, value: r.value }
      })
    },

    async get(year: number, metric: ActualMetric, key: string): Promise<number | null> {
      if (!(await exists())) return null
      const row = await db.get<{ value: number }>(
        'SELECT value FROM actuals WHERE year = ? AND metric = ? AND key = ?',
        [year, metric, key],
      )
      return row?.value ?? null
    },

    /** Writes one figure; null removes it. */
    async set(year: number, metric: ActualMetric, key: string, value: number | null): Promise<void> {
      if (value === null) {
        await db.run('DELETE FROM actuals WHERE year = ? AND metric = ? AND key = ?', [year, metric, key])
      } else {
        await db.run(
          'INSERT INTO actuals (year, metric, key, value) VALUES (?, ?, ?, ?) ON CONFLICT (year, metric, key) DO UPDATE SET value = excluded.value',
          [year, metric, key, value],
        )
      }
    },
  }
}

export type ActualsRepository = ReturnType<typeof createActualsRepository>
