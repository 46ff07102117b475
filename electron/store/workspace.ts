// A workspace: one .etabli file opened (or created) with every fault check, and the edits, undo/redo and reads on it.
import { randomBytes } from 'node:crypto'
import { access, constants, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, resolve as resolvePath } from 'node:path'
import {
  applyOverrides,
  canSetAtPath,
  diffInputs,
  getAtPath,
  isAtOrUnder,
  jsonEqual,
  parsePath,
} from '../../shared/model/overrides'
import { validateInput } from '../../shared/model/schema'
import { checkUncertainty, type ScenarioUncertainty } from '../../shared/decision/scenarioUncertainty'
import { uncertaintySchema, type Uncertainty } from '../../shared/decision/uncertainty'
import type { ModelInput } from '../../shared/model/types'
import type { SampleScenario } from '../../shared/sample/types'
import type {
  EditOutcome,
  HistoryEntry,
  ImportKind,
  ImportPreview,
  InputProblem,
  Override,
  ReadOnlyReason,
  ResolvedScenario,
  ScenarioId,
  ScenarioSummary,
  SourceRow,
  WorkspaceInfo,
} from '../../shared/workspace/types'
import { openDb, sqliteCode, type Db } from './db'
import { StoreError } from './errors'
import { APPLICATION_ID, inspectFile } from './fileCheck'
import { createHistoryRepository, rowToHistoryEntry } from './historyRepository'
import { planImport, type PlannedImport } from './import/planImport'
import { readTable } from './import/readTable'
import { acquireLock, type LockAttempt } from './lock'
import { createMetaRepository } from './metaRepository'
import { migrations, SCHEMA_VERSION } from './migrations'
import { applyOps, parseOps, type Op } from './ops'
import { createOverrideRepository, rowToOverride, type OverrideRow } from './overrideRepository'
import {
  createScenarioRepository,
  rowInput,
  rowToScenario,
  rowUncertainty,
  type ScenarioRow,
} from './scenarioRepository'
import { createSourceRepository } from './sourceRepository'

export { SCHEMA_VERSION }

/** Tables every schema version has; a file marked as Établi's without them is not a workspace. */
const REQUIRED_TABLES = ['meta', 'scenarios', 'overrides', 'history', 'sources']

export interface OpenOptions {
  /** Open read-only even when the file could be written. */
  readOnly?: boolean
  /** The clock for history and creation times. */
  now?: () => Date
  /**
   * Most pages the file may grow to (`PRAGMA max_page_count`): a size quota. A write beyond it fails as
   * a full disk does, which is how the tests exercise that path.
   */
  maxPageCount?: number
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

class ValidationFailure extends Error {
  constructor(readonly problems: InputProblem[]) {
    super('invalid input')
  }
}

/** Turns a SQLite write error into the StoreError the user reads; the edit has been rolled back. */
function toWriteError(error: unknown): unknown {
  if (error instanceof StoreError) return error
  const code = sqliteCode(error)
  const detail = error instanceof Error ? error.message : String(error)
  if (code === 'SQLITE_FULL') {
    return new StoreError(
      'disk-full',
      'The disk is full: the change was not saved. Free some space and try again.',
    )
  }
  if (code === 'SQLITE_READONLY') {
    return new StoreError('read-only', `The file cannot be written (${detail}); the change was not saved.`)
  }
  if (code === 'SQLITE_BUSY') {
    return new StoreError('write-failed', 'Another program holds the file locked; the change was not saved.')
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new StoreError('corrupt', `The file is damaged (${detail}); the change was not saved.`)
  }
  if (code !== undefined) return new StoreError('write-failed', `The change could not be saved (${detail}).`)
  return error
}

async function exists(path: string): Promise<boolean> {
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

/** A short, one-line rendering of a value for history descriptions. */
function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? 'nothing'
  return text.length > 40 ? `${text.slice(0, 37)}…` : text
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
    )
  }
  try {
    const check = await db.all<{ quick_check: string }>('PRAGMA quick_check')
    if (check.length !== 1 || check[0]!.quick_check !== 'ok') {
      throw new StoreError(
        'corrupt',
        `${path} is damaged (${check[0]?.quick_check ?? 'no answer'}); it was left untouched.`,
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
      )
    }
    return version
  } catch (error) {
    if (error instanceof StoreError) throw error
    throw new StoreError(
      'corrupt',
      `${path} is damaged (${(error as Error).message}); it was left untouched.`,
    )
  } finally {
    await db.close().catch(() => undefined)
  }
}

