// Builds the real handler object for tests, on a data dir of the test's own.
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers'
import { createWorkspaceHandlers } from '../../electron/ipc/workspaceHandlers'
import { createRecentFiles } from '../../electron/store/recentFiles'

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
