// StoreError: every failure of the store the user should read, with a stable code the IPC layer maps to its own.
import { readOnlySaid, said, type Said } from '../../shared/workspace/storeReasons'

export type StoreErrorCode =
  /** The file does not exist. */
  | 'not-found'
  /** The file is not a SQLite database at all (or is empty). */
  | 'not-sqlite'
  /** A SQLite database of another application, or one without Établi's tables. */
  | 'not-a-workspace'
  /** An Établi file that is truncated or damaged. */
  | 'corrupt'
  /** The workspace is open read-only (newer version, open elsewhere, not writable) or the write was refused. */
  | 'read-only'
  /** The disk (or the file's size limit) is full. */
  | 'disk-full'
  /** Any other failed write. */
  | 'write-failed'
  /** The target file already exists. */
  | 'exists'
  | 'no-such-scenario'
  /** Frozen versions cannot be edited. */
  | 'frozen'
  /** A path that does not follow the override syntax or does not exist in the scenario. */
  | 'invalid-path'
  | 'name-taken'
  /** A request that makes no sense (e.g. deleting the base scenario, confirming an import with errors). */
  | 'invalid-request'
  | 'closed'
  /** One row of an otherwise readable workspace cannot be read (edited outside Établi): named, refused alone. */
  | 'damaged'

export { readOnlySaid, said }

export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    /** English, for logs and the CLI; the UI words `said` instead. */
    message: string,
    readonly path?: string,
    /** The reason the UI words (shared/workspace/storeReasons.ts), with its parameters. */
    readonly said?: Said,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}
