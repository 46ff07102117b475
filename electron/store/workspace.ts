// A workspace: the session on one .etabli file with every domain's calls bound to it. A new domain is a file in domains/ and one line here.
import { actualsMethods } from './domains/actuals'
import { bindMethods, type Bound } from './domains/method'
import { importMethods } from './domains/imports'
import { leverMethods } from './domains/levers'
import { planMethods } from './domains/plans'
import { scenarioMethods } from './domains/scenarios'
import { uncertaintyMethods } from './domains/uncertainty'
import { Session } from './session'
import {
  createWorkspaceFile,
  openWorkspaceFile,
  type CreateOptions,
  type OpenOptions,
  type WorkspaceInit,
} from './workspaceFile'

export { SCHEMA_VERSION } from './migrations'
export type { CreateOptions, OpenOptions, WorkspaceInit }

/**
 * Every domain's calls, by name. Each domain module declares its reads with `reader` and its edits with
 * `undoable` (domains/method.ts), so an edit is one transaction and one history step wherever it is
 * written.
 */
const domains = {
  ...scenarioMethods,
  ...uncertaintyMethods,
  ...importMethods,
  ...planMethods,
  ...leverMethods,
  ...actualsMethods,
}

/** One open workspace: the session's file calls (info, history, undo, Save As, close) and the domains' calls. */
export type Workspace = Pick<
  Session,
  'path' | 'readOnly' | 'info' | 'history' | 'undo' | 'redo' | 'saveAs' | 'backupTo' | 'close'
> &
  Bound<typeof domains>

function workspaceOn(session: Session): Workspace {
  return {
    get path() {
      return session.path
    },
    get readOnly() {
      return session.readOnly
    },
    info: () => session.info(),
    history: (limit?: number) => session.history(limit),
    undo: () => session.undo(),
    redo: () => session.redo(),
    saveAs: (path: string, options?: { overwrite?: boolean }) => session.saveAs(path, options),
    backupTo: (path: string) => session.backupTo(path),
    close: () => session.close(),
    ...bindMethods(session, domains),
  }
}

/**
 * Opens a workspace file. Refuses (StoreError) a missing file, a file that is not SQLite, another
 * application's database and a damaged file — reading them only, never writing a byte. Opens read-only
 * (readOnly says why) a file from a newer Établi, a file open in another window or process, and a file or
 * folder that cannot be written.
 */
export async function openWorkspace(path: string, options: OpenOptions = {}): Promise<Workspace> {
  return workspaceOn(new Session(await openWorkspaceFile(path, options), options))
}

/**
 * Writes a new workspace file (built beside the target and renamed into place, so a failure never leaves a
 * half-made file) and returns it open for writing.
 */
export async function createWorkspace(
  path: string,
  init: WorkspaceInit,
  options: CreateOptions = {},
): Promise<Workspace> {
  return workspaceOn(new Session(await createWorkspaceFile(path, init, options), options))
}
