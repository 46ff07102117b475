// The promise wrapper over node-sqlite3: the only module that imports sqlite3.
import sqlite3 from 'sqlite3'
import { pathToFileURL } from 'node:url'

export type SqlValue = string | number | bigint | Buffer | null
export type SqlParams = readonly SqlValue[] | Record<string, SqlValue>

export interface RunResult {
  /** Row id of the last inserted row (INSERT only). */
  lastId: number
  changes: number
}

export interface OpenOptions {
  /** Open without write access (SQLite `mode=ro`). */
  readOnly?: boolean
  /**
   * Read the file as it is, with no locks and no -wal/-shm files (SQLite `immutable=1`); implies readOnly.
   * Only for a quick look at a file nobody is writing (header checks, read-only folders).
   */
  immutable?: boolean
  /** Create the file when missing. */
  create?: boolean
  /** Milliseconds a statement waits for another connection's lock before failing with SQLITE_BUSY. */
  busyTimeoutMs?: number
}

export interface Db {
  readonly path: string
  readonly readOnly: boolean
  run(sql: string, params?: SqlParams): Promise<RunResult>
  get<T>(sql: string, params?: SqlParams): Promise<T | undefined>
  all<T>(sql: string, params?: SqlParams): Promise<T[]>
  /** Runs several statements without parameters. */
  exec(sql: string): Promise<void>
  /**
   * Runs `fn` inside BEGIN IMMEDIATE … COMMIT; any throw (or a failed COMMIT) rolls back and rethrows.
   * The caller must not run other statements on this connection meanwhile (the Workspace serialises its calls).
   */
  transaction<T>(fn: () => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** The SQLite result code name of an error from this module (e.g. 'SQLITE_FULL'), or undefined. */
export function sqliteCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined
}

/** Opens a database file; rejects with the SQLite error when it cannot be opened. */
export function openDb(path: string, options: OpenOptions = {}): Promise<Db> {
  const readOnly = options.readOnly === true || options.immutable === true
  const params = new URLSearchParams()
  if (readOnly) params.set('mode', 'ro')
  if (options.immutable) params.set('immutable', '1')
  const query = params.size > 0 ? `?${params.toString()}` : ''
  const uri = `${pathToFileURL(path).href}${query}`
  let mode = sqlite3.OPEN_URI | (readOnly ? sqlite3.OPEN_READONLY : sqlite3.OPEN_READWRITE)
  if (options.create && !readOnly) mode |= sqlite3.OPEN_CREATE
  return new Promise((resolve, reject) => {
    const raw = new sqlite3.Database(uri, mode, (error) => {
      if (error) reject(error)
      else {
        raw.configure('busyTimeout', options.busyTimeoutMs ?? 5000)
        resolve(wrap(raw, path, readOnly))
      }
    })
  })
}

function wrap(raw: sqlite3.Database, path: string, readOnly: boolean): Db {
  const db: Db = {
    path,
    readOnly,
    run(sql, params = []) {
      return new Promise((resolve, reject) => {
        raw.run(sql, params, function (this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error)
          else resolve({ lastId: this.lastID, changes: this.changes })
        })
      })
    },
    get<T>(sql: string, params: SqlParams = []) {
      return new Promise<T | undefined>((resolve, reject) => {
        raw.get(sql, params, (error: Error | null, row: T | undefined) =>
          error ? reject(error) : resolve(row),
        )
      })
    },
    all<T>(sql: string, params: SqlParams = []) {
      return new Promise<T[]>((resolve, reject) => {
        raw.all(sql, params, (error: Error | null, rows: T[]) => (error ? reject(error) : resolve(rows)))
      })
    },
    exec(sql) {
      return new Promise((resolve, reject) => raw.exec(sql, (error) => (error ? reject(error) : resolve())))
    },
    async transaction<T>(fn: () => Promise<T>): Promise<T> {
      await db.exec('BEGIN IMMEDIATE')
      let result: T
      try {
        result = await fn()
        await db.exec('COMMIT')
      } catch (error) {
        // After some errors (SQLITE_FULL, IOERR) SQLite has already rolled back; a second ROLLBACK then fails harmlessly.
        await db.exec('ROLLBACK').catch(() => undefined)
        throw error
      }
      return result
    },
    close() {
      return new Promise((resolve, reject) => raw.close((error) => (error ? reject(error) : resolve())))
    },
  }
  return db
}
