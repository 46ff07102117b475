// Builds the real handler object for tests, on a data dir of the test's own.
import { afterEach, beforeEach } from 'vitest'
import { dispatch } from '../../electron/ipc/dispatch'
import { createHandlers, type HandlerDeps } from '../../electron/ipc/handlers'
import type { IpcReply } from '../../shared/ipc/contract'
import { makeTempDir } from '../fixtures/storeFiles'
import { createWorkspaceHandlers } from '../../electron/ipc/workspaceHandlers'
import { createRecentFiles } from '../../electron/store/recentFiles'
import { createSaveTargets } from '../../electron/ipc/saveTargets'

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

/** Real handlers on a fresh data dir for each test of the calling file (hooks registered here); `value` unwraps a reply. */
export function handlersPerTest() {
  let dir = ''
  let removeDir: () => Promise<void> = async () => undefined
  let made: ReturnType<typeof makeTestHandlers> | null = null
  beforeEach(async () => {
    ;({ dir, remove: removeDir } = await makeTempDir())
    made = makeTestHandlers(dir)
  })
  afterEach(async () => {
    await made?.dispose()
    await removeDir()
  })
  const call = (channel: string, args: unknown): Promise<IpcReply<unknown>> =>
    dispatch(made!.handlers, channel, args)
  return {
    dir: () => dir,
    call,
    async value<T>(channel: string, args: unknown): Promise<T> {
      const reply = await call(channel, args)
      if (!reply.ok) throw new Error(reply.error.message)
      return reply.value as T
    },
  }
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
