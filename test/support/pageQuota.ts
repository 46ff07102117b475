// Test seam: a size quota (PRAGMA max_page_count) on the writable connections opened to one file, so a test reaches the full-disk path without a full disk.
import { resolve } from 'node:path'
import type * as DbModule from '../../electron/store/db'

const quotas = new Map<string, number>()

/** Every writable connection opened to `path` from now on may grow the file to `pages` pages at most. */
export function setPageQuota(path: string, pages: number): void {
  quotas.set(resolve(path), Math.floor(pages))
}

export function clearPageQuotas(): void {
  quotas.clear()
}

/**
 * The db module with `openDb` wrapped to apply the quotas; for `vi.mock` of electron/store/db in the
 * test that needs it (the product has no such option: a quota is not something a user sets).
 */
export function withPageQuota(mod: typeof DbModule): typeof DbModule {
  return {
    ...mod,
    async openDb(path, options = {}) {
      const db = await mod.openDb(path, options)
      const pages = quotas.get(resolve(path))
      if (pages !== undefined && options.readOnly !== true && options.immutable !== true) {
        await db.exec(`PRAGMA max_page_count = ${pages}`)
      }
      return db
    },
  }
}
