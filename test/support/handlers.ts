// Builds the real handler object for tests, on a data dir of the test's own.
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers'
import { createWorkspaceHandlers } from '../../electron/ipc/workspaceHandlers'
import { createRecentFiles } from '../../electron/store/recentFiles'
import { dispatch } from '../../electron/ipc/dispatch'
import { createSaveTargets } from '../../electron/ipc/saveTargets'
import type { IpcReply } from '../../shared/ipc/contract'

export function makeHandlerDeps(dataDir: string, overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  const recentFiles = overrides.recentFiles ?? createRecentFiles(dataDir)
  return {
    transport: 'http',
    version: '9.9.9',
    dataDir,
    versions: { node: process.versions.node, electron: null, chrome: null },
    platform: process.platform,
    openAtStart: null,
    language: 'fr',
    recentFiles,
    workspace: createWorkspaceHandlers({ dataDir, recentFiles }),
    ...overrides,
  }
}

export function makeTestHandlers(dataDir: string, overrides: Partial<HandlerDeps> = {}) {
  const deps = makeHandlerDeps(dataDir, overrides)
  return { handlers: createHandlers(deps), dispose: () => deps.workspace.dispose() }
}

/**
 * The real handlers on `dataDir` with their own dialog targets (what main's Save As and New dialogs
 * register), called through dispatch as the renderer's requests are.
 */
export function makeDialogHarness(dataDir: string) {
  const targets = createSaveTargets()
  const recentFiles = createRecentFiles(dataDir)
  const workspace = createWorkspaceHandlers({ dataDir, recentFiles, saveTargets: targets })
  const handlers = createHandlers(makeHandlerDeps(dataDir, { recentFiles, workspace }))
  return {
    targets,
    call: (channel: string, args: unknown = {}): Promise<IpcReply<unknown>> =>
      dispatch(handlers, channel, args),
    dispose: () => workspace.dispose(),
  }
}
