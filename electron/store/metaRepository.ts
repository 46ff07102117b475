// The meta table: the workspace's name, creation time and the app version that created it.
import type { Db } from './db'

export type MetaKey = 'name' | 'created_at' | 'created_by' | 'description'

export function createMetaRepository(db: Db) {
  return {
    async get(key: MetaKey): Promise<string | null> {
      const row = await db.get<{ value: string }>('SELECT value FROM meta WHERE key = ?', [key])
      return row?.value ?? null
    },

    async set(key: MetaKey, value: string): Promise<void> {
      await db.run(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      )
    },
  }
}

export type MetaRepository = ReturnType<typeof createMetaRepository>
