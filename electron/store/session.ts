// The thin session on one open workspace file: the call queue, read and write transactions, the history step of each edit, undo/redo.
import { basename, resolve as resolvePath } from 'node:path'
import { validateInput } from '../../shared/model/schema'
import type {
  EditOutcome,
  HistoryEntry,
  InputProblem,
  ReadOnlyReason,
  ScenarioId,
  WorkspaceInfo,
} from '../../shared/workspace/types'
import type { Db } from './db'
import { readOnlySaid, said, StoreError } from './errors'
import { createActualsRepository } from './actualsRepository'
import { createHistoryRepository, rowToHistoryEntry } from './historyRepository'
import { createMetaRepository } from './metaRepository'
import { SCHEMA_VERSION } from './migrations'
import { applyOps, parseOps, type Op } from './ops'
import { createOverrideRepository } from './overrideRepository'
import { createScenarioRepository } from './scenarioRepository'
import { createSourceRepository } from './sourceRepository'
import { copyWorkspaceFile, type OpenedFile, type OpenOptions } from './workspaceFile'
import { toWriteError } from './writeError'
import { resolveOne } from './domains/resolve'

function makeRepos(db: Db) {
  return {
    meta: createMetaRepository(db),
    scenarios: createScenarioRepository(db),
    overrides: createOverrideRepository(db),
    history: createHistoryRepository(db),
    sources: createSourceRepository(db),
    actuals: createActualsRepository(db),
  }
}

export type Repos = ReturnType<typeof makeRepos>

/**
 * What domain code gets: the repositories' read methods only, so it cannot write by type (the idea of Signal
 * Desktop's ReadableDB / WritableDB). Edits return their writes as a Step; only the session applies them.
 */
export interface ReadTx {
  scenarios: Pick<
    Repos['scenarios'],
    'get' | 'require' | 'byName' | 'list' | 'base' | 'subtree' | 'nextId' | 'nextPosition'
  >
  overrides: Pick<Repos['overrides'], 'listFor' | 'all' | 'get' | 'counts'>
  sources: Pick<Repos['sources'], 'list'>
  actuals: Pick<Repos['actuals'], 'list' | 'get'>
  /** The session's clock, for creation and freeze times. */
  now(): Date
  /** Why the workspace is read-only (null: writable), for replies that say whether something can be edited. */
  readOnly: ReadOnlyReason | null
}

/**
 * What an edit's builder gets inside its transaction: the same reads (it sees what the step's own checks
 * need); the writes themselves are the step's operations, applied by the session.
 */
export type WriteTx = ReadTx

/** One undoable step: what the history shows, the row operations, and the scenario whose input must stay valid. */
export interface Step {
  description: string
  ops: Op[]
  validate?: ScenarioId
  /** The scenario the step creates, for replies that return it. */
  created?: ScenarioId
}

/** Thrown inside a step when the scenario's resulting input is invalid: rolled back, answered as problems. */
export class ValidationFailure extends Error {
  constructor(readonly problems: InputProblem[]) {
    super('invalid input')
  }
}

/** One open workspace file. Every call runs alone (calls are queued), and every edit is one transaction. */
export class Session {
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false
  private db: Db
  private repos: Repos
  private file: Omit<OpenedFile, 'db'>
  private readonly local = new Map<string, unknown>()
  readonly now: () => Date

  constructor(
    opened: OpenedFile,
    private readonly options: OpenOptions,
  ) {
    this.db = opened.db
    this.repos = makeRepos(opened.db)
    this.file = {
      path: opened.path,
      reason: opened.reason,
      lock: opened.lock,
      notice: opened.notice,
      ...(opened.noticeSaid ? { noticeSaid: opened.noticeSaid } : {}),
    }
    this.now = options.now ?? (() => new Date())
  }

  get path(): string {
    return this.file.path
  }

  /** Why the workspace is read-only, or null when it can be edited. */
  get readOnly(): ReadOnlyReason | null {
    return this.file.reason
  }