/** Sets the connection up for writing: WAL, foreign keys, durable commits, and the optional size quota. */
async function prepareWriter(db: Db, options: OpenOptions): Promise<void> {
  await db.exec('PRAGMA journal_mode = WAL')
  await db.exec('PRAGMA foreign_keys = ON')
  await db.exec('PRAGMA synchronous = FULL')
  if (options.maxPageCount !== undefined)
    await db.exec(`PRAGMA max_page_count = ${Math.floor(options.maxPageCount)}`)
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
async function assertReplaceable(abs: string): Promise<void> {
  try {
    await inspectFile(abs, { walPresent: await exists(`${abs}-wal`) })
    await probe(abs)
  } catch (error) {
    if (!(error instanceof StoreError)) throw error
    throw new StoreError(
      'not-a-workspace',
      `${abs} is not an Établi workspace: it was not replaced. Choose another name.`,
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

function lockReason(attempt: Exclude<LockAttempt, { held: true }>): ReadOnlyReason {
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
 * (info().readOnly says why) a file from a newer Établi, a file open in another window or process, and a
 * file or folder that cannot be written.
 */
export async function openWorkspace(path: string, options: OpenOptions = {}): Promise<Workspace> {
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
  return openChecked(abs, fileVersion, reason, lock?.held ? lock : null, options)
}

async function openChecked(
  abs: string,
  fileVersion: number,
  reason: ReadOnlyReason | null,
  lock: Extract<LockAttempt, { held: true }> | null,
  options: OpenOptions,
): Promise<Workspace> {
  let db: Db | null = null
  try {
    let notice: string | null = null
    if (reason === null) {
      db = await openDb(abs)
      await prepareWriter(db, options)
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
          )
        }
        notice = `The file was upgraded to format ${SCHEMA_VERSION}; the previous version was saved as ${basename(backup)}.`
      }
    } else {
      // A read-only folder without a -wal file: nobody writes there, and SQLite could not create its -shm.
      const immutable = !(await isWritable(abs)) && !(await exists(`${abs}-wal`))
      db = await openDb(abs, immutable ? { immutable: true } : { readOnly: true })
    }
    return new Workspace(db, abs, reason, lock, options, notice)
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
export async function createWorkspace(
  path: string,
  init: WorkspaceInit,
  options: CreateOptions = {},
): Promise<Workspace> {
  const abs = resolvePath(path)
  const checked = validateInput(init.base)
  if (!checked.ok) {
    throw new StoreError('invalid-request', `The base input is invalid: ${checked.problems[0]!.message}`)
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
      throw new StoreError('invalid-request', `Scenario ${scenario.name} is invalid: ${why}`)
    }
  }
  if ((await exists(abs)) && !options.overwrite) {
    throw new StoreError('exists', `${abs} already exists.`)
  }
  const lock = await acquireLock(abs)
  if (!lock.held) {
    throw new StoreError('read-only', `${abs} cannot be replaced: ${lockReason(lock).message}`)
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
  return openChecked(abs, SCHEMA_VERSION, null, lock, options)
}

type PendingImport = { scenarioId: ScenarioId; plan: PlannedImport }

/** One open workspace file. Every method runs alone (calls are queued), and every edit is one transaction. */
export class Workspace {
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private readonly now: () => Date
  private pendingImports = new Map<string, PendingImport>()
  private repos!: ReturnType<typeof makeRepos>

  constructor(
    private db: Db,
    private filePath: string,
    private reason: ReadOnlyReason | null,
    private lock: Extract<LockAttempt, { held: true }> | null,
    private readonly options: OpenOptions,
    private readonly notice: string | null,
  ) {
    this.now = options.now ?? (() => new Date())
    this.repos = makeRepos(db)
  }

  get path(): string {
    return this.filePath
  }

  get readOnly(): ReadOnlyReason | null {
    return this.reason
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) throw new StoreError('closed', 'The workspace is closed.')
      return fn()
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  private assertWritable(): void {
    if (this.reason !== null) throw new StoreError('read-only', this.reason.message)
  }

  /**
   * Applies one edit as one transaction and one history step. `build` runs inside the transaction and
   * returns the operations; when `validate` names a scenario, its resolved input must pass validateInput
   * or everything is rolled back.
   */
  private async commit(
    build: () => Promise<{ description: string; ops: Op[]; validate?: ScenarioId }>,
  ): Promise<{ historyId: number; description: string }> {
    this.assertWritable()
    try {
      return await this.db.transaction(async () => {
        const { description, ops, validate } = await build()
        const undo = await applyOps(this.repos, ops)
        if (validate !== undefined) {
          const result = validateInput((await this.resolveOne(validate)).input)
          if (!result.ok) throw new ValidationFailure(result.problems)
        }
        const historyId = await this.repos.history.append(this.now().toISOString(), description, undo, ops)
        return { historyId, description }
      })
    } catch (error) {
      if (error instanceof ValidationFailure) throw error
      throw toWriteError(error)
    }
  }

  private async commitEdit(
    build: () => Promise<{ description: string; ops: Op[]; validate?: ScenarioId }>,
  ): Promise<EditOutcome> {
    try {
      return { ok: true, ...(await this.commit(build)) }
    } catch (error) {
      if (error instanceof ValidationFailure) return { ok: false, problems: error.problems }
      throw error
    }
  }

  private async requireLive(id: ScenarioId): Promise<ScenarioRow> {
    const row = await this.repos.scenarios.require(id)
    if (row.frozen_at !== null) {
      throw new StoreError(
        'frozen',
        `${row.name} is a frozen version: it cannot be changed. Duplicate it to edit a copy.`,
      )
    }
    return row
  }

  private async assertNameFree(name: string, except?: ScenarioId): Promise<string> {
    const trimmed = name.trim()
    if (trimmed === '') throw new StoreError('invalid-request', 'A scenario needs a name.')
    const other = await this.repos.scenarios.byName(trimmed)
    if (other !== undefined && other.id !== except) {
      throw new StoreError('name-taken', `There is already a scenario named ${trimmed}.`)
    }
    return trimmed
  }

  private async freeName(wanted: string): Promise<string> {
    if ((await this.repos.scenarios.byName(wanted)) === undefined) return wanted
    for (let n = 2; ; n++) {
      const candidate = `${wanted} (${n})`
      if ((await this.repos.scenarios.byName(candidate)) === undefined) return candidate
    }
  }

  /** Resolves one scenario from the rows, following its parents up to a full input. */
  private async resolveOne(id: ScenarioId): Promise<ResolvedScenario> {
    const chain: ScenarioRow[] = []
    let row = await this.repos.scenarios.require(id)
    chain.push(row)
    while (row.input_json === null) {
      if (row.parent_id === null || chain.length > 1000) {
        throw new StoreError('corrupt', `Scenario ${row.name} has no usable parent.`)
      }
      row = await this.repos.scenarios.require(row.parent_id)
      chain.push(row)
    }
    let input = rowInput({ ...row, input_json: row.input_json }) as ModelInput
    let dangling: Override[] = []
    for (let i = chain.length - 2; i >= 0; i--) {
      const own = (await this.repos.overrides.listFor(chain[i]!.id)).map((o) =>
        rowToOverride(o, chain[i]!.name),
      )
      ;({ input, dangling } = applyOverrides(input, own))
    }
    return { scenarioId: id, input, dangling }
  }

  private async summaries(frozen: boolean): Promise<ScenarioSummary[]> {
    const rows = await this.repos.scenarios.list()
    const counts = await this.repos.overrides.counts()
    return rows
      .filter((r) => (r.frozen_at !== null) === frozen)
      .map((r) => rowToScenario(r, counts.get(r.id) ?? 0))
  }

  info(): Promise<WorkspaceInfo> {
    return this.exclusive(async () => {
      const meta = this.repos.meta
      const version = (await this.db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version
      const last = await this.repos.history.lastDone()
      const next = await this.repos.history.firstUndone()
      return {
        path: this.filePath,
        name: (await meta.get('name')) ?? basename(this.filePath),
        createdAt: (await meta.get('created_at')) ?? '',
        fileSchemaVersion: version,
        appSchemaVersion: SCHEMA_VERSION,
        readOnly: this.reason,
        canUndo: last !== undefined,
        canRedo: next !== undefined,
        undoDescription: last?.description ?? null,
        redoDescription: next?.description ?? null,
        notice: this.notice,
      }
    })
  }

  /** Live scenarios (the base and its descendants), in display order. */
  listScenarios(): Promise<ScenarioSummary[]> {
    return this.exclusive(() => this.summaries(false))
  }

  /** Frozen versions, oldest first. */
  listFrozen(): Promise<ScenarioSummary[]> {
    return this.exclusive(() => this.summaries(true))
  }

  /** The scenario whose name is exactly `name` (live or frozen), or undefined. */
  findScenario(name: string): Promise<ScenarioSummary | undefined> {
    return this.exclusive(async () => {
      const row = await this.repos.scenarios.byName(name)
      if (row === undefined) return undefined
      return rowToScenario(row, (await this.repos.overrides.counts()).get(row.id) ?? 0)
    })
  }

  /** The full ModelInput of a scenario and its own overrides that no longer apply. */
  resolve(id: ScenarioId): Promise<ResolvedScenario> {
    return this.exclusive(() => this.resolveOne(id))
  }

  /** Every scenario resolved, live and frozen, from two queries (each parent resolved once). */
  resolveAll(): Promise<ResolvedScenario[]> {
    return this.exclusive(async () => {
      const rows = await this.repos.scenarios.list()
      const byId = new Map(rows.map((r) => [r.id, r]))
      const overrides = new Map<number, Override[]>()
      for (const o of await this.repos.overrides.all()) {
        const list = overrides.get(o.scenario_id) ?? []
        list.push(rowToOverride(o, byId.get(o.scenario_id)?.name ?? ''))
        overrides.set(o.scenario_id, list)
      }
      const done = new Map<number, ResolvedScenario>()
      const visit = (row: ScenarioRow, depth: number): ResolvedScenario => {
        const known = done.get(row.id)
        if (known) return known
        let result: ResolvedScenario
        if (row.input_json !== null) {
          const input = rowInput({ ...row, input_json: row.input_json }) as ModelInput
          result = { scenarioId: row.id, input, dangling: [] }
        } else {
          const parent = row.parent_id === null ? undefined : byId.get(row.parent_id)
          if (parent === undefined || depth > 1000) {
            throw new StoreError('corrupt', `Scenario ${row.name} has no usable parent.`)
          }
          const applied = applyOverrides(visit(parent, depth + 1).input, overrides.get(row.id) ?? [])
          result = { scenarioId: row.id, ...applied }
        }
        done.set(row.id, result)
        return result
      }
      return rows.map((r) => visit(r, 0))
    })
  }

  /** The overrides a scenario stores itself (empty for the base and frozen versions). */
  overrides(id: ScenarioId): Promise<Override[]> {
    return this.exclusive(async () => {
      const row = await this.repos.scenarios.require(id)
      return (await this.repos.overrides.listFor(id)).map((o) => rowToOverride(o, row.name))
    })
  }

  sources(): Promise<SourceRow[]> {
    return this.exclusive(() => this.repos.sources.list())
  }

  /**
   * Sets the value at `path` (override syntax, shared/model/overrides.ts). On the base it is written into
   * the base input; on another scenario it becomes an override, replacing any override below that path.
   * The scenario's resulting input must be valid, or nothing is written and the problems come back.
   */
  setValue(id: ScenarioId, path: string, value: unknown): Promise<EditOutcome> {
    return this.exclusive(() =>
      this.commitEdit(async () => {
        const row = await this.requireLive(id)
        if (parsePath(path) === null)
          throw new StoreError('invalid-path', `${JSON.stringify(path)} is not a valid path.`, path)
        if (value === undefined || JSON.stringify(value) === undefined) {
          throw new StoreError('invalid-request', `The value for ${path} is missing.`, path)
        }
        const current = await this.resolveOne(id)
        if (!canSetAtPath(current.input, path)) {
          throw new StoreError('invalid-path', `${path} does not exist in scenario ${row.name}.`, path)
        }
        const ops = await this.setOps(row, path, value)
        return { description: `Set ${path} to ${describeValue(value)} in ${row.name}`, ops, validate: id }
      }),
    )
  }

  private async setOps(row: ScenarioRow, path: string, value: unknown): Promise<Op[]> {
    if (row.input_json !== null) return [{ op: 'setInput', scenarioId: row.id, path, value }]
    const below = (await this.repos.overrides.listFor(row.id)).filter(
      (o) => o.path !== path && isAtOrUnder(o.path, path),
    )
    return [
      ...below.map((o): Op => ({ op: 'unsetOverride', scenarioId: row.id, path: o.path })),
      { op: 'setOverride', scenarioId: row.id, path, value },
    ]
  }

  /** Removes a scenario's overrides at and below `path`, so those values follow the parent again. */
  resetToParent(id: ScenarioId, path: string): Promise<EditOutcome> {
    return this.exclusive(() =>
      this.commitEdit(async () => {
        const row = await this.requireLive(id)
        if (row.parent_id === null)
          throw new StoreError('invalid-request', `${row.name} has no parent to reset to.`)
        const hits = (await this.repos.overrides.listFor(id)).filter((o) => isAtOrUnder(o.path, path))
        if (hits.length === 0) {
          throw new StoreError('invalid-request', `${row.name} does not override ${path}.`, path)
        }
        const ops = hits.map((o): Op => ({ op: 'unsetOverride', scenarioId: id, path: o.path }))
        return { description: `Reset ${path} to the parent's value in ${row.name}`, ops, validate: id }
      }),
    )
  }

  private newRow(
    fields: Pick<ScenarioRow, 'id' | 'name' | 'parent_id' | 'position'> & Partial<ScenarioRow>,
  ): ScenarioRow {
    return {
      note: '',
      created_at: this.now().toISOString(),
      input_json: null,
      frozen_at: null,
      frozen_from: null,
      frozen_from_name: null,
      ...fields,
    }
  }

  private async summary(id: ScenarioId): Promise<ScenarioSummary> {
    const row = await this.repos.scenarios.require(id)
    return rowToScenario(row, (await this.repos.overrides.counts()).get(id) ?? 0)
  }

  /** A new scenario on top of `parentId` (a live scenario), with no overrides yet. */
  createScenario(parentId: ScenarioId, name: string): Promise<ScenarioSummary> {
    return this.exclusive(async () => {
      let id = 0
      await this.commit(async () => {
        const parent = await this.requireLive(parentId)
        const cleanName = await this.assertNameFree(name)
        id = await this.repos.scenarios.nextId()
        const row = this.newRow({
          id,
          name: cleanName,
          parent_id: parent.id,
          position: await this.repos.scenarios.nextPosition(),
        })
        return {
          description: `Create scenario ${cleanName} on ${parent.name}`,
          ops: [{ op: 'insertScenarios', rows: [row], overrides: [] }],
        }
      })
      return this.summary(id)
    })
  }

  /**
   * A new scenario on top of `parentId` (a live scenario) holding `overrides` (and, optionally, uncertain
   * figures and a note), as ONE undoable step. Its resolved input must be valid, or nothing is written and
   * the problems come back. Used to apply a solver's plan as a scenario.
   */
  createScenarioWithOverrides(
    parentId: ScenarioId,
    name: string,
    overrides: readonly Override[],
    options: { note?: string; uncertainty?: Uncertainty | null; description?: string } = {},
  ): Promise<
    | { ok: true; historyId: number; description: string; scenario: ScenarioSummary }
    | { ok: false; problems: InputProblem[] }
  > {
    return this.exclusive(async () => {
      let id = 0
      const outcome = await this.commitEdit(async () => {
        const parent = await this.requireLive(parentId)
        const cleanName = await this.assertNameFree(name)
        id = await this.repos.scenarios.nextId()
        const row = this.newRow({
          id,
          name: cleanName,
          parent_id: parent.id,
          position: await this.repos.scenarios.nextPosition(),
          note: options.note ?? '',
          uncertainty_json: options.uncertainty ? JSON.stringify(options.uncertainty) : null,
        })
        const rows: OverrideRow[] = overrides.map((o) => ({
          scenario_id: id,
          path: o.path,
          value_json: JSON.stringify(o.value),
        }))
        return {
          description: options.description ?? `Create scenario ${cleanName} on ${parent.name}`,
          ops: [{ op: 'insertScenarios', rows: [row], overrides: rows }],
          validate: id,
        }
      })
      return outcome.ok ? { ...outcome, scenario: await this.summary(id) } : outcome
    })
  }

  /**
   * A scenario's saved uncertain figures (null when none were saved), checked against its input as it is
   * now. Frozen versions answer theirs, read-only.
   */
  uncertainty(id: ScenarioId): Promise<ScenarioUncertainty> {
    return this.exclusive(async () => {
      const row = await this.repos.scenarios.require(id)
      const readOnly = this.reason !== null || row.frozen_at !== null
      let stored: unknown
      try {
        stored = rowUncertainty(row)
      } catch (error) {
        if (!(error instanceof StoreError)) throw error
        return {
          scenarioId: id,
          uncertainty: null,
          problems: [{ path: '', message: error.message }],
          readOnly,
        }
      }
      if (stored === null) return { scenarioId: id, uncertainty: null, problems: [], readOnly }
      const parsed = uncertaintySchema.safeParse(stored)
      if (!parsed.success) {
        return {
          scenarioId: id,
          uncertainty: null,
          problems: [
            { path: '', message: `The saved uncertain figures cannot be read: ${parsed.error.message}` },
          ],
          readOnly,
        }
      }
      const check = checkUncertainty((await this.resolveOne(id)).input, parsed.data)
      return { scenarioId: id, uncertainty: parsed.data, problems: check.ok ? [] : check.problems, readOnly }
    })
  }

  /**
   * Saves a scenario's uncertain figures (an Uncertainty list; null forgets them) as one undoable step.
   * The list must pass `uncertaintySchema` and fit the scenario's resolved input (`prepareUncertainty`),
   * or nothing is written and the problems come back, named `[i].path`, `[i].distribution`, …
   */
  setUncertainty(id: ScenarioId, uncertainty: unknown): Promise<EditOutcome> {
    return this.exclusive(() =>
      this.commitEdit(async () => {
        const row = await this.requireLive(id)
        let value: Uncertainty | null = null
        if (uncertainty !== null) {
          const check = checkUncertainty((await this.resolveOne(id)).input, uncertainty)
          if (!check.ok) throw new ValidationFailure(check.problems)
          value = check.uncertainty
        }
        if (jsonEqual(rowUncertainty(row), value)) {
          throw new StoreError('invalid-request', `${row.name} already has these uncertain figures.`)
        }
        const count = value?.length ?? 0
        return {
          description:
            value === null
              ? `Forget the uncertain figures of ${row.name}`
              : `Set ${count} uncertain figure${count === 1 ? '' : 's'} in ${row.name}`,
          ops: [{ op: 'setUncertainty', scenarioId: id, uncertainty: value }],
        }
      }),
    )
  }

  /**
   * A copy placed last: of a scenario, a sibling with the same overrides; of the base, a scenario on the
   * base without overrides; of a frozen version, a scenario on the base whose overrides reproduce it.
   */
  duplicateScenario(id: ScenarioId, name?: string): Promise<ScenarioSummary> {
    return this.exclusive(async () => {
      let newId = 0
      await this.commit(async () => {
        const source = await this.repos.scenarios.require(id)
        const cleanName =
          name === undefined ? await this.freeName(source.name) : await this.assertNameFree(name)
        newId = await this.repos.scenarios.nextId()
        let parentId: number
        let overrides: OverrideRow[]
        if (source.frozen_at !== null) {
          const base = await this.repos.scenarios.base()
          parentId = base.id
          const diff = diffInputs(
            rowInput({ ...base, input_json: base.input_json! }) as ModelInput,
            rowInput({ ...source, input_json: source.input_json! }) as ModelInput,
          )
          overrides = diff.map((o) => ({
            scenario_id: newId,
            path: o.path,
            value_json: JSON.stringify(o.value),
          }))
        } else if (source.parent_id === null) {
          parentId = source.id
          overrides = []
        } else {
          parentId = source.parent_id
          overrides = (await this.repos.overrides.listFor(id)).map((o) => ({ ...o, scenario_id: newId }))
        }
        const row = this.newRow({
          id: newId,
          name: cleanName,
          parent_id: parentId,
          position: await this.repos.scenarios.nextPosition(),
          note: source.note,
          uncertainty_json: source.uncertainty_json ?? null,
        })
        return {
          description: `Duplicate ${source.name} as ${cleanName}`,
          ops: [{ op: 'insertScenarios', rows: [row], overrides }],
        }
      })
      return this.summary(newId)
    })
  }

  renameScenario(id: ScenarioId, name: string): Promise<void> {
    return this.exclusive(async () => {
      await this.commit(async () => {
        const row = await this.repos.scenarios.require(id)
        const cleanName = await this.assertNameFree(name, id)
        return {
          description: `Rename ${row.name} to ${cleanName}`,
          ops: [{ op: 'updateScenario', id, fields: { name: cleanName } }],
        }
      })
    })
  }

  setNote(id: ScenarioId, note: string): Promise<void> {
    return this.exclusive(async () => {
      await this.commit(async () => {
        const row = await this.repos.scenarios.require(id)
        return {
          description: `Edit the note of ${row.name}`,
          ops: [{ op: 'updateScenario', id, fields: { note } }],
        }
      })
    })
  }

  /** Deletes a scenario and the scenarios built on it (undo brings them all back). The base cannot be deleted. */
  deleteScenario(id: ScenarioId): Promise<void> {
    return this.exclusive(async () => {
      await this.commit(async () => {
        const row = await this.repos.scenarios.require(id)
        if (row.parent_id === null && row.frozen_at === null) {
          throw new StoreError('invalid-request', 'The base scenario cannot be deleted.')
        }
        const ids = (await this.repos.scenarios.subtree(id)).map((r) => r.id)
        const extra = ids.length - 1
        const suffix = extra === 0 ? '' : ` and ${extra} scenario${extra === 1 ? '' : 's'} built on it`
        return { description: `Delete ${row.name}${suffix}`, ops: [{ op: 'deleteScenarios', ids }] }
      })
    })
  }

  /** Puts the live scenarios in the given order; `ids` must list every live scenario once. */
  reorderScenarios(ids: ScenarioId[]): Promise<void> {
    return this.exclusive(async () => {
      this.assertWritable()
      const live = (await this.repos.scenarios.list()).filter((r) => r.frozen_at === null)
      const known = new Set(live.map((r) => r.id))
      if (ids.length !== live.length || new Set(ids).size !== ids.length || ids.some((i) => !known.has(i))) {
        throw new StoreError('invalid-request', 'The new order must list every scenario exactly once.')
      }
      const ops: Op[] = []
      ids.forEach((id, position) => {
        if (live.find((r) => r.id === id)!.position !== position)
          ops.push({ op: 'updateScenario', id, fields: { position } })
      })
      if (ops.length === 0) return
      await this.commit(async () => ({ description: 'Reorder scenarios', ops }))
    })
  }

  /** Saves the scenario's resolved input as a named, dated, read-only version. */
  freeze(id: ScenarioId, name: string): Promise<ScenarioSummary> {
    return this.exclusive(async () => {
      let newId = 0
      await this.commit(async () => {
        const source = await this.requireLive(id)
        const cleanName = await this.assertNameFree(name)
        const { input } = await this.resolveOne(id)
        newId = await this.repos.scenarios.nextId()
        const row = this.newRow({
          id: newId,
          name: cleanName,
          parent_id: null,
          position: 0,
          note: source.note,
          input_json: JSON.stringify(input),
          frozen_at: this.now().toISOString(),
          frozen_from: source.id,
          frozen_from_name: source.name,
          // The version keeps the scenario's uncertain figures as they were, read-only like its input.
          uncertainty_json: source.uncertainty_json ?? null,
        })
        return {
          description: `Freeze ${source.name} as ${cleanName}`,
          ops: [{ op: 'insertScenarios', rows: [row], overrides: [] }],
        }
      })
      return this.summary(newId)
    })
  }

  /** Reverts the latest step not yet undone; null when there is none. */
  undo(): Promise<HistoryEntry | null> {
    return this.exclusive(() => this.step('undo'))
  }

  /** Replays the earliest undone step; null when there is none. */
  redo(): Promise<HistoryEntry | null> {
    return this.exclusive(() => this.step('redo'))
  }

  private async step(direction: 'undo' | 'redo'): Promise<HistoryEntry | null> {
    this.assertWritable()
    try {
      return await this.db.transaction(async () => {
        const row =
          direction === 'undo' ? await this.repos.history.lastDone() : await this.repos.history.firstUndone()
        if (row === undefined) return null
        const ops = parseOps(
          direction === 'undo' ? row.undo_json : row.redo_json,
          `The step “${row.description}”`,
        )
        await applyOps(this.repos, ops)
        await this.repos.history.setUndone(row.id, direction === 'undo')
        return rowToHistoryEntry({ ...row, undone: direction === 'undo' ? 1 : 0 })
      })
    } catch (error) {
      throw toWriteError(error)
    }
  }

  /** The steps, newest first (at most `limit`). */
  history(limit = 1000): Promise<HistoryEntry[]> {
    return this.exclusive(async () => (await this.repos.history.list(limit)).map(rowToHistoryEntry))
  }

  /**
   * Reads a CSV or XLSX file for `kind` against a scenario and says what confirming would write. Nothing
   * is stored; columns that could identify a person are dropped here and never leave this function.
   */
  previewImport(
    scenarioId: ScenarioId,
    kind: ImportKind,
    bytes: Uint8Array,
    fileName: string,
  ): Promise<ImportPreview> {
    return this.exclusive(async () => {
      const row = await this.requireLive(scenarioId)
      const { input } = await this.resolveOne(scenarioId)
      const table = await readTable(bytes, fileName)
      const plan = planImport(kind, table, input)
      const previewId = randomBytes(8).toString('hex')
      if (plan.errors.length === 0) {
        this.pendingImports.clear()
        this.pendingImports.set(previewId, { scenarioId: row.id, plan })
      }
      return {
        previewId,
        scenarioId: row.id,
        fileName,
        data: plan.data,
        errors: plan.errors,
        droppedColumns: plan.droppedColumns,
        ignoredColumns: plan.ignoredColumns,
        changes: plan.sets
          .map((s) => ({ path: s.path, before: getAtPath(input, s.path) ?? null, after: s.value }))
          .filter((c) => !jsonEqual(c.before, c.after)),
      }
    })
  }

  /** Writes a previewed import as one transaction and one undoable step; refused when the preview had errors. */
  confirmImport(previewId: string): Promise<EditOutcome> {
    return this.exclusive(() => {
      const pending = this.pendingImports.get(previewId)
      if (pending === undefined) {
        throw new StoreError(
          'invalid-request',
          'This import preview is no longer available (it had errors, or was replaced): preview the file again.',
        )
      }
      return this.commitEdit(async () => {
        const row = await this.requireLive(pending.scenarioId)
        const ops: Op[] = []
        for (const set of pending.plan.sets) {
          if (jsonEqual(getAtPath((await this.resolveOne(row.id)).input, set.path), set.value)) continue
          ops.push(...(await this.setOps(row, set.path, set.value)))
        }
        if (ops.length === 0) {
          throw new StoreError('invalid-request', `Nothing to import: ${row.name} already has these values.`)
        }
        // No file name: it can carry a person's name, and the history is kept for good (issue 15).
        const what = { market: 'Market volumes', roster: 'Roster', intakes: 'Training intakes' }[
          pending.plan.data.kind
        ]
        const rows = pending.plan.data.rows.length
        const dropped = pending.plan.droppedColumns.length
        return {
          description: `${what} imported into ${row.name}: ${rows} row${rows === 1 ? '' : 's'}${
            dropped === 0 ? '' : `, ${dropped} column${dropped === 1 ? '' : 's'} dropped`
          }`,
          ops,
          validate: row.id,
        }
      }).then((outcome) => {
        if (outcome.ok) this.pendingImports.delete(previewId)
        return outcome
      })
    })
  }

  /**
   * Copies the workspace, consistently and with its history, to `newPath` and continues there (the old
   * file stays as it was). A read-only workspace becomes writable in its copy unless it is from a newer version.
   */
  saveAs(newPath: string, options: { overwrite?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      const abs = resolvePath(newPath)
      if (abs === this.filePath) return
      if (await exists(abs)) {
        if (!options.overwrite) throw new StoreError('exists', `${abs} already exists.`)
        await assertReplaceable(abs)
      }
      const lock = await acquireLock(abs)
      if (!lock.held)
        throw new StoreError('read-only', `${abs} cannot be replaced: ${lockReason(lock).message}`)
      const tmp = `${abs}.tmp-${randomBytes(6).toString('hex')}`
      let next: Db | null = null
      try {
        await this.db.run('VACUUM INTO ?', [tmp])
        await rm(`${abs}-wal`, { force: true })
        await rm(`${abs}-shm`, { force: true })
        await rename(tmp, abs)
        const newer = this.reason?.code === 'newer-version' ? this.reason : null
        next = newer ? await openDb(abs, { readOnly: true }) : await openDb(abs)
        if (!newer) await prepareWriter(next, this.options)
        await this.db.close()
        await this.lock?.release()
        this.db = next
        this.repos = makeRepos(next)
        this.filePath = abs
        this.lock = newer ? null : lock
        this.reason = newer
        if (newer) await lock.release()
      } catch (error) {
        await next?.close().catch(() => undefined)
        await rm(tmp, { force: true })
        await lock.release()
        throw toWriteError(error)
      }
    })
  }

  /** Closes the file (SQLite checkpoints the WAL into it) and releases the lock. Safe to call twice. */
  close(): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.closed) return
      this.closed = true
      this.pendingImports.clear()
      try {
        await this.db.close()
      } finally {
        await this.lock?.release()
        this.lock = null
      }
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }
}

function makeRepos(db: Db) {
  return {
    meta: createMetaRepository(db),
    scenarios: createScenarioRepository(db),
    overrides: createOverrideRepository(db),
    history: createHistoryRepository(db),
    sources: createSourceRepository(db),
  }
}
