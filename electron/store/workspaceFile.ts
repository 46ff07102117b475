// A workspace file's life: probe, migrate, lock, create and copy (Save As), with every fault check; no edits here.
import { randomBytes } from 'node:crypto'
import { access, constants, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, resolve as resolvePath } from 'node:path'
import { applyOverrides } from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import type { ModelInput } from '../../shared/model/types'
import type { SampleScenario } from '../../shared/sample/types'
import type { ReadOnlyReason, SourceRow } from '../../shared/workspace/types'
import type { Said } from '../../shared/workspace/storeReasons'
import { openDb, type Db } from './db'
import { said, StoreError } from './errors'
import { APPLICATION_ID, inspectFile } from './fileCheck'
import { acquireLock, type LockAttempt } from './lock'
import { createMetaRepository } from './metaRepository'
import { migrations, SCHEMA_VERSION } from './migrations'
import { toWriteError } from './writeError'
import { createOverrideRepository } from './overrideRepository'
import { createScenarioRepository } from './scenarioRepository'
import { createSourceRepository } from './sourceRepository'

export { SCHEMA_VERSION }

/** Tables every schema version has; a file marked as Établi's without them is not a workspace. */
const REQUIRED_TABLES = ['meta', 'scenarios', 'overrides', 'history', 'sources']

export interface OpenOptions {
  /** Open read-only even when the file could be written. */
  readOnly?: boolean
  /** The clock for history and creation times. */
  now?: () => Date
}

export interface CreateOptions extends OpenOptions {
  /** Replace an existing file at the path (it must not be open elsewhere). */
  overwrite?: boolean
}

/** What a new workspace starts with; scenarios are children of the base. No history is recorded for it. */
export interface WorkspaceInit {
  name: string
  description?: string
  base: ModelInput
  baseName?: string
  baseNote?: string
  scenarios?: SampleScenario[]
  sources?: SourceRow[]
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, constants.W_OK)
    await access(dirname(path), constants.W_OK)
    return true
  } catch {
    return false
  }
}

/**
 * Looks inside a file already known to carry Établi's header, read-only, without creating anything
 * beside it when nobody has it open: integrity, tables, schema version.
 */