  /**
   * Per-session memory a domain keeps outside the file (an import's pending preview), under its own key:
   * a domain adds state without adding a field here. Cleared on close.
   */
  state<T>(key: string, init: () => T): T {
    if (!this.local.has(key)) this.local.set(key, init())
    return this.local.get(key) as T
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = async (): Promise<T> => {
      if (this.closed) throw new StoreError('closed', 'The workspace is closed.', undefined, said('closed'))
      return fn()
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }

  private tx(): ReadTx {
    return { ...this.repos, now: this.now, readOnly: this.file.reason }
  }

  /** The one place writability is decided: a read-only session never gets a writable connection. */
  private writer(): Db {
    if (this.file.reason !== null)
      throw new StoreError('read-only', this.file.reason.message, undefined, readOnlySaid(this.file.reason))
    return this.db
  }

  /** Runs a read in the queue. */
  read<T>(fn: (tx: ReadTx) => Promise<T>): Promise<T> {
    return this.exclusive(() => fn(this.tx()))
  }

  /**
   * Runs an edit in the queue as one transaction and one history step. `build` returns the step (null:
   * nothing to change, no step); when it names a scenario to validate, that scenario's resolved input
   * must pass validateInput or everything is rolled back and the problems come back. `reply` shapes the
   * answer from the outcome, after the commit, still in the queue.
   */
  edit<R>(
    build: (tx: WriteTx) => Promise<Step | null>,
    reply: (tx: ReadTx, outcome: EditOutcome | null, step: Step | null) => Promise<R>,
  ): Promise<R> {
    return this.exclusive(async () => {
      const db = this.writer()
      let step: Step | null = null
      let outcome: EditOutcome | null
      try {
        outcome = await db.transaction(async () => {
          step = await build(this.tx())
          if (step === null) return null
          const undo = await applyOps(this.repos, step.ops)
          if (step.validate !== undefined) {
            const result = validateInput((await resolveOne(this.tx(), step.validate)).input)
            if (!result.ok) throw new ValidationFailure(result.problems)
          }
          const at = this.now().toISOString()
          const historyId = await this.repos.history.append(at, step.description, undo, step.ops)
          return { ok: true as const, historyId, description: step.description }
        })
      } catch (error) {
        if (!(error instanceof ValidationFailure)) throw toWriteError(error)
        outcome = { ok: false, problems: error.problems }
      }
      return reply(this.tx(), outcome, step)
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
    const db = this.writer()
    try {
      return await db.transaction(async () => {
        const history = this.repos.history
        const row = direction === 'undo' ? await history.lastDone() : await history.firstUndone()
        if (row === undefined) return null
        // A step that cannot be read is refused before anything runs, so it is never marked done or undone.
        const ops = parseOps(
          direction === 'undo' ? row.undo_json : row.redo_json,
          `The step “${row.description}”`,
        )
        await applyOps(this.repos, ops)
        await history.setUndone(row.id, direction === 'undo')
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

  info(): Promise<WorkspaceInfo> {
    return this.exclusive(async () => {
      const meta = this.repos.meta
      const version = (await this.db.get<{ user_version: number }>('PRAGMA user_version'))!.user_version
      const last = await this.repos.history.lastDone()
      const next = await this.repos.history.firstUndone()
      return {
        path: this.file.path,
        name: (await meta.get('name')) ?? basename(this.file.path),
        createdAt: (await meta.get('created_at')) ?? '',
        fileSchemaVersion: version,
        appSchemaVersion: SCHEMA_VERSION,
        readOnly: this.file.reason,
        canUndo: last !== undefined,
        canRedo: next !== undefined,
        undoDescription: last?.description ?? null,
        redoDescription: next?.description ?? null,
        notice: this.file.notice,
        ...(this.file.noticeSaid ? { noticeSaid: this.file.noticeSaid } : {}),
      }
    })
  }

  /**
   * Copies the workspace to `newPath` and continues there (the old file stays as it was). A read-only
   * workspace becomes writable in its copy unless it is from a newer version. Replaces an existing file
   * only with `overwrite`, and only an Établi workspace that nobody holds.
   */
  saveAs(newPath: string, options: { overwrite?: boolean } = {}): Promise<void> {
    return this.exclusive(async () => {
      const abs = resolvePath(newPath)
      if (abs === this.file.path) return
      const copy = await copyWorkspaceFile(this.db, abs, this.file.reason, { ...this.options, ...options })
      await this.db.close()
      await this.file.lock?.release()
      this.db = copy.db
      this.repos = makeRepos(copy.db)
      this.file = { ...this.file, path: abs, reason: copy.reason, lock: copy.lock }
    })
  }

  /** Writes a consistent copy of the file, history included, to a new file `path` (VACUUM INTO); the session stays where it is. */
  backupTo(path: string): Promise<void> {
    return this.exclusive(async () => {
      await this.db.run('VACUUM INTO ?', [path])
    })
  }

  /** Closes the file (SQLite checkpoints the WAL into it) and releases the lock. Safe to call twice. */
  close(): Promise<void> {
    const run = async (): Promise<void> => {
      if (this.closed) return
      this.closed = true
      this.local.clear()
      try {
        await this.db.close()
      } finally {
        await this.file.lock?.release()
        this.file.lock = null
      }
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }
}
