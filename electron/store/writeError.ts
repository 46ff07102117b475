// SQLite write failures as the StoreError the user reads (full disk, read-only file, lock, damage), each with its reason.
import { sqliteCode } from './db'
import { said, StoreError } from './errors'

/** Turns a SQLite write error into the StoreError the user reads; the edit has been rolled back. */
export function toWriteError(error: unknown): unknown {
  if (error instanceof StoreError) return error
  const code = sqliteCode(error)
  const detail = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_FULL') {
    return new StoreError(
      'disk-full',
      'The disk is full: the change was not saved. Free some space and try again.',
      undefined,
      said('diskFull'),
    )
  }
  if (code === 'SQLITE_READONLY') {
    return new StoreError(
      'read-only',
      `The file cannot be written (${detail}); the change was not saved.`,
      undefined,
      said('cannotWrite'),
    )
  }
  if (code === 'SQLITE_BUSY') {
    return new StoreError(
      'write-failed',
      'Another program holds the file locked; the change was not saved.',
      undefined,
      said('busy'),
    )
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StoreError(
      'corrupt',
      `The file is damaged (${detail}); the change was not saved.`,
      undefined,
      said('damagedFile'),
    )
  }
  if (code !== undefined)
    return new StoreError(
      'write-failed',
      `The change could not be saved (${detail}).`,
      undefined,
      said('saveFailed'),
    )
  return error
}