async function probe(path: string): Promise<number> {
  const walPresent = await exists(`${path}-wal`)
  let db: Db
  try {
    db = await openDb(path, walPresent ? { readOnly: true } : { immutable: true })
  } catch (error) {
    throw new StoreError(
      'corrupt',
      `${path} cannot be read (${(error as Error).message}); it was left untouched.`,
      undefined,
      said('unreadable', { file: path }),
    )
  }
  try {
    const check = await db.all<{ quick_check: string }>('PRAGMA quick_check')
    if (check.length !== 1 || check[0]!.quick_check !== 'ok') {
      throw new StoreError(
        'corrupt',
        `${path} is damaged (${check[0]?.quick_check ?? 'no answer'}); it was left untouched.`,
        undefined,
        said('damagedFile', { file: path }),
      )
    }
    const version = (await db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version
    const tables = new Set(
      (await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map(
        (r) => r.name,
      ),
    )
    if (version < 1 || REQUIRED_TABLES.some((t) => !tables.has(t))) {
      throw new StoreError(
        'not-a-workspace',
        `${path} carries Établi's mark but not its tables: it is not a workspace; it was left untouched.`,
        undefined,
        said('noTables', { file: path }),
      )
    }
    return version
  } catch (error) {
    if (error instanceof StoreError) throw error
    throw new StoreError(
      'corrupt',
      `${path} is damaged (${(error as Error).message}); it was left untouched.`,
      undefined,
      said('damagedFile', { file: path }),
    )
  } finally {
    await db.close().catch(() => undefined)
  }
}

/** Sets the connection up for writing: WAL, foreign keys, durable commits. */
export async function prepareWriter(db: Db): Promise<void> {
  await db.exec('PRAGMA journal_mode = WAL')
  await db.exec('PRAGMA foreign_keys = ON')
  await db.exec('PRAGMA synchronous = FULL')
}

/** Brings a file to SCHEMA_VERSION in one transaction (the application id is written with the first migration). */
async function migrate(db: Db, fromVersion: number): Promise<void> {
  await db.transaction(async () => {
    for (const migration of migrations) {
      if (migration.version > fromVersion) await db.exec(migration.sql)
    }
    await db.exec(`PRAGMA application_id = ${APPLICATION_ID}`)
    await db.exec(`PRAGMA user_version = ${SCHEMA_VERSION}`)
  })
}

/** Refuses to replace anything but an intact Établi workspace (a text file, another program's database, a lock file). */
export async function assertReplaceable(abs: string): Promise<void> {
  try {
    await inspectFile(abs, { walPresent: await exists(`${abs}-wal`) })
    await probe(abs)
  } catch (error) {
    if (!(error instanceof StoreError)) throw error
    throw new StoreError(
      'not-a-workspace',
      `${abs} is not an Établi workspace: it was not replaced. Choose another name.`,
      undefined,
      said('notReplaceable', { file: abs }),
    )
  }
}

/** A free path next to `path` for a copy: `<path>.<suffix>`, then `<path>.<suffix>-2`, … */
async function freePath(path: string, suffix: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${path}.${suffix}` : `${path}.${suffix}-${n}`
    if (!(await exists(candidate))) return candidate
  }
}

export function lockReason(attempt: Exclude<LockAttempt, { held: true }>): ReadOnlyReason {
  if (attempt.reason === 'cannot-lock') {
    return { code: 'not-writable', message: 'The folder cannot be written: the workspace is open read-only.' }
  }
  const h = attempt.holder
  const who =
    h === null
      ? 'another Établi window'
      : `another Établi window (process ${h.pid} on ${h.host}, since ${h.since})`
  return {
    code: 'in-use',
    message: `This file is already open in ${who}: it is open read-only here. Close it there to edit it.`,
    holder: h,
  }
}

/**
 * Opens a workspace file. Refuses (StoreError) a missing file, a file that is not SQLite, another
 * application's database and a damaged file — reading them only, never writing a byte. Opens read-only
 * (`reason` says why) a file from a newer Établi, a file open in another window or process, and a
 * file or folder that cannot be written.
 */
export async function openWorkspaceFile(path: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const abs = resolvePath(path)
  await inspectFile(abs, { walPresent: await exists(`${abs}-wal`) })
  const fileVersion = await probe(abs)

  let reason: ReadOnlyReason | null = null
  let lock: LockAttempt | null = null
  if (options.readOnly) {
    reason = { code: 'requested', message: 'Opened read-only on request.' }
  } else if (fileVersion > SCHEMA_VERSION) {
    reason = {
      code: 'newer-version',
      message: `This file was written by a newer version of Établi (format ${fileVersion}; this version knows ${SCHEMA_VERSION}): it is open read-only. Update Établi to edit it.`,
      fileSchemaVersion: fileVersion,
    }
  } else if (!(await isWritable(abs))) {
    reason = {
      code: 'not-writable',
      message: 'The file or its folder cannot be written: the workspace is open read-only.',
    }
  } else {
    lock = await acquireLock(abs)
    if (!lock.held) reason = lockReason(lock)
  }
  return openChecked(abs, fileVersion, reason, lock?.held ? lock : null)
}

async function openChecked(
  abs: string,
  fileVersion: number,
  reason: ReadOnlyReason | null,
  lock: HeldLock | null,
): Promise<OpenedFile> {
  let db: Db | null = null
  try {
    let notice: string | null = null
    let noticeSaid: Said | undefined
    if (reason === null) {
      db = await openDb(abs)
      await prepareWriter(db)
      if (fileVersion < SCHEMA_VERSION) {
        const backup = await freePath(abs, `v${fileVersion}.bak`)
        try {
          await db.run('VACUUM INTO ?', [backup])
          await migrate(db, fileVersion)
        } catch (error) {
          // The upgrade is one transaction, rolled back: the file is as it was, so its copy is clutter.
          await rm(backup, { force: true })
          throw new StoreError(
            'write-failed',
            `${abs} could not be upgraded to format ${SCHEMA_VERSION} (${(error as Error).message}); it was left as it was, and no backup was kept.`,
            undefined,
            said('upgradeFailed', { file: abs, version: SCHEMA_VERSION }),
          )
        }
        notice = `The file was upgraded to format ${SCHEMA_VERSION}; the previous version was saved as ${basename(backup)}.`
        noticeSaid = said('upgraded', { version: SCHEMA_VERSION, backup: basename(backup) })
      }
    } else {
      // A read-only folder without a -wal file: nobody writes there, and SQLite could not create its -shm.
      const immutable = !(await isWritable(abs)) && !(await exists(`${abs}-wal`))
      db = await openDb(abs, immutable ? { immutable: true } : { readOnly: true })
    }
    return { db, path: abs, reason, lock, notice, ...(noticeSaid ? { noticeSaid } : {}) }
  } catch (error) {
    await db?.close().catch(() => undefined)
    await lock?.release()
    throw toWriteError(error)
  }
}

/**
 * Writes a new workspace file: built under a temporary name beside the target and renamed into place,
 * so a failure never leaves a half-made file. Returns it open for writing.
 */
export async function createWorkspaceFile(
  path: string,
  init: WorkspaceInit,
  options: CreateOptions = {},
): Promise<OpenedFile> {
  const abs = resolvePath(path)
  const checked = validateInput(init.base)
  if (!checked.ok) {
    throw new StoreError(
      'invalid-request',
      `The base input is invalid: ${checked.problems[0]!.message}`,
      undefined,
      said('invalidInput', { scenario: init.baseName ?? 'Base' }),
    )
  }
  for (const scenario of init.scenarios ?? []) {
    const { input, dangling } = applyOverrides(init.base, scenario.overrides)
    const result = validateInput(input)
    if (dangling.length > 0 || !result.ok) {
      const why =
        dangling.length > 0
          ? `${dangling[0]!.path} does not exist`
          : result.ok
            ? ''
            : result.problems[0]!.message
      throw new StoreError(
        'invalid-request',
        `Scenario ${scenario.name} is invalid: ${why}`,
        undefined,
        said('invalidInput', { scenario: scenario.name }),
      )
    }
  }
  if ((await exists(abs)) && !options.overwrite) {
    throw new StoreError('exists', `${abs} already exists.`, undefined, said('fileExists', { file: abs }))
  }
  const lock = await acquireLock(abs)
  if (!lock.held) {
    throw new StoreError(
      'read-only',
      `${abs} cannot be replaced: ${lockReason(lock).message}`,
      undefined,
      said('fileInUse', { file: abs }),
    )
  }
  const tmp = `${abs}.tmp-${randomBytes(6).toString('hex')}`
  try {
    const now = (options.now ?? (() => new Date()))().toISOString()
    const db = await openDb(tmp, { create: true })
    try {
      await db.exec('PRAGMA foreign_keys = ON')
      await migrate(db, 0)
      await db.transaction(async () => {
        const meta = createMetaRepository(db)
        await meta.set('name', init.name)
        await meta.set('created_at', now)
        await meta.set('created_by', 'Établi')
        if (init.description) await meta.set('description', init.description)
        const scenarios = createScenarioRepository(db)
        const overrides = createOverrideRepository(db)
        await scenarios.insert({
          id: 1,
          name: init.baseName ?? 'Base',
          parent_id: null,
          position: 0,
          note: init.baseNote ?? '',
          created_at: now,
          input_json: JSON.stringify(checked.input),
          frozen_at: null,
          frozen_from: null,
          frozen_from_name: null,
        })
        let position = 1
        for (const scenario of init.scenarios ?? []) {
          const id = position + 1
          await scenarios.insert({
            id,
            name: scenario.name,
            parent_id: 1,
            position: position++,
            note: scenario.note,
            created_at: now,
            input_json: null,
            frozen_at: null,
            frozen_from: null,
            frozen_from_name: null,
          })
          for (const o of scenario.overrides) {
            await overrides.upsert({ scenario_id: id, path: o.path, value_json: JSON.stringify(o.value) })
          }
        }
        const sources = createSourceRepository(db)
        for (const source of init.sources ?? []) await sources.insert(source)
      })
      await db.exec('PRAGMA journal_mode = WAL')
    } finally {
      await db.close()
    }
    // A -wal or -shm left by the file being replaced would be read as part of the new one.
    await rm(`${abs}-wal`, { force: true })
    await rm(`${abs}-shm`, { force: true })
    await rename(tmp, abs)
  } catch (error) {
    await rm(tmp, { force: true })
    await rm(`${tmp}-journal`, { force: true })
    await lock.release()
    throw toWriteError(error)
  }
  return openChecked(abs, SCHEMA_VERSION, null, lock)
}

export type HeldLock = Extract<LockAttempt, { held: true }>

/** A file opened by openWorkspaceFile or createWorkspaceFile: the connection, and why it is read-only (null: writable). */
export interface OpenedFile {
  db: Db
  path: string
  reason: ReadOnlyReason | null
  lock: HeldLock | null
  notice: string | null
  /** The notice as the UI words it. */
  noticeSaid?: Said
}

/**
 * Copies the open file, consistently and with its history, to `abs` and opens the copy (the original is
 * not touched). A file from a newer version stays read-only in its copy; anything else becomes writable.
 * Replaces an existing file only with `overwrite`, and only an Établi workspace nobody holds.
 */
export async function copyWorkspaceFile(
  db: Db,
  abs: string,
  current: ReadOnlyReason | null,
  options: OpenOptions & { overwrite?: boolean },
): Promise<{ db: Db; lock: HeldLock | null; reason: ReadOnlyReason | null }> {
  if (await exists(abs)) {
    if (!options.overwrite)
      throw new StoreError('exists', `${abs} already exists.`, undefined, said('fileExists', { file: abs }))
    await assertReplaceable(abs)
  }
  const lock = await acquireLock(abs)
  if (!lock.held)
    throw new StoreError(
      'read-only',
      `${abs} cannot be replaced: ${lockReason(lock).message}`,
      undefined,
      said('fileInUse', { file: abs }),
    )
  const tmp = `${abs}.tmp-${randomBytes(6).toString('hex')}`
  let next: Db | null = null
  try {
    await db.run('VACUUM INTO ?', [tmp])
    await rm(`${abs}-wal`, { force: true })
    await rm(`${abs}-shm`, { force: true })
    await rename(tmp, abs)
    const newer = current?.code === 'newer-version' ? current : null
    next = newer ? await openDb(abs, { readOnly: true }) : await openDb(abs)
    if (newer) {
      await lock.release()
      return { db: next, lock: null, reason: newer }
    }
    await prepareWriter(next)
    return { db: next, lock, reason: null }
  } catch (error) {
    await next?.close().catch(() => undefined)
    await rm(tmp, { force: true })
    await lock.release()
    throw toWriteError(error)
  }
}
